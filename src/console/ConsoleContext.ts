import type { Config } from "../kernel/config.ts";
import type { Logger } from "../kernel/createLogger.ts";
import type { Database } from "../persistence/Database.ts";
import type { ConsoleEvents } from "./live/createConsoleEvents.ts";
import type { createAuditLog } from "./services/createAuditLog.ts";
import type { createContentReload } from "./services/createContentReload.ts";
import type { HandoffDesk } from "./services/createHandoffDesk.ts";
import type { createInsights } from "./services/createInsights.ts";
import type { createOutboxDesk } from "./services/createOutboxDesk.ts";
import type { createStaffAccounts } from "./services/createStaffAccounts.ts";
import type { createStaffSessions } from "./services/createStaffSessions.ts";
import type { createSubmissionDesk } from "./services/createSubmissionDesk.ts";

export type ContentReload = { ok: true } | { ok: false; problems: string[] };

/** What every console route needs, built once by the console module. */
export interface ConsoleContext {
  db: Database;
  config: Config;
  logger: Logger;
  /** Live updates for open consoles, across instances. */
  events: ConsoleEvents;
  /** Claim, reply, hand back, close: the handoff operations shared with the conversation service. */
  desk: HandoffDesk;
  /** Sign-in with its lockout, sign-out. */
  sessions: ReturnType<typeof createStaffSessions>;
  /** Staff accounts: create, change, list (administrators). */
  accounts: ReturnType<typeof createStaffAccounts>;
  /** Requests (submissions): list and export, open one, change its status. */
  submissions: ReturnType<typeof createSubmissionDesk>;
  /** The mail outbox: list, retry an unsent mail (supervisors and administrators). */
  outbox: ReturnType<typeof createOutboxDesk>;
  /** The dashboard and feedback figures; users' words for staff who reach the whole network. */
  insights: ReturnType<typeof createInsights>;
  /** The audit log (administrators). */
  auditLog: ReturnType<typeof createAuditLog>;
  /**
   * Reloads the content files (intents, answers, forms) on every instance; "unavailable" until the
   * conversation service is connected.
   */
  reloadContent: () => Promise<ContentReload | "unavailable">;
  /** The same reload asked by an administrator, audited. */
  contentReload: ReturnType<typeof createContentReload<ContentReload>>;
  now: () => Date;
}
