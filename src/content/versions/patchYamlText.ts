import { isMap, isSeq, parseDocument } from "yaml";

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Writes edited data back into a YAML file changing only the values that differ, so the comments
 * that explain each file to the next editor (and the layout a reviewer diffs) survive a form edit.
 * A file that does not parse is replaced as a whole.
 */
export function patchYamlText(text: string, data: unknown): string {
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length > 0 || !isRecord(data)) {
    return parseDocument(JSON.stringify(data)).toString({ lineWidth: 0 });
  }
  const visit = (path: (string | number)[], before: unknown, after: unknown): void => {
    if (same(before, after)) return;
    const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
    if (isRecord(before) && isRecord(after) && isMap(node)) {
      for (const key of Object.keys(before)) if (!(key in after)) doc.deleteIn([...path, key]);
      for (const [key, value] of Object.entries(after)) {
        if (key in before) visit([...path, key], before[key], value);
        else doc.setIn([...path, key], doc.createNode(value));
      }
      return;
    }
    if (Array.isArray(before) && Array.isArray(after) && isSeq(node)) {
      const common = Math.min(before.length, after.length);
      for (let i = 0; i < common; i++) visit([...path, i], before[i], after[i]);
      for (let i = before.length - 1; i >= after.length; i--) doc.deleteIn([...path, i]);
      for (let i = before.length; i < after.length; i++) node.add(doc.createNode(after[i]));
      return;
    }
    doc.setIn(path, doc.createNode(after));
  };
  visit([], doc.toJS(), data);
  return doc.toString({ lineWidth: 0 });
}
