import { fileURLToPath } from "node:url";
import { appPath } from "../../kernel/appPath.ts";

/**
 * The Node arguments that start the CLI of the build that is running: the cli.js beside the entry
 * point that started it (dist/ in the image, or wherever a build was put), never another build's;
 * from the sources, src/app/cli.ts under tsx. `entryUrl` is the entry point's own
 * `import.meta.url`: a module's URL would not do, as the build splits modules into chunks/.
 */
export function ownCli(entryUrl: string): string[] {
  if (entryUrl.endsWith(".ts")) return ["--import", "tsx", appPath("src", "app", "cli.ts")];
  return [fileURLToPath(new URL("./cli.js", entryUrl))];
}
