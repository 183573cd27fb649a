import { HandoffReasonSchema } from "../dialog/TurnEffect.ts";
import { HANDOFF_REASON_LABELS } from "./HANDOFF_REASON_LABELS.ts";

export interface TranscriptInput {
  conversationId: string;
  channel: string;
  atsId: string | null;
  province: string | null;
  reason: string | null;
  queuedAt: Date;
  messages: Array<{ direction: string; text: string; createdAt: Date }>;
  mailbox: string;
  /** The email or phone the user left to be contacted, and the reference they were given. */
  contact?: string;
  reference?: string;
}

const stamp = new Intl.DateTimeFormat("it-IT", {
  timeZone: "Europe/Rome",
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
});

const SPEAKER: Record<string, string> = {
  in: "Utente",
  bot: "Assistente",
  staff: "Staff",
  system: "Sistema",
};

/**
 * The mail that carries an escalated conversation to the programme mailbox when nobody can take
 * it in time. Plain text, times in Rome; the dedupe key names the escalation, so one escalation
 * is forwarded once however many times the user says yes.
 */
export function buildTranscriptMail(input: TranscriptInput) {
  const reason = HandoffReasonSchema.safeParse(input.reason);
  const territory = [input.atsId, input.province].filter(Boolean).join(" / ") || "non indicato";
  const lines = input.messages
    .filter((m) => m.text.trim() !== "")
    .map((m) => `[${stamp.format(m.createdAt)}] ${SPEAKER[m.direction] ?? m.direction}: ${m.text}`);
  const text = [
    "Conversazione inoltrata da Conciliabot: l'utente ha chiesto di parlare con una persona e nessuno dello staff ha potuto prenderla in carico in tempo.",
    "",
    ...(input.contact ? [`Recapito dell'utente: ${input.contact}`] : []),
    ...(input.reference ? [`Riferimento dato all'utente: ${input.reference}`] : []),
    ...(input.contact || input.reference ? [""] : []),
    `Conversazione: ${input.conversationId}`,
    `Canale: ${input.channel}`,
    `Territorio: ${territory}`,
    `Motivo: ${reason.success ? HANDOFF_REASON_LABELS[reason.data] : "non indicato"}`,
    `In coda dal: ${stamp.format(input.queuedAt)} (ora di Roma)`,
    "",
    "La conversazione resta in coda nella console dello staff.",
    "",
    "Trascrizione:",
    ...lines,
    "",
  ].join("\n");
  return {
    kind: "handoff_transcript" as const,
    dedupeKey: `handoff_transcript:${input.conversationId}:${input.queuedAt.toISOString()}`,
    to: input.mailbox,
    subject: `Conciliabot: conversazione da ricontattare (${territory})${input.reference ? ` ${input.reference}` : ""}`,
    text,
  };
}
