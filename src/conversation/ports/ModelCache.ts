import type { IntentModel } from "../nlu/IntentModel.ts";

/**
 * Where a trained intent model is kept between starts, by the hash of the utterances it was
 * trained on: training costs seconds of CPU, reading a kept model a few milliseconds. The core
 * checks what it reads (a corrupt or stale model is trained again), so a store may return anything.
 */
export interface ModelCache {
  /** What was kept for this hash, unparsed; undefined when there is nothing. */
  read(hash: string): Promise<unknown>;
  write(hash: string, model: IntentModel): Promise<void>;
}
