import type { ActionId, IntentId } from "../../content/ids.ts";
import type { Responses } from "../../content/ResponsesSchema.ts";
import type { AnswerKey } from "../feedback/AnswerKeySchema.ts";
import type { Understanding } from "../nlu/Understanding.ts";
import { fillTemplate } from "../responses/fillTemplate.ts";
import type { ConversationState } from "../state/ConversationState.ts";
import type { Button, Card, ChannelData, Reply } from "../turn.ts";
import type { TurnContext, TurnDeps } from "./TurnDeps.ts";
import type { AnalyticsEvent, TurnEffect } from "./TurnEffect.ts";
import type { TurnResult } from "./TurnResult.ts";

export interface SayOptions {
  buttons?: Button[];
  card?: Card;
  reference?: string;
  /** The short source of a factual answer, carried in channelData for the console and channels. */
  source?: string;
  /** Makes the reply rateable (helpful / not helpful): the content that produced it. */
  answerKey?: AnswerKey;
}

/**
 * The working copy of one turn: the dialog functions read the state, say things and ask for
 * effects through it, and `result()` stamps every reply with the turn's channelData.
 */
export class Turn {
  readonly replies: Reply[] = [];
  readonly effects: TurnEffect[] = [];
  intent: IntentId | undefined;
  /** Recommended actions, best first, carried by every reply of the turn. */
  actions: ActionId[] | undefined;
  understanding: Understanding | undefined;
  /** Misunderstood messages in a row before this one: anything but a fallback resets the count. */
  readonly misunderstoodBefore: number;

  constructor(
    public state: ConversationState,
    readonly context: TurnContext,
    readonly deps: TurnDeps,
  ) {
    this.misunderstoodBefore = state.misunderstood;
    this.state.misunderstood = 0;
  }

  get r(): Responses {
    return this.deps.content.responses[this.state.lang];
  }

  /** Fills a response text; the retention period and the mailbox are always available. */
  fill(template: string, values: Readonly<Record<string, string | number>> = {}): string {
    return fillTemplate(template, {
      retention_days: this.deps.settings.retentionDays,
      mailbox: this.deps.settings.mailbox,
      ...values,
    });
  }

  say(text: string, options: SayOptions = {}): void {
    const channelData: ChannelData = {
      ...(options.reference ? { reference: options.reference } : {}),
      ...(options.source ? { source: options.source } : {}),
      ...(options.answerKey ? { feedback: { answerKey: options.answerKey } } : {}),
    };
    this.replies.push({
      text,
      buttons: options.buttons ?? [],
      ...(options.card ? { card: options.card } : {}),
      channelData,
    });
  }

  emit(effect: TurnEffect): void {
    this.effects.push(effect);
  }

  track(event: Omit<AnalyticsEvent, "actionIds"> & { actionIds?: AnalyticsEvent["actionIds"] }): void {
    this.effects.push({ kind: "analytics", event: { ...event, actionIds: event.actionIds ?? [] } });
  }

  /** Asks the understanding at most once per turn. */
  async understand(text: string, expecting?: string): Promise<Understanding> {
    this.understanding ??= await this.deps.understander.understand(text, {
      lang: this.state.lang,
      ...(expecting ? { expecting } : {}),
    });
    return this.understanding;
  }

  handoffRequested(): boolean {
    return this.effects.some((e) => e.kind === "handoff");
  }

  /** The turn's intent, or what the step implies (an answer inside a form is about leaving a contact). */
  currentIntent(): IntentId | undefined {
    if (this.intent) return this.intent;
    const kind = this.state.step.kind;
    if (kind === "interview") return "eligibility_check";
    if (kind === "ask_place") return "find_network";
    return kind === "menu" ? undefined : "leave_contact";
  }

  result(): TurnResult {
    const withdrawn = this.effects.some((e) => e.kind === "handoff_withdrawn");
    const handoff =
      this.context.handoff === "with_staff"
        ? "with_staff"
        : (this.context.handoff === "queued" && !withdrawn) || this.handoffRequested()
          ? "queued"
          : null;
    const form = formMarker(this.state);
    const intent = this.currentIntent();
    const base: ChannelData = {
      ...(intent ? { intent } : {}),
      ...(this.actions ? { actions: this.actions } : {}),
      ...(form ? { form } : {}),
      handoff,
    };
    return {
      replies: this.replies.map((reply) => ({ ...reply, channelData: { ...base, ...reply.channelData } })),
      state: this.state,
      effects: this.effects,
      ...(this.understanding ? { understanding: this.understanding } : {}),
    };
  }
}

function formMarker(state: ConversationState): ChannelData["form"] {
  const step = state.step;
  switch (step.kind) {
    case "form_consent":
      return { id: step.form, field: "consent" };
    case "form_field":
      return { id: step.form, field: step.field };
    case "form_review":
      return { id: step.form, field: "review" };
    case "form_pick_field":
      return { id: step.form, field: "pick_field" };
    default:
      return undefined;
  }
}
