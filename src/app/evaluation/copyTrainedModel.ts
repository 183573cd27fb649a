import { constants } from "node:fs";
import { copyFile } from "node:fs/promises";
import { createModelFileCache } from "../../persistence/createModelFileCache.ts";

/**
 * Copies the NLU model trained on examples of hash `hash` from a data folder that has it into one
 * that has not (a model of the same examples is the same file): from the instance's, where the
 * service and the draft preview leave their models, into an evaluation's, so it does not train
 * again; and back, so the next evaluation of the same draft does not train either.
 */
export async function copyTrainedModel(hash: string, fromDir: string, toDir: string): Promise<void> {
  await copyFile(
    createModelFileCache(fromDir).fileOf(hash),
    createModelFileCache(toDir).fileOf(hash),
    constants.COPYFILE_EXCL,
  ).catch(() => undefined);
}
