import { fileURLToPath } from "node:url";
import { appPath } from "../../kernel/appPath.ts";

/**
 * The Node arguments that start the CLI of the build that is running: a bundle's own cli.js,
 * beside the bundle (dist/ in the image, or wherever a build was put), never another build's;
 * from the sources, src/app/cli.ts under tsx. `moduleUrl` is this module's URL, which in a bundle
 * is the bundle's.
 */
export function ownCli(moduleUrl: string = import.meta.url): string[] {
  if (moduleUrl.endsWith(".ts")) return ["--import", "tsx", appPath("src", "app", "cli.ts")];
  return [fileURLToPath(new URL("./cli.js", moduleUrl))];
}
