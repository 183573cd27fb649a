import { existsSync } from "node:fs";
import { FakeListChatModel } from "@langchain/core/utils/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import type { TrainingData } from "../../../src/content/trainingDataSchema.ts";
import {
  createLlmAssistedUnderstanding,
  type LlmAssistOptions,
} from "../../../src/conversation/nlu/createLlmAssistedUnderstanding.ts";
import type { Understander } from "../../../src/conversation/nlu/createUnderstanding.ts";
import type { LlmPort, StructuredRequest } from "../../../src/conversation/ports/LlmPort.ts";
import { createLangchainLlmPort } from "../../../src/llm/createLangchainLlmPort.ts";
import { createLlmPort } from "../../../src/llm/createLlmPort.ts";
import { readLlmConfig } from "../../../src/llm/readLlmConfig.ts";
import { loadTestUnderstanding } from "./support/loadTestUnderstanding.ts";

let offline: Understander;
let trainingData: TrainingData;

beforeAll(async () => {
  ({ understander: offline, trainingData } = await loadTestUnderstanding());
});

const answer = (fields: Record<string, unknown>) =>
  JSON.stringify({
    intent: "programme_info",
    confidence: 0.9,
    province: null,
    employees: null,
    child_age: null,
    ...fields,
  });

/** The offline model with `llm` as second opinion on every message, unless `options` say otherwise. */
function assisted(llm: LlmPort | undefined, options: Partial<LlmAssistOptions> = {}) {
  return createLlmAssistedUnderstanding(offline, trainingData, {
    ...(llm ? { llm } : {}),
    timeoutMs: 2000,
    belowConfidence: 1.01,
    ...options,
  });
}

/** A port that remembers what it was asked and lets a real LangChain fake model answer. */
function spyingPort(model: FakeListChatModel): { port: LlmPort; inputs: string[] } {
  const inner = createLangchainLlmPort(model);
  const inputs: string[] = [];
  return {
    inputs,
    port: {
      structured<T>(request: StructuredRequest<T>, options: { signal: AbortSignal }) {
        inputs.push(request.input);
        return inner.structured(request, options);
      },
    },
  };
}

describe("LLM assistance", () => {
  it("lets the LLM settle a message the offline model is unsure about, keeping offline entities", async () => {
    const { port } = spyingPort(
      new FakeListChatModel({ responses: [answer({ intent: "firm.smart_working", employees: 9 })] }),
    );
    const nlu = assisted(port);
    const result = await nlu.understand("boh, una cosa per lavorare da altrove, siamo in 4");
    expect(result).toMatchObject({ intent: "firm.smart_working", confidence: 0.9, source: "llm" });
    expect(result.entities.employees).toBe(4);
  });

  it("never shows the LLM an e-mail, a phone number, a codice fiscale or a partita IVA", async () => {
    const { port, inputs } = spyingPort(
      new FakeListChatModel({ responses: [answer({ intent: "leave_contact" })] }),
    );
    const nlu = assisted(port);
    const result = await nlu.understand(
      "sono RSSMRA85T10A562S, p.iva 01234567897, scrivete a mario.rossi@libero.it o al 339 123 4567",
    );
    expect(inputs).toHaveLength(1);
    for (const secret of ["RSSMRA85T10A562S", "01234567897", "mario.rossi", "339", "4567"]) {
      expect(inputs[0]).not.toContain(secret);
    }
    expect(inputs[0]).toContain("[EMAIL]");
    expect(result.entities).toMatchObject({ tax_code: "RSSMRA85T10A562S", email: "mario.rossi@libero.it" });
  });

  it("falls back to the offline result when the LLM is slower than the timeout", async () => {
    const slow = new FakeListChatModel({ responses: [answer({ intent: "privacy" })], sleep: 5000 });
    const reasons: string[] = [];
    const nlu = assisted(createLangchainLlmPort(slow), {
      timeoutMs: 50,
      onFallback: (reason) => reasons.push(reason),
    });
    const text = "vorrei il voucher per il nido";
    expect(await nlu.understand(text)).toEqual(offline.understand(text));
    expect(reasons).toEqual(["timeout"]);
  });

  it("falls back to the offline result when the LLM answers outside the schema or not in JSON", async () => {
    for (const response of [
      JSON.stringify({ intent: "weather", confidence: 3 }),
      "I think it's about childcare",
    ]) {
      const nlu = assisted(createLangchainLlmPort(new FakeListChatModel({ responses: [response] })));
      const result = await nlu.understand("centro estivo per i bimbi");
      expect(result.source).toBe("offline");
      expect(result.intent).toBe("family.school_closure_camps");
    }
  });

  it("does not consult the LLM about messages the offline model is confident about, nor without an LLM", async () => {
    const { port, inputs } = spyingPort(new FakeListChatModel({ responses: [answer({})] }));
    const nlu = assisted(port, { belowConfidence: 0.5 });
    const text = "voglio parlare con un operatore";
    expect(await nlu.understand(text)).toEqual(offline.understand(text));
    expect(inputs).toHaveLength(0);
    const without = assisted(undefined);
    expect(await without.understand(text)).toEqual(offline.understand(text));
  });
});

describe("LangChain adapter", () => {
  it("returns the structured answer of a chat model, validated with the request's zod schema", async () => {
    const port = createLangchainLlmPort(
      new FakeListChatModel({ responses: ['{"employees": 3}', '{"employees": "tre"}'] }),
    );
    const request = {
      schema: z.object({ employees: z.number() }),
      name: "extract",
      instructions: "estrai",
      input: "siamo in tre",
    };
    const signal = new AbortController().signal;
    await expect(port.structured(request, { signal })).resolves.toEqual({ employees: 3 });
    await expect(port.structured(request, { signal })).rejects.toThrow();
  });
});

describe("LLM configuration", () => {
  it("means no LLM when LLM_PROVIDER is unset, empty or none", async () => {
    expect(readLlmConfig({})).toEqual({ ok: true, config: undefined });
    expect(readLlmConfig({ LLM_PROVIDER: "", LLM_MODEL: "" })).toEqual({ ok: true, config: undefined });
    expect(readLlmConfig({ LLM_PROVIDER: "none" })).toEqual({ ok: true, config: undefined });
    await expect(createLlmPort({})).resolves.toBeUndefined();
  });

  it("reports a provider without a model or with a bad timeout as a configuration mistake", () => {
    expect(readLlmConfig({ LLM_PROVIDER: "openai" })).toMatchObject({ ok: false });
    expect(
      readLlmConfig({ LLM_PROVIDER: "ollama", LLM_MODEL: "llama3", LLM_TIMEOUT_MS: "fast" }),
    ).toMatchObject({
      ok: false,
    });
    expect(
      readLlmConfig({ LLM_PROVIDER: "ollama", LLM_MODEL: "llama3", LLM_TIMEOUT_MS: "1500" }),
    ).toMatchObject({
      ok: true,
      config: { provider: "ollama", model: "llama3", timeoutMs: 1500 },
    });
  });

  it.skipIf(existsSync("node_modules/@langchain/openai"))(
    "names the package to install when the configured provider's package is missing",
    async () => {
      await expect(createLlmPort({ LLM_PROVIDER: "openai", LLM_MODEL: "gpt-4o-mini" })).rejects.toThrow(
        /npm install --save-exact @langchain\/openai/,
      );
    },
  );
});
