import type { Lang } from "../ids.ts";

export interface ResumeTexts {
  issued(code: string, hours: number): string;
  resumed: string;
  unknownCode: string;
  sameConversation: string;
  tooManyAttempts: string;
}

/**
 * What the bot says about resume codes. Kept beside the service rather than in
 * `intents/responses/` because only channels say it, never the core's dialogs.
 */
export const RESUME_TEXTS: Record<Lang, ResumeTexts> = {
  it: {
    issued: (code, hours) =>
      `Il tuo codice per riprendere questa conversazione è ${code}. Sull'altro canale (sito web, Telegram o Teams) scrivi «riprendi ${code}» entro ${hours} ore: ripartirai da qui, senza bisogno di un account. Il codice vale una volta sola: non condividerlo.`,
    resumed: "Ho ripreso la conversazione che avevi iniziato sull'altro canale.",
    unknownCode:
      "Questo codice non è valido o è scaduto. Chiedi un nuovo codice sul canale dove avevi iniziato scrivendo «codice per riprendere».",
    sameConversation: "Questo codice è già di questa conversazione: puoi continuare qui.",
    tooManyAttempts: "Troppi codici non validi: riprova tra qualche minuto.",
  },
  en: {
    issued: (code, hours) =>
      `Your code to resume this conversation is ${code}. On the other channel (website, Telegram or Teams) write "resume ${code}" within ${hours} hours: you will continue from here, no account needed. The code works once: do not share it.`,
    resumed: "I have resumed the conversation you started on the other channel.",
    unknownCode:
      'This code is not valid or has expired. Ask for a new one on the channel where you started by writing "resume code".',
    sameConversation: "This code already belongs to this conversation: you can go on here.",
    tooManyAttempts: "Too many invalid codes: try again in a few minutes.",
  },
};
