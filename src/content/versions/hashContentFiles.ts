import { createHash } from "node:crypto";
import type { ContentFiles } from "./ContentFiles.ts";

/** The same files give the same hash whatever their order: how a deploy of new files is recognised. */
export function hashContentFiles(files: ContentFiles): string {
  const hash = createHash("sha256");
  for (const name of Object.keys(files).sort()) {
    hash
      .update(name)
      .update("\0")
      .update(files[name] ?? "")
      .update("\0");
  }
  return hash.digest("hex");
}
