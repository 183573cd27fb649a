import type { ActionId } from "../../content/ids.ts";
import type { Audience } from "../state/Audience.ts";

/** Which door of the menu leads to an action: the id's prefix, and the one self-employment action. */
export function audienceOfAction(action: ActionId): Audience {
  if (action === "firm.female_self_employment") return "self_employment";
  return action.startsWith("family.") ? "family" : "firm";
}
