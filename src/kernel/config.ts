/**
 * Configuration from the environment (and an optional .env), parsed once with zod. A bad value
 * stops the process at start with one line per variable; secrets are never echoed.
 */
import { z } from "zod";
import { appPath } from "./appPath.ts";

/** The LLM providers src/llm knows how to start, each from its own LangChain package (installed on demand). */
export const LLM_PROVIDERS = ["openai", "ollama", "anthropic", "mistralai", "google-genai"] as const;

const bool = z
  .enum(["true", "false", "1", "0", "yes", "no"], { message: "atteso true o false" })
  .transform((v) => v === "true" || v === "1" || v === "yes");

const postgresUrl = z.string().refine((v) => /^postgres(ql)?:\/\/[^/]+\/[^/?]+/.test(v), {
  message: "atteso postgres://utente:password@host:porta/database",
});

const email = z.email({ message: "atteso un indirizzo email valido" });

const officeHours = z
  .string()
  .regex(/^(mon|tue|wed|thu|fri|sat|sun)(-(mon|tue|wed|thu|fri|sat|sun))? \d{2}:\d{2}-\d{2}:\d{2}$/, {
    message: 'atteso per esempio "mon-fri 09:00-17:00" (ora di Roma)',
  });

export const ConfigSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  DATA_DIR: z.string().min(1).default("./data"),
  CONTENT_DIR: z.string().min(1).default(appPath("intents")),
  DATABASE_URL: postgresUrl.optional(),
  DB_CONNECT_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(6),
  PUBLIC_URL: z.url({ message: "atteso un URL https://… pubblico" }).optional(),
  TRUST_PROXY: bool.default(false),
  SECRET_KEY: z.string().min(32, { message: "almeno 32 caratteri casuali" }).optional(),
  PROGRAMME_MAILBOX: email.default("conciliazione@regione.lombardia.it"),
  MAIL_FROM: email.default("conciliabot@regione.lombardia.it"),
  SMTP_URL: z
    .string()
    .refine((v) => /^smtps?:\/\//.test(v), { message: "atteso smtp://host:porta o smtps://…" })
    .optional(),
  RATE_LIMIT_TOKENS_PER_IP_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(30),
  RATE_LIMIT_REQUESTS_PER_IP_PER_MINUTE: z.coerce.number().int().min(10).max(1_000_000).default(1200),
  RATE_LIMIT_MESSAGES_PER_CONVERSATION_PER_10S: z.coerce.number().int().min(1).max(1_000_000).default(20),
  RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(365),
  OFFICE_HOURS: officeHours.default("mon-fri 09:00-17:00"),
  HANDOFF_MAX_WAIT_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
  TELEGRAM_BOT_TOKEN: z
    .string()
    .regex(/^\d+:[\w-]+$/, { message: "atteso il token di BotFather (123456:ABC…)" })
    .optional(),
  TELEGRAM_API_ROOT: z.url().optional(),
  TELEGRAM_WEBHOOK_SECRET: z
    .string()
    .regex(/^[\w-]{16,256}$/, { message: "16-256 caratteri tra A-Z, a-z, 0-9, _ e -" })
    .optional(),
  TELEGRAM_MESSAGES_PER_CHAT_PER_SECOND: z.coerce.number().positive().max(30).default(1),
  MICROSOFT_APP_ID: z.string().min(1).optional(),
  MICROSOFT_APP_PASSWORD: z.string().min(1).optional(),
  MICROSOFT_APP_TENANT_ID: z.string().min(1).optional(),
  MICROSOFT_APP_TYPE: z.enum(["MultiTenant", "SingleTenant", "UserAssignedMSI"]).default("MultiTenant"),
  LLM_PROVIDER: z.union([z.literal("none"), z.enum(LLM_PROVIDERS)]).default("none"),
  LLM_MODEL: z.string().min(1).optional(),
  LLM_BASE_URL: z.url().optional(),
  LLM_API_KEY: z.string().min(1).optional(),
  LLM_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(3000),
  LLM_BELOW_CONFIDENCE: z.coerce.number().min(0).max(1).default(0.5),
});

export type Config = z.infer<typeof ConfigSchema>;

/** Variables whose values must never appear in logs or error messages. */
export const SECRET_KEYS = [
  "DATABASE_URL",
  "SECRET_KEY",
  "SMTP_URL",
  "TELEGRAM_BOT_TOKEN",
  "TELEGRAM_WEBHOOK_SECRET",
  "MICROSOFT_APP_PASSWORD",
  "LLM_API_KEY",
] as const;

export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: string[] };

/** Empty strings count as unset, as in most .env conventions. */
export function parseConfig(env: NodeJS.ProcessEnv): ConfigResult {
  const input: Record<string, string> = {};
  for (const key of Object.keys(ConfigSchema.shape)) {
    const value = env[key];
    if (value !== undefined && value !== "") input[key] = value;
  }
  const parsed = ConfigSchema.safeParse(input);
  if (parsed.success) {
    const crossProblems = crossCheck(parsed.data);
    return crossProblems.length ? { ok: false, problems: crossProblems } : { ok: true, config: parsed.data };
  }
  const problems = parsed.error.issues.map((issue) => {
    const key = String(issue.path[0] ?? "?");
    const shown = (SECRET_KEYS as readonly string[]).includes(key)
      ? "(valore nascosto)"
      : JSON.stringify(input[key]);
    return `${key}=${shown}: ${issue.message}`;
  });
  return { ok: false, problems };
}

function crossCheck(config: Config): string[] {
  const problems: string[] = [];
  if (config.NODE_ENV === "production" && !config.SECRET_KEY) {
    problems.push(
      "SECRET_KEY: obbligatoria in produzione (almeno 32 caratteri casuali, uguale su tutte le istanze)",
    );
  }
  if (
    config.MICROSOFT_APP_ID &&
    !config.MICROSOFT_APP_PASSWORD &&
    config.MICROSOFT_APP_TYPE !== "UserAssignedMSI"
  ) {
    problems.push("MICROSOFT_APP_PASSWORD: obbligatoria quando MICROSOFT_APP_ID è impostato");
  }
  if (config.TELEGRAM_BOT_TOKEN && config.PUBLIC_URL && !config.TELEGRAM_WEBHOOK_SECRET) {
    problems.push(
      "TELEGRAM_WEBHOOK_SECRET: obbligatoria con TELEGRAM_BOT_TOKEN e PUBLIC_URL (modalità webhook): 16-256 caratteri tra A-Z, a-z, 0-9, _ e -",
    );
  }
  if (config.LLM_PROVIDER !== "none" && !config.LLM_MODEL) {
    problems.push(`LLM_MODEL: obbligatorio con LLM_PROVIDER=${config.LLM_PROVIDER}`);
  }
  return problems;
}
