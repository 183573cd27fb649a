import { readFile } from "node:fs/promises";
import { type Document, isMap, isSeq, LineCounter, parseDocument } from "yaml";
import type { z } from "zod";
import { BoundedMap } from "../kernel/BoundedMap.ts";
import { displayFileName } from "./displayFileName.ts";
import { formatContentPath } from "./formatContentPath.ts";

export type FileResult<T> = { ok: true; value: T } | { ok: false; problems: string[] };

/**
 * What files read before parsed to, by their text: a process that starts several services (the
 * tests, the console's previews and evaluations of a draft) parses each version of a file once,
 * where the YAML parser took a tenth of the CPU of a test run. Each caller validates a copy.
 */
const parsedByText = new BoundedMap<string, unknown>(256);

function parseYaml(source: string) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  return { doc, lineCounter };
}

/**
 * Reads one content file and validates it, turning every problem into a line that names the file,
 * the path inside it, what is wrong and the line number, so staff can fix a data file without a developer.
 */
export async function readYamlFile<T>(file: string, schema: z.ZodType<T>): Promise<FileResult<T>> {
  const shown = displayFileName(file);
  let source: string;
  try {
    source = await readFile(file, "utf8");
  } catch (error) {
    const reason =
      error instanceof Error && "code" in error && error.code === "ENOENT" ? "file not found" : String(error);
    return { ok: false, problems: [`${shown}: ${reason}`] };
  }
  if (!parsedByText.has(source)) {
    const { doc, lineCounter } = parseYaml(source);
    if (doc.errors.length > 0) {
      return {
        ok: false,
        problems: doc.errors.map((e) => {
          const line = lineCounter.linePos(e.pos[0]).line;
          return `${shown}: (line ${line}) invalid YAML: ${e.message.split("\n")[0]}`;
        }),
      };
    }
    parsedByText.set(source, doc.toJS());
  }
  const data: unknown = structuredClone(parsedByText.get(source));
  const parsed = schema.safeParse(data);
  if (parsed.success) return { ok: true, value: parsed.data };
  const { doc, lineCounter } = parseYaml(source);
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => {
      const line = lineOf(doc, lineCounter, issue.path);
      const where = line === undefined ? "" : ` (line ${line})`;
      return `${shown}: ${formatContentPath(issue.path)}: ${describeIssue(issue, valueAt(data, issue.path))}${where}`;
    }),
  };
}

function describeIssue(issue: z.core.$ZodIssue, value: unknown): string {
  switch (issue.code) {
    case "invalid_type":
      return value === undefined
        ? `missing (expected ${issue.expected})`
        : `expected ${issue.expected}, got ${describeValue(value)}`;
    case "invalid_value":
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}, got ${describeValue(value)}`;
    case "unrecognized_keys":
      return `unknown key${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}`;
    default:
      return value === undefined || typeof value === "object"
        ? issue.message
        : `${issue.message}, got ${describeValue(value)}`;
  }
}

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return JSON.stringify(value);
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (Array.isArray(current) && typeof key === "number") current = current[key];
    else if (current !== null && typeof current === "object" && typeof key === "string")
      current = Object.entries(current).find(([k]) => k === key)?.[1];
    else return undefined;
  }
  return current;
}

function lineOf(doc: Document, lineCounter: LineCounter, path: readonly PropertyKey[]): number | undefined {
  for (let length = path.length; length >= 0; length--) {
    const keys = path.slice(0, length).filter((k) => typeof k !== "symbol");
    const node = keys.length === 0 ? doc.contents : doc.getIn(keys, true);
    if (node !== null && typeof node === "object" && "range" in node && Array.isArray(node.range)) {
      const start: unknown = node.range[0];
      if (typeof start === "number") return lineCounter.linePos(start).line;
    }
    if (isMap(node) || isSeq(node)) continue;
  }
  return undefined;
}
