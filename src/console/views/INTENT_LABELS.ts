import type { ConversationIntentId } from "../../content/ids.ts";

/** What the dashboard calls the conversation intents (the actions are named by their titles). */
export const INTENT_LABELS: Record<ConversationIntentId, string> = {
  eligibility_check: "Verifica dei requisiti",
  find_network: "Trovare la rete territoriale",
  programme_info: "Informazioni sul programma",
  por_fse_projects: "Progetti POR FSE",
  human_handoff: "Parlare con una persona",
  leave_contact: "Lasciare una richiesta",
  privacy: "Privacy e dati",
  greeting: "Saluto",
  goodbye: "Congedo",
  help: "Aiuto",
  out_of_scope: "Fuori tema",
};
