import { escapeHtml } from "./escapeHtml.ts";
import { SafeHtml } from "./SafeHtml.ts";

type Hole = string | number | boolean | null | undefined | SafeHtml | readonly Hole[];

function render(hole: Hole): string {
  if (hole === null || hole === undefined || hole === false) return "";
  if (hole instanceof SafeHtml) return hole.value;
  if (Array.isArray(hole)) return hole.map(render).join("");
  return escapeHtml(String(hole));
}

/**
 * The only way console pages are written: every interpolated value is escaped unless it is
 * already SafeHtml from another `html` template, so forgetting to escape is not possible.
 */
export function html(strings: TemplateStringsArray, ...holes: Hole[]): SafeHtml {
  let out = strings[0] ?? "";
  holes.forEach((hole, i) => {
    out += render(hole) + (strings[i + 1] ?? "");
  });
  return new SafeHtml(out);
}
