import { sharedNluCacheFile } from "./seedNluCache.ts";
import { migratedPgliteTemplateDir } from "./seedPgliteTemplate.ts";
import { buildForTests, removeTestBuild } from "./testBuild.ts";

/**
 * Before any worker starts: the NLU model and the PGlite clusters (empty and migrated), made once
 * for the workers to copy instead of all paying the same seconds of CPU at once, and the bundle the
 * tests start their service and CLI processes from.
 */
export default async function setup(): Promise<() => Promise<void>> {
  await Promise.all([sharedNluCacheFile(), migratedPgliteTemplateDir(), buildForTests()]);
  return removeTestBuild;
}
