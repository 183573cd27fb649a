import path from "node:path";
import { z } from "zod";
import { loadContent } from "../../content/loadContent.ts";
import { hashTrainingData } from "../../conversation/nlu/hashTrainingData.ts";
import { copyTrainedModel } from "../evaluation/copyTrainedModel.ts";
import { evaluateContent } from "../evaluation/evaluateContent.ts";
import { seedEmptyCluster } from "../evaluation/seedEmptyCluster.ts";
import type { CliCommand } from "./CliCommand.ts";
import { readCommandArgs } from "./readCommandArgs.ts";

const USAGE =
  "uso: npm run -s cli -- content:evaluate [--filter <testo>] [--models <cartella dati>] <cartella contenuti>\n" +
  "Valuta dialoghi (test/evals/dialogues.json) e domande sui fatti (test/evals/facts.json) sui contenuti\n" +
  "della cartella, su un database temporaneo a parte; stampa il risultato in JSON.\n";

const ArgsSchema = z.object({
  filter: z.string().min(1).optional(),
  models: z.string().min(1).optional(),
  dir: z.string().min(1, "indica la cartella dei contenuti"),
});

/**
 * `content:evaluate`: the dialogue and fact evaluations on a content folder as one JSON report. The
 * console runs it in a process of its own to evaluate a draft (tens of seconds of CPU that would
 * otherwise stall the instance's requests); `--models` names a data folder to take trained NLU
 * models and an empty embedded database from (both kept there for the next evaluation).
 */
export const contentEvaluateCommand: CliCommand = async (argv) => {
  const parsed = readCommandArgs(
    argv,
    { filter: { type: "string" }, models: { type: "string" } },
    ArgsSchema,
    USAGE,
    true,
  );
  if (!parsed) return 2;
  const contentDir = path.resolve(parsed.dir);
  const models = parsed.models;
  // The model's name, once for the evaluation: each of its services copies it in, then back.
  const hash = models
    ? hashTrainingData((await loadContent(contentDir, "understanding")).training)
    : undefined;
  const report = await evaluateContent({
    contentDir,
    filter: parsed.filter,
    ...(models && hash
      ? {
          prepareDataDir: async (dataDir) => {
            await Promise.all([copyTrainedModel(hash, models, dataDir), seedEmptyCluster(models, dataDir)]);
          },
          keepFromDataDir: (dataDir) => copyTrainedModel(hash, dataDir, models),
        }
      : {}),
  });
  process.stdout.write(`${JSON.stringify(report)}\n`);
  return 0;
};
