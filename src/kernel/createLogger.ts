import { pino } from "pino";
import type { Config } from "./config.ts";

export type Logger = pino.Logger;

/**
 * JSON logs. Personal data never goes in: message texts, emails and phone numbers are not logged
 * by any module, and these paths are redacted as a second line of defence.
 */
export function createLogger(config: Pick<Config, "LOG_LEVEL">): Logger {
  return pino({
    level: config.LOG_LEVEL,
    base: { service: "conciliabot", pid: process.pid },
    redact: {
      paths: [
        "req.headers.authorization",
        "req.headers.cookie",
        'req.headers["x-telegram-bot-api-secret-token"]',
        "*.password",
        "*.token",
        "*.text",
        "*.email",
        "*.phone",
      ],
      censor: "[redacted]",
    },
  });
}
