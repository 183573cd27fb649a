import path from "node:path";
import { ContentError } from "../../content/ContentError.ts";
import {
  ActCuesFileSchema,
  AmbiguitiesFileSchema,
  ProfileFactsFileSchema,
} from "../../content/dialogueCuesSchema.ts";
import { FORM_IDS, type FormId, LANGS, type Lang } from "../../content/ids.ts";
import { loadTerritory } from "../../content/loadTerritory.ts";
import { readYamlFile } from "../../content/readYamlFile.ts";
import { type Form, FormSchema } from "../forms/FormSchema.ts";
import { type Responses, ResponsesSchema } from "../responses/ResponsesSchema.ts";
import type { DialogContent } from "./DialogContent.ts";

/**
 * Loads intents/responses/<lang>.yaml, intents/forms/<form>.yaml, intents/dialogue/*.yaml and the territory; every problem
 * of every file is reported at once (ContentError) so staff fix them in one go.
 */
export async function loadDialogContent(dir: string): Promise<DialogContent> {
  const problems: string[] = [];
  const responses: Partial<Record<Lang, Responses>> = {};
  for (const lang of LANGS) {
    const file = path.join(dir, "responses", `${lang}.yaml`);
    const result = await readYamlFile(file, ResponsesSchema);
    if (!result.ok) problems.push(...result.problems);
    else if (result.value.lang !== lang) problems.push(`${file}: lang: expected "${lang}"`);
    else responses[lang] = result.value;
  }
  const forms: Partial<Record<FormId, Form>> = {};
  for (const id of FORM_IDS) {
    const file = path.join(dir, "forms", `${id}.yaml`);
    const result = await readYamlFile(file, FormSchema);
    if (!result.ok) problems.push(...result.problems);
    else if (result.value.id !== id) problems.push(`${file}: id: expected "${id}"`);
    else forms[id] = result.value;
  }
  const acts = await readYamlFile(path.join(dir, "dialogue", "acts.yaml"), ActCuesFileSchema);
  if (!acts.ok) problems.push(...acts.problems);
  const facts = await readYamlFile(path.join(dir, "dialogue", "facts.yaml"), ProfileFactsFileSchema);
  if (!facts.ok) problems.push(...facts.problems);
  const ambiguities = await readYamlFile(
    path.join(dir, "dialogue", "ambiguities.yaml"),
    AmbiguitiesFileSchema,
  );
  if (!ambiguities.ok) problems.push(...ambiguities.problems);
  let territory: DialogContent["territory"] | undefined;
  try {
    territory = await loadTerritory(dir);
  } catch (error) {
    if (error instanceof ContentError) problems.push(...error.problems);
    else throw error;
  }
  const it = responses.it;
  const en = responses.en;
  const firm = forms.firm_request;
  const family = forms.family_request;
  const selfEmployment = forms.self_employment_project;
  if (
    problems.length > 0 ||
    !it ||
    !en ||
    !firm ||
    !family ||
    !selfEmployment ||
    !territory ||
    !acts.ok ||
    !facts.ok ||
    !ambiguities.ok
  ) {
    throw new ContentError(problems);
  }
  return {
    responses: { it, en },
    forms: { firm_request: firm, family_request: family, self_employment_project: selfEmployment },
    territory,
    dialogue: {
      acts: acts.value.acts,
      facts: facts.value.facts,
      ambiguities: ambiguities.value.ambiguities,
      vagueAnswers: ambiguities.value.vague_answers,
    },
  };
}
