import path from "node:path";
import type { EvalCoreOptions } from "../../src/app/evaluation/startEvalCore.ts";
import { appPath } from "../../src/kernel/appPath.ts";
import { seedNluCache } from "../../test/support/seedNluCache.ts";
import { seedPgliteTemplate } from "../../test/support/seedPgliteTemplate.ts";

/**
 * The content the scripts evaluate (intents/, or CONTENT_DIR, e.g. a console draft written by
 * `content:export --draft`) and each service's data folder seeded as the tests seed theirs: the
 * trained model and an initialised PGlite cluster, both kept between runs in the temporary folder.
 */
export function evalCoreOptions(): Omit<EvalCoreOptions, "officeClosed"> {
  return {
    contentDir: process.env.CONTENT_DIR ? path.resolve(process.env.CONTENT_DIR) : appPath("intents"),
    prepareDataDir: async (dataDir) => {
      await Promise.all([seedNluCache(dataDir), seedPgliteTemplate(dataDir)]);
    },
  };
}
