import { z } from "zod";
import { type IntentId, IntentIdSchema, type Lang, ProvinceCodeSchema } from "../../content/ids.ts";
import type { TrainingData } from "../../content/trainingDataSchema.ts";
import type { LlmPort } from "../ports/LlmPort.ts";
import type { UnderstandContext, Understander } from "./createUnderstanding.ts";
import { maskPersonalData } from "./maskPersonalData.ts";
import type { Understanding } from "./Understanding.ts";

/** What the model is asked to return for a doubtful message. Nullable, not optional: providers' JSON modes need every key. */
export const LlmClassificationSchema = z.object({
  intent: IntentIdSchema,
  confidence: z.number().min(0).max(1),
  province: ProvinceCodeSchema.nullable(),
  employees: z.number().int().min(0).nullable(),
  child_age: z.number().min(0).max(18).nullable(),
});
export type LlmClassification = z.infer<typeof LlmClassificationSchema>;

export interface LlmAssistOptions {
  /** Absent when no LLM is configured: then this is the offline understanding, made async. */
  llm?: LlmPort;
  /** Hard limit for one LLM call; after it the offline result is returned. */
  timeoutMs: number;
  /** Messages the offline model is at least this sure of never reach the LLM. */
  belowConfidence: number;
  /** Told why the LLM was not used for a message it was asked about (timeout, error). */
  onFallback?: (reason: string) => void;
}

/**
 * The offline understanding, plus a second opinion from a language model for the messages it
 * is unsure about. The model sees the message with personal data masked, must answer in a zod
 * schema within `timeoutMs`, and any failure falls back to the offline result: the LLM can
 * only add, never break.
 */
export function createLlmAssistedUnderstanding(
  offline: Understander,
  trainingData: TrainingData,
  options: LlmAssistOptions,
) {
  const instructions = {
    it: buildInstructions(trainingData, "it"),
    en: buildInstructions(trainingData, "en"),
  };
  return {
    async understand(text: string, context: UnderstandContext = {}): Promise<Understanding> {
      const local = offline.understand(text, context);
      const { llm } = options;
      if (!llm || local.confidence >= options.belowConfidence || text.trim().length === 0) return local;
      const controller = new AbortController();
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<"timeout">((resolve) => {
        timer = setTimeout(() => {
          controller.abort();
          resolve("timeout");
        }, options.timeoutMs);
      });
      try {
        const answer = await Promise.race([
          llm.structured(
            {
              schema: LlmClassificationSchema,
              name: "classify_message",
              instructions: instructions[local.lang],
              input: maskPersonalData(text),
            },
            { signal: controller.signal },
          ),
          timeout,
        ]);
        if (answer === "timeout") {
          options.onFallback?.("timeout");
          return local;
        }
        const parsed = LlmClassificationSchema.safeParse(answer);
        if (!parsed.success) {
          options.onFallback?.("invalid answer");
          return local;
        }
        return merge(local, parsed.data);
      } catch (error) {
        options.onFallback?.(error instanceof Error ? error.message : String(error));
        return local;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

function merge(local: Understanding, answer: LlmClassification): Understanding {
  const entities = { ...local.entities };
  if (entities.province === undefined && answer.province !== null) entities.province = answer.province;
  if (entities.employees === undefined && answer.employees !== null) entities.employees = answer.employees;
  if (entities.child_age === undefined && answer.child_age !== null) entities.child_age = answer.child_age;
  return { ...local, intent: answer.intent, confidence: answer.confidence, entities, source: "llm" };
}

function buildInstructions(data: TrainingData, lang: Lang): string {
  const lines = data.intents.map((file) => `- ${file.intent}: ${file.description[lang]}`);
  const ids: readonly IntentId[] = data.intents.map((file) => file.intent);
  return [
    "You classify one message written to the assistant of Regione Lombardia's work-life balance",
    "programme (conciliazione vita-lavoro). Messages are mostly Italian, sometimes English, often",
    "informal, with typos. Pick exactly one intent:",
    ...lines,
    `Allowed intents: ${ids.join(", ")}.`,
    "Use out_of_scope for anything not about the programme, even if it mentions children, work or a",
    "Lombard town. confidence is your probability (0 to 1) that the intent is right.",
    "province: a Lombard province code (BG BS CO CR LC LO MN MI MB PV SO VA) only if the message names",
    "a place in it; employees: number of workers of the firm only if stated; child_age: a child's age in",
    "years (months / 12) only if stated. Otherwise null. Never guess. Placeholders like [EMAIL] stand",
    "for data that was removed.",
  ].join("\n");
}
