import type { ActId } from "../../content/vocabulary/ActId.ts";
import type { CueSpan } from "./matchCues.ts";

/** Where one dialogue act shows in a message. */
export interface ActReading {
  spans: CueSpan[];
  /** Share of the message's meaningful words the act's cues cover (0–1). */
  coverage: number;
  atStart: boolean;
}

/**
 * A user's message as the repair patterns read it: its words and the dialogue acts it carries.
 * Built once per turn, before any flow sees the message.
 */
export interface DialogueMessage {
  text: string;
  /** Normalised words (no case, accents or punctuation). */
  words: string[];
  acts: Partial<Record<ActId, ActReading>>;
  /** Asks something: a question mark or a question word first. */
  question: boolean;
}
