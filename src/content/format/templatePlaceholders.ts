/** The `{name}` placeholders a template uses, so loaders can reject unknown ones before anyone reads them. */
export function templatePlaceholders(template: string): string[] {
  return [...template.matchAll(/\{([a-z0-9_]+)\}/g)].flatMap((m) => (m[1] === undefined ? [] : [m[1]]));
}
