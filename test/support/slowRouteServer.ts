/**
 * A real service process with one extra slow route, to observe SIGTERM while a request is in
 * flight. Same startService and signal handling as src/app/main.ts.
 */
import { setTimeout as sleep } from "node:timers/promises";
import { ownCli } from "../../src/app/evaluation/ownCli.ts";
import { startService } from "../../src/app/startService.ts";
import { stopOnSignals } from "../../src/app/stopOnSignals.ts";
import { parseConfig } from "../../src/kernel/config.ts";
import { createLogger } from "../../src/kernel/createLogger.ts";

const parsed = parseConfig(process.env);
if (!parsed.ok) throw new Error(parsed.problems.join("; "));
const logger = createLogger(parsed.config);
const service = await startService(parsed.config, logger, {
  evaluationCli: ownCli(import.meta.url),
  modules: [
    {
      name: "slow",
      mount: (app) => {
        app.get("/slow", async (_req, res) => {
          await sleep(1_500);
          res.json({ finished: true });
        });
      },
    },
  ],
});
stopOnSignals(service, logger);
process.stdout.write(`LISTENING ${service.port}\n`);
