import type { ContentFiles } from "./ContentFiles.ts";
import { type DiffLine, diffLines } from "./diffLines.ts";

export type FileDiff = {
  path: string;
  change: "added" | "removed" | "changed";
  /** Changed lines with up to three lines of context around them; "…" marks what is left out. */
  lines: (DiffLine | { op: "gap" })[];
};

const CONTEXT = 3;

/** What differs between two versions, file by file, for the console's diff view. */
export function diffContentFiles(before: ContentFiles, after: ContentFiles): FileDiff[] {
  const paths = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  const out: FileDiff[] = [];
  for (const path of paths) {
    const a = before[path];
    const b = after[path];
    if (a === b) continue;
    const change = a === undefined ? "added" : b === undefined ? "removed" : "changed";
    out.push({ path, change, lines: withContext(diffLines(a ?? "", b ?? "")) });
  }
  return out;
}

function withContext(lines: DiffLine[]): FileDiff["lines"] {
  const keep = new Set<number>();
  lines.forEach((line, index) => {
    if (line.op === "same") return;
    for (let k = Math.max(0, index - CONTEXT); k <= Math.min(lines.length - 1, index + CONTEXT); k++)
      keep.add(k);
  });
  const out: FileDiff["lines"] = [];
  let previous = -1;
  for (const index of [...keep].sort((x, y) => x - y)) {
    if (index > previous + 1) out.push({ op: "gap" });
    const line = lines[index];
    if (line) out.push(line);
    previous = index;
  }
  return out;
}
