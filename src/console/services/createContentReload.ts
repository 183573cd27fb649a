import type { Database } from "../../persistence/Database.ts";
import { recordAudit } from "../audit/recordAudit.ts";
import type { StaffPrincipal } from "../auth/StaffPrincipal.ts";

type Outcome = { ok: true } | { ok: false; problems: string[] } | "unavailable";

export interface ContentReloader {
  /** Reloads the content files on every instance; "unavailable" before the conversation service is connected. */
  reload(staff: StaffPrincipal): Promise<Outcome>;
}

/** An administrator's reload of the content files, audited with whether it worked. */
export function createContentReload(db: Database, reloadContent: () => Promise<Outcome>): ContentReloader {
  return {
    async reload(staff) {
      const outcome = await reloadContent();
      if (outcome !== "unavailable")
        await recordAudit(db.prisma, staff.id, "content.reload", undefined, { ok: outcome.ok });
      return outcome;
    },
  };
}
