/**
 * The real service plus one route used only by the benchmark: the floor, a minimal Express route
 * doing one comparable database write, measured in the same process and run as the bot.
 */
import express from "express";
import { z } from "zod";
import { ownCli } from "../../src/app/evaluation/ownCli.ts";
import { startService } from "../../src/app/startService.ts";
import { stopOnSignals } from "../../src/app/stopOnSignals.ts";
import { parseConfig } from "../../src/kernel/config.ts";
import { createLogger } from "../../src/kernel/createLogger.ts";
import type { Database } from "../../src/persistence/Database.ts";

const parsed = parseConfig(process.env);
if (!parsed.ok) throw new Error(parsed.problems.join("; "));
const logger = createLogger(parsed.config);
const FloorSchema = z.object({ text: z.string().max(4000) });
const FloorRowSchema = z.object({ id: z.string() });
let database: Database | undefined;

const service = await startService(parsed.config, logger, {
  evaluationCli: ownCli(import.meta.url),
  modules: [
    {
      name: "bench-floor",
      mount: (app) => {
        app.post("/bench/floor", express.json({ limit: "32kb" }), async (req, res) => {
          const body = FloorSchema.safeParse(req.body);
          if (!body.success || !database) {
            res.status(400).json({ error: "bad_request" });
            return;
          }
          const row = await database.prisma.analyticsEvent.create({
            data: { kind: "bench_floor", channel: "web", step: String(body.data.text.length) },
          });
          res.json({ id: String(row.id) });
        });
        // The same write in plain SQL, the way the bot's hot path (load, commit, history) talks to
        // the database: the stricter floor.
        app.post("/bench/floor-sql", express.json({ limit: "32kb" }), async (req, res) => {
          const body = FloorSchema.safeParse(req.body);
          if (!body.success || !database) {
            res.status(400).json({ error: "bad_request" });
            return;
          }
          const rows = await database.sql.query(
            `INSERT INTO "AnalyticsEvent" ("kind", "channel", "step", "actionIds") VALUES ('bench_floor', 'web', $1, '{}')
           RETURNING "id"::text AS "id"`,
            [String(body.data.text.length)],
          );
          res.json({ id: FloorRowSchema.parse(rows[0]).id });
        });
      },
    },
  ],
});
database = service.db;
stopOnSignals(service, logger);
process.stdout.write(`LISTENING ${service.port} PID ${process.pid}\n`);
