import type { Territory } from "../../content/territorySchema.ts";
import type { ProgrammeKnowledge } from "../ports/ProgrammeKnowledge.ts";

/**
 * Knows only the territory: used until the programme content and the eligibility engine are wired
 * in, so the dialog and the channels can run end to end. The interview ends at once, with no verdict.
 */
export function placeholderKnowledge(territory: Territory): ProgrammeKnowledge {
  return {
    assess: () => ({ verdicts: [], ranked: [] }),
    readAnswer: () => ({ ok: false }),
    answer: () => undefined,
    actionTitle: (action) => action,
    findNetwork: (province) => {
      const atsId = territory.provinces.find((p) => p.code === province)?.ats ?? "ats_milano";
      return { ok: true, network: { atsId, name: atsId, contact: "" } };
    },
    periodNote: (lang) => ({
      open: false,
      text:
        lang === "it"
          ? "Il periodo 2017–2018 è concluso: per le opportunità di oggi scrivi a conciliazione@regione.lombardia.it."
          : "The 2017–2018 period is over: for today's opportunities write to conciliazione@regione.lombardia.it.",
    }),
  };
}
