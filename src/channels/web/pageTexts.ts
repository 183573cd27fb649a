import type { Lang } from "../../conversation/ids.ts";

/** Everything the web pages say, in both languages (the bot's own words live in `intents/`). */
export const pageTexts = {
  it: {
    title: "Conciliabot – Conciliazione vita-lavoro – Regione Lombardia",
    description:
      "Conciliabot, l'assistente automatico del programma di conciliazione vita-lavoro di Regione Lombardia.",
    skipToChat: "Vai alla chat",
    skipToContent: "Vai al contenuto",
    skipToFooter: "Vai ai contatti",
    region: "Regione Lombardia",
    programme: "Conciliazione vita-lavoro",
    tagline: "Conciliabot, l'assistente automatico del programma",
    otherLanguage: { label: "English", href: "/en", lang: "en" },
    heading: "Parla con Conciliabot",
    intro:
      "Un assistente automatico, non una persona: ti dice quali azioni del programma fanno per te e come fare domanda.",
    chatRegion: "Chat con l'assistente automatico Conciliabot",
    connecting: "Connessione alla chat in corso…",
    failed:
      "La chat non è raggiungibile in questo momento. Riprova tra qualche istante o scrivi alla casella del programma.",
    retry: "Riprova",
    newConversation: "Inizia una nuova conversazione",
    counter: "{used} di {max} caratteri",
    counterFull: "Hai raggiunto il limite di 4000 caratteri: invia il messaggio e continua nel successivo.",
    noScript: "Per usare la chat serve JavaScript. In alternativa scrivi a",
    contacts: "Contatti",
    mailbox: "Casella del programma",
    privacy: "Informativa privacy",
    privacyHref: "/privacy",
    homeHref: "/",
    footerNote: "Programma regionale di conciliazione vita-lavoro – Regione Lombardia",
    privacyTitle: "Informativa privacy di Conciliabot",
    privacyBody: [
      "Conciliabot è un assistente automatico di Regione Lombardia per il programma di conciliazione vita-lavoro.",
      "Conserviamo i messaggi della conversazione per poterla riprendere e per migliorare il servizio. I dati personali (per esempio nome, email, telefono, codice fiscale) sono raccolti solo nei moduli guidati e solo dopo il tuo consenso esplicito, e sono inoltrati alla casella del programma per dare seguito alla tua richiesta.",
      "Le conversazioni sono cancellate automaticamente dopo il periodo di conservazione stabilito. In qualsiasi momento puoi scrivere «cancella i miei dati» nella chat: l'assistente ti chiede conferma e ti dice che cosa ha cancellato.",
      "Questo browser ricorda la conversazione in corso per poterla riprendere dopo un ricaricamento della pagina; il pulsante «Inizia una nuova conversazione» la dimentica.",
      "Le statistiche del servizio non contengono dati personali. Per esercitare i tuoi diritti o per qualsiasi domanda scrivi alla casella del programma.",
    ],
    backToChat: "Torna alla chat",
  },
  en: {
    title: "Conciliabot – Work–life balance – Regione Lombardia",
    description: "Conciliabot, the automatic assistant of Regione Lombardia's work–life balance programme.",
    skipToChat: "Skip to the chat",
    skipToContent: "Skip to the content",
    skipToFooter: "Skip to contacts",
    region: "Regione Lombardia",
    programme: "Work–life balance (Conciliazione vita-lavoro)",
    tagline: "Conciliabot, the programme's automatic assistant",
    otherLanguage: { label: "Italiano", href: "/", lang: "it" },
    heading: "Talk to Conciliabot",
    intro:
      "An automatic assistant, not a person: it tells you which actions of the programme suit you and how to apply.",
    chatRegion: "Chat with the Conciliabot automatic assistant",
    connecting: "Connecting to the chat…",
    failed:
      "The chat cannot be reached right now. Please try again in a moment or write to the programme mailbox.",
    retry: "Try again",
    newConversation: "Start a new conversation",
    counter: "{used} of {max} characters",
    counterFull: "You reached the 4000-character limit: send this message and go on in the next one.",
    noScript: "The chat needs JavaScript. Otherwise write to",
    contacts: "Contacts",
    mailbox: "Programme mailbox",
    privacy: "Privacy notice",
    privacyHref: "/en/privacy",
    homeHref: "/en",
    footerNote: "Regional work–life balance programme – Regione Lombardia",
    privacyTitle: "Conciliabot privacy notice",
    privacyBody: [
      "Conciliabot is an automatic assistant of Regione Lombardia for the work–life balance programme.",
      "We keep the messages of the conversation so that it can be resumed and the service improved. Personal data (such as name, email, phone, tax code) are collected only in the guided forms and only after your explicit consent, and are forwarded to the programme mailbox to follow up your request.",
      "Conversations are deleted automatically after the retention period. At any time you can write “delete my data” in the chat: the assistant asks you to confirm and tells you what it deleted.",
      "This browser remembers the current conversation so it can be resumed after a page reload; the “Start a new conversation” button forgets it.",
      "The service's statistics contain no personal data. To exercise your rights or for any question write to the programme mailbox.",
    ],
    backToChat: "Back to the chat",
  },
} satisfies Record<Lang, Record<string, unknown>>;

export type PageTexts = (typeof pageTexts)[Lang];
