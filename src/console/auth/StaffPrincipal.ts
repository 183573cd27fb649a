import { z } from "zod";
import { AtsIdSchema } from "../../content/ids.ts";
import { StaffRoleSchema } from "./StaffRole.ts";

/** The signed-in staff member as every route sees them, parsed from the Staff row. */
export const StaffPrincipalSchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  role: StaffRoleSchema,
  atsId: AtsIdSchema.nullable(),
});
export type StaffPrincipal = z.infer<typeof StaffPrincipalSchema>;
