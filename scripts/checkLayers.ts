/**
 * The import graph of src/ (static, type-only and dynamic imports, `export … from`) checked
 * against the dependency rules of DESIGN.md: import circles between files and imports that cross
 * a layer the wrong way. `npx tsx scripts/checkLayers.ts` prints the figures (docs/structure.md
 * keeps them); test/architecture/layers.test.ts fails when they regress.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** With `betweenFolders`, an import within one folder of the layer (`channels/web/`) is not a crossing. */
export type LayerRule = { name: string; from: RegExp; to: RegExp; betweenFolders?: true };
export type Crossing = { rule: string; from: string; to: string };
export type LayerReport = { files: number; circles: string[][]; crossings: Crossing[] };

/** One rule per "never imports" cell of DESIGN.md's table, paths relative to src/. */
export const LAYER_RULES: readonly LayerRule[] = [
  { name: "imports the composition root", from: /^(?!app\/)/, to: /^app\// },
  { name: "channels and console import each other", from: /^channels\//, to: /^console\// },
  { name: "channels and console import each other", from: /^console\//, to: /^channels\// },
  { name: "a channel imports persistence", from: /^channels\//, to: /^persistence\// },
  // Not a cell of DESIGN.md's table: issue 16's console services own the rules, the routes parse and answer.
  { name: "console routes import persistence", from: /^console\/routes\//, to: /^persistence\// },
  {
    name: "a channel imports another channel",
    from: /^channels\/(?!shared\/)/,
    to: /^channels\/(?!shared\/)/,
    betweenFolders: true,
  },
  { name: "content imports the core", from: /^content\//, to: /^conversation\// },
  {
    name: "the core imports an outer layer",
    from: /^conversation\//,
    to: /^(channels|console|app|persistence|mail|llm)\//,
  },
  {
    name: "an adapter imports a channel or the console",
    from: /^(persistence|mail|llm)\//,
    to: /^(channels|console)\//,
  },
  { name: "the kernel imports the source", from: /^kernel\//, to: /^(?!kernel\/)/ },
];

const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s+[^"'`;]*?from\s+["'](\.[^"']+)["']|\bimport\(\s*["'](\.[^"']+)["']\s*\)/g;

function sourceFiles(src: string): string[] {
  return readdirSync(src, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts") && !e.parentPath.includes(`${path.sep}generated`))
    .map((e) => path.relative(src, path.join(e.parentPath, e.name)).split(path.sep).join("/"));
}

/** Every file of src/ with the files of src/ it imports, by path relative to src/. */
export function readImportGraph(src: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(src)) {
    const text = readFileSync(path.join(src, file), "utf8");
    const targets = [...text.matchAll(IMPORT)].map((m) =>
      path.posix.join(path.posix.dirname(file), m[1] ?? m[2] ?? ""),
    );
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** Strongly connected components of more than one file (Tarjan), each sorted. */
function circlesOf(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const circles: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node) ?? 0);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue;
      if (!index.has(next)) visit(next);
      if (onStack.has(next))
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? index.get(next) ?? 0));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    for (let top = stack.pop(); top !== undefined; top = top === node ? undefined : stack.pop()) {
      onStack.delete(top);
      component.push(top);
    }
    if (component.length > 1) circles.push(component.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return circles;
}

export function checkLayers(src: string, rules: readonly LayerRule[] = LAYER_RULES): LayerReport {
  const graph = readImportGraph(src);
  const crossings: Crossing[] = [];
  for (const [from, targets] of graph) {
    for (const to of targets) {
      const folder = (file: string) => file.split("/").slice(0, 2).join("/");
      const rule = rules.find(
        (r) => r.from.test(from) && r.to.test(to) && (!r.betweenFolders || folder(from) !== folder(to)),
      );
      if (rule) crossings.push({ rule: rule.name, from, to });
    }
  }
  return { files: graph.size, circles: circlesOf(graph), crossings };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const report = checkLayers(path.resolve(import.meta.dirname, "../src"));
  console.log(`files: ${report.files}\nimport circles: ${report.circles.length}`);
  for (const circle of report.circles) console.log(`  ${circle.join(" ↔ ")}`);
  console.log(`imports across a layer the wrong way: ${report.crossings.length}`);
  for (const rule of new Set(report.crossings.map((c) => c.rule))) {
    const crossings = report.crossings.filter((c) => c.rule === rule);
    console.log(`  ${crossings.length} ${rule}`);
    if (process.argv.includes("--list")) for (const c of crossings) console.log(`    ${c.from} → ${c.to}`);
  }
}
