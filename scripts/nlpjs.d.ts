/** The few parts of nlp.js (untyped CommonJS) that the NLU baseline uses. */
declare module "@nlpjs/nlp" {
  export interface NlpResult {
    intent: string;
    score: number;
    locale?: string;
  }
  export class Nlp {
    constructor(settings?: Record<string, unknown>);
    container: { register(name: string, item: unknown, isSingleton?: boolean): void };
    use(plugin: unknown): void;
    addDocument(locale: string, utterance: string, intent: string): void;
    train(): Promise<unknown>;
    process(locale: string, utterance: string): Promise<NlpResult>;
  }
}
declare module "@nlpjs/lang-it" {
  export const LangIt: unknown;
}
declare module "@nlpjs/lang-en" {
  export const LangEn: unknown;
}
