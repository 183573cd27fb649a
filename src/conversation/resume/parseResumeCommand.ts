/**
 * Recognises the two resume commands before the core sees the text: asking for a code
 * ("codice per riprendere", "/riprendi") and using one ("riprendi ABCDE-FGH23"). They are not
 * conversation intents: they move a conversation between channels, so channels handle them.
 */
export type ResumeCommand = { kind: "issue" } | { kind: "redeem"; code: string };

const REDEEM = /^\/?(?:riprendi|resume)(?:@\w+)?\s+([a-z0-9]{5})[\s-]?([a-z0-9]{5})$/i;

const ISSUE = [
  /^\/(?:riprendi|resume)(?:@\w+)?$/,
  /^(?:dammi |dammi il |dammi un |voglio (?:il |un )?|mi (?:dai|serve) (?:il |un )?)?codice (?:per|di) (?:riprendere|ripresa|continuare)(?: la conversazione)?(?: su un altro canale| altrove)?$/,
  /^(?:give me (?:a |the )?)?(?:resume code|code to resume|code to continue)(?: the conversation)?(?: on another channel| elsewhere)?$/,
];

function normalize(text: string): string {
  return text
    .normalize("NFKC")
    .trim()
    .replace(/\s+/g, " ")
    .replace(/[?!.]+$/, "")
    .toLowerCase();
}

export function parseResumeCommand(text: string): ResumeCommand | null {
  if (text.length > 120) return null;
  const normalized = normalize(text);
  const redeem = REDEEM.exec(normalized);
  if (redeem?.[1] && redeem[2]) return { kind: "redeem", code: `${redeem[1]}${redeem[2]}`.toUpperCase() };
  if (ISSUE.some((pattern) => pattern.test(normalized))) return { kind: "issue" };
  return null;
}
