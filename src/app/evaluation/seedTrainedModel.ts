import { copyFile } from "node:fs/promises";
import path from "node:path";
import { loadContent } from "../../content/loadContent.ts";
import { hashTrainingData } from "../../conversation/nlu/hashTrainingData.ts";

/**
 * Copies the NLU model trained on this content's examples from a data folder that has it (the
 * instance's, where the service and the draft preview leave their models) into a new one, so an
 * evaluation does not train again; without it the evaluation trains its own.
 */
export async function seedTrainedModel(contentDir: string, fromDir: string, toDir: string): Promise<void> {
  const name = `nlu-cache-${hashTrainingData((await loadContent(contentDir, "understanding")).training)}.json`;
  await copyFile(path.join(fromDir, name), path.join(toDir, name)).catch(() => undefined);
}
