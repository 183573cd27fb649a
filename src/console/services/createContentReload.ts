import type { Database } from "../../persistence/Database.ts";
import { recordAudit } from "../audit/recordAudit.ts";
import type { StaffPrincipal } from "../auth/StaffPrincipal.ts";

/**
 * An administrator's reload of the content files, audited with whether it worked. The outcome is
 * the console's reload's own (`ConsoleContext.reloadContent`), passed through as it is.
 */
export function createContentReload<Outcome extends { ok: boolean }>(
  db: Database,
  reloadContent: () => Promise<Outcome | "unavailable">,
) {
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
