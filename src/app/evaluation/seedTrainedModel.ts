import { constants } from "node:fs";
import { copyFile } from "node:fs/promises";
import path from "node:path";
import { loadContent } from "../../content/loadContent.ts";
import { hashTrainingData } from "../../conversation/nlu/hashTrainingData.ts";

/**
 * Copies the NLU model trained on this content's examples from a data folder that has it into one
 * that has not (a model of the same examples is the same file): from the instance's, where the
 * service and the draft preview leave their models, into an evaluation's, so it does not train
 * again; and back, so the next evaluation of the same draft does not train either.
 */
export async function seedTrainedModel(contentDir: string, fromDir: string, toDir: string): Promise<void> {
  const name = `nlu-cache-${hashTrainingData((await loadContent(contentDir, "understanding")).training)}.json`;
  await copyFile(path.join(fromDir, name), path.join(toDir, name), constants.COPYFILE_EXCL).catch(
    () => undefined,
  );
}
