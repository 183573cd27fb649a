import type { ContentProblem } from "./ContentProblem.ts";

/**
 * Reads back a `content:check` line ("<file>: <path>: <what> (line N)") checked in `dir`, so the
 * editor can put it next to the field: the checks stay the ones the command runs, word for word.
 */
export function toContentProblem(problem: string, dir: string): ContentProblem {
  let text = problem.startsWith(`${dir}/`) ? problem.slice(dir.length + 1) : problem;
  if (text.startsWith("intents/")) text = text.slice("intents/".length);
  const fileMatch = /^([^:\s]+?\.ya?ml|nlu): (.*)$/s.exec(text);
  if (!fileMatch) return { file: "", path: "", message: text };
  const file = fileMatch[1] ?? "";
  let rest = fileMatch[2] ?? "";
  let line: number | undefined;
  const lineMatch = / \(line (\d+)\)$/.exec(rest);
  if (lineMatch) {
    line = Number(lineMatch[1]);
    rest = rest.slice(0, lineMatch.index);
  }
  const pathMatch = /^((?:\(file\))|[A-Za-z_][\w-]*(?:\[\d+\]|\.[\w-]+)*): (.*)$/s.exec(rest);
  const path = pathMatch ? toDotted(pathMatch[1] ?? "") : "";
  const message = pathMatch ? (pathMatch[2] ?? rest) : rest;
  return { file, path, message, ...(line === undefined ? {} : { line }) };
}

function toDotted(path: string): string {
  if (path === "(file)") return "";
  return path.replace(/\[(\d+)\]/g, ".$1");
}
