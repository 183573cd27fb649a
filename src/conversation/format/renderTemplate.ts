/**
 * Fills `{name}` placeholders of a content template. A placeholder without a value is a bug in the
 * code that calls it (content files are checked against the known names when loaded), so it throws.
 */
export function renderTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{([a-z0-9_]+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`renderTemplate: no value for {${name}} in "${template}"`);
    return value;
  });
}
