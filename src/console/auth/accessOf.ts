import type { AtsAccess } from "../../persistence/AtsAccess.ts";
import type { StaffPrincipal } from "./StaffPrincipal.ts";

/** Operators see their ATS only (nothing until an admin gives them one); the others see all. */
export function accessOf(staff: StaffPrincipal): AtsAccess {
  if (staff.role !== "operator") return { kind: "all" };
  return staff.atsId ? { kind: "ats", atsId: staff.atsId } : { kind: "none" };
}
