import type { Database } from "../../persistence/Database.ts";
import { recordAudit } from "../audit/recordAudit.ts";
import type { StaffPrincipal } from "../auth/StaffPrincipal.ts";

type Outcome = { ok: true } | { ok: false; problems: string[] } | "unavailable";

/** An administrator's reload of the content files, audited with whether it worked. */
export function createContentReload(db: Database, reloadContent: () => Promise<Outcome>) {
  return {
    /** Reloads the content on every instance; "unavailable" until the conversation service is connected. */
    async reload(staff: StaffPrincipal) {
      const outcome = await reloadContent();
      if (outcome !== "unavailable")
        await recordAudit(db.prisma, staff.id, "content.reload", undefined, { ok: outcome.ok });
      return outcome;
    },
  };
}
