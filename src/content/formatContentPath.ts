/** `actions[3].criteria.max_workers`: the way a person reading the YAML file finds the spot. */
export function formatContentPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out === "" ? "(file)" : out;
}
