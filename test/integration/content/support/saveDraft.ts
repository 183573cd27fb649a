import type { StaffClient } from "../../console/support/StaffClient.ts";

/** Saves edits (each a file's `data` or, for administrators, its `yaml`) on the draft at `revision`, as the editor does. */
export function saveDraft(
  staff: StaffClient,
  revision: number,
  edits: Array<{ path: string } & Record<string, unknown>>,
) {
  return staff.json("/console/api/content/draft/files", { method: "PUT", body: { revision, edits } });
}
