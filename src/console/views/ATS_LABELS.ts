import type { AtsId } from "../../content/ids.ts";

/** The eight ATS as staff name them. */
export const ATS_LABELS: Record<AtsId, string> = {
  ats_bergamo: "ATS Bergamo",
  ats_brescia: "ATS Brescia",
  ats_brianza: "ATS Brianza",
  ats_insubria: "ATS Insubria",
  ats_milano: "ATS Città Metropolitana di Milano",
  ats_montagna: "ATS della Montagna",
  ats_pavia: "ATS Pavia",
  ats_val_padana: "ATS Val Padana",
};
