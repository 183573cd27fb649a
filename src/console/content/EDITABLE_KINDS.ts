import { z } from "zod";
import { ActionsFileSchema } from "../../content/actionsSchema.ts";
import { ConceptsFileSchema } from "../../content/conceptsSchema.ts";
import { FormSchema } from "../../content/FormSchema.ts";
import { FactsFileSchema } from "../../content/factsSchema.ts";
import { NetworksFileSchema } from "../../content/networksSchema.ts";
import { PeriodsFileSchema } from "../../content/periodsSchema.ts";
import { ResponsesSchema } from "../../content/ResponsesSchema.ts";
import { TopicsFileSchema } from "../../content/topicsSchema.ts";
import { NluIntentFileSchema } from "../../content/trainingDataSchema.ts";

export interface EditableKind {
  id: string;
  label: string;
  /** Which files of the `intents` folder the kind covers. */
  matches: (path: string) => boolean;
  /** The zod schema `content:check` uses for these files: the editor's form is generated from it. */
  schema: z.ZodType;
  /** Responses live in one file per language: the editor shows it.yaml and en.yaml side by side. */
  pairedByLanguage?: true;
}

/**
 * The content that changes in practice, editable by supervisors as forms. Every other file of
 * `intents/` (territory, document, lexicon…) is open to administrators in the YAML view only. The
 * concepts are the words that bring a question to its answer: a new answer needs one of its own.
 */
export const EDITABLE_KINDS: readonly EditableKind[] = [
  {
    id: "responses",
    label: "Testi del bot",
    matches: (p) => p === "responses/it.yaml" || p === "responses/en.yaml",
    schema: ResponsesSchema,
    pairedByLanguage: true,
  },
  {
    id: "topics",
    label: "Risposte sul programma",
    matches: (p) => p === "programme/topics.yaml",
    schema: TopicsFileSchema,
  },
  {
    id: "concepts",
    label: "Parole delle domande",
    matches: (p) => p === "programme/concepts.yaml",
    schema: ConceptsFileSchema,
  },
  {
    id: "facts",
    label: "Fatti del programma",
    matches: (p) => p === "programme/facts.yaml",
    schema: FactsFileSchema,
  },
  {
    id: "periods",
    label: "Periodi",
    matches: (p) => p === "programme/periods.yaml",
    schema: PeriodsFileSchema,
  },
  {
    id: "networks",
    label: "Reti ATS e contatti",
    matches: (p) => p === "programme/networks.yaml",
    schema: NetworksFileSchema,
  },
  {
    id: "actions",
    label: "Azioni e criteri",
    matches: (p) => p === "programme/actions.yaml",
    schema: ActionsFileSchema,
  },
  {
    id: "forms",
    label: "Moduli",
    matches: (p) => /^forms\/[a-z_]+\.yaml$/.test(p),
    schema: FormSchema,
  },
  {
    id: "nlu",
    label: "Esempi di domande (NLU)",
    matches: (p) => /^nlu\/[a-z_.]+\.yaml$/.test(p) && p !== "nlu/lexicon.yaml",
    schema: NluIntentFileSchema,
  },
];

/** The kind a file belongs to, if supervisors may edit it as a form. */
export function editableKindOf(path: string): EditableKind | undefined {
  return EDITABLE_KINDS.find((k) => k.matches(path));
}

const jsonSchemas = new Map<string, unknown>();

/** The JSON Schema of a kind's input (what the YAML holds), computed once, for the form builder. */
export function jsonSchemaOf(kind: EditableKind): unknown {
  let schema = jsonSchemas.get(kind.id);
  if (schema === undefined) {
    schema = z.toJSONSchema(kind.schema, { io: "input", unrepresentable: "any" });
    jsonSchemas.set(kind.id, schema);
  }
  return schema;
}
