import path from "node:path";
import { FORM_IDS } from "../../content/ids.ts";
import { readYamlFile } from "../../content/readYamlFile.ts";
import { FormSchema } from "../../conversation/forms/FormSchema.ts";

/**
 * The Italian labels of the forms' fields ("Codice fiscale" for tax_code), keyed "form:field",
 * for the dashboard's form funnel; a form file that cannot be read leaves its ids as they are.
 */
export async function loadFieldLabels(contentDir: string): Promise<ReadonlyMap<string, string>> {
  const labels = new Map<string, string>();
  for (const formId of FORM_IDS) {
    const result = await readYamlFile(path.join(contentDir, "forms", `${formId}.yaml`), FormSchema);
    if (result.ok)
      for (const field of result.value.fields) labels.set(`${formId}:${field.id}`, field.label.it);
  }
  return labels;
}
