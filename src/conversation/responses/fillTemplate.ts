/**
 * Fills `{name}` placeholders of a response text. A placeholder without a value is a bug in the
 * caller, so it throws rather than showing braces to a citizen.
 */
export function fillTemplate(
  template: string,
  values: Readonly<Record<string, string | number>> = {},
): string {
  return template.replace(/\{([a-z_]+)\}/g, (_match, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`response placeholder {${name}} has no value`);
    return String(value);
  });
}
