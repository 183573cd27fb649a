import { sharedNluCacheFile } from "./seedNluCache.ts";
import { migratedPgliteTemplateDir } from "./seedPgliteTemplate.ts";

/**
 * Before any worker starts: the NLU model trained once and an initialised PGlite cluster (empty, and
 * migrated), all kept in the temporary folder between runs, so that the workers only copy them into each new data folder
 * instead of all paying the same seconds of CPU at once.
 */
export default async function setup(): Promise<void> {
  await Promise.all([sharedNluCacheFile(), migratedPgliteTemplateDir()]);
}
