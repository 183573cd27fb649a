import { sharedNluCacheFile } from "./seedNluCache.ts";
import { migratedPgliteTemplateDir } from "./seedPgliteTemplate.ts";

/**
 * Before any worker starts: the NLU model and the PGlite clusters (empty and migrated), made once
 * for the workers to copy instead of all paying the same seconds of CPU at once.
 */
export default async function setup(): Promise<void> {
  await Promise.all([sharedNluCacheFile(), migratedPgliteTemplateDir()]);
}
