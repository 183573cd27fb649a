import type { CliCommand } from "./CliCommand.ts";

export interface CliEntry {
  summary: string;
  load: () => Promise<CliCommand>;
}

/** The registry: add one line per command; the module is imported only when the command runs. */
export const cliCommands: Record<string, CliEntry> = {
  chat: {
    summary: "parla con il bot nel terminale (stesso servizio e database del server)",
    load: async () => (await import("./chatCommand.ts")).chatCommand,
  },
  classify: {
    summary: "classifica righe JSON {id,text} da stdin (intento, confidenza, lingua, entità)",
    load: async () => (await import("./classifyCommand.ts")).classifyCommand,
  },
  migrate: {
    summary: "applica le migrazioni al database configurato",
    load: async () => (await import("./migrateCommand.ts")).migrateCommand,
  },
  eligibility: {
    summary: "verdetto di ammissibilità (JSON) per il profilo JSON letto da stdin",
    load: async () => (await import("./eligibilityCommand.ts")).eligibilityCommand,
  },
  "staff:create": {
    summary: "crea un account della console dello staff (--email, --role, --ats, --name; password da stdin)",
    load: async () => (await import("./staffCreateCommand.ts")).staffCreateCommand,
  },
  "content:check": {
    summary: "controlla tutti i file di contenuto in intents/ (riepilogo, o un problema per riga)",
    load: async () => (await import("./contentCheckCommand.ts")).contentCheckCommand,
  },
  "content:export": {
    summary: "scrive una versione dei contenuti (o la bozza) della console come file YAML in una cartella",
    load: async () => (await import("./contentExportCommand.ts")).contentExportCommand,
  },
  "content:evaluate": {
    summary: "valuta dialoghi e domande sui fatti su una cartella di contenuti (JSON)",
    load: async () => (await import("./contentEvaluateCommand.ts")).contentEvaluateCommand,
  },
};
