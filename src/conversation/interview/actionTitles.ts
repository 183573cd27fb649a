import type { ActionId } from "../../content/ids.ts";
import type { Turn } from "../dialog/Turn.ts";
import { joinList } from "../format/joinList.ts";

/** «Time saving…», «Welfare…» e «…»: actions named in running text, in the user's language. */
export function actionTitles(turn: Turn, actions: readonly ActionId[]): string {
  return joinList(
    actions.map((a) => `«${turn.deps.knowledge.actionTitle(a, turn.state.lang)}»`),
    turn.r.repair.and,
  );
}
