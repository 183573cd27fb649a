import type { StaffRole } from "../auth/StaffRole.ts";

export interface NavSection {
  id: string;
  href: string;
  label: string;
  roles: readonly StaffRole[];
}

const ALL: readonly StaffRole[] = ["operator", "supervisor", "admin"];
const LEADS: readonly StaffRole[] = ["supervisor", "admin"];
const ADMINS: readonly StaffRole[] = ["admin"];

/** The console's sections and who may open them (the API checks the same roles again). */
export const NAV_SECTIONS: readonly NavSection[] = [
  { id: "queue", href: "/console", label: "Coda", roles: ALL },
  { id: "submissions", href: "/console/submissions", label: "Richieste", roles: ALL },
  { id: "outbox", href: "/console/outbox", label: "Posta in uscita", roles: LEADS },
  { id: "dashboard", href: "/console/dashboard", label: "Cruscotto", roles: ALL },
  { id: "content", href: "/console/content", label: "Contenuti", roles: LEADS },
  { id: "staff", href: "/console/staff", label: "Account", roles: ADMINS },
  { id: "audit", href: "/console/audit", label: "Registro attività", roles: ADMINS },
];
