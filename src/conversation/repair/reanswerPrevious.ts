import { type ProfileField, ProfileSchema } from "../../content/vocabulary/profileSchema.ts";
import type { Turn } from "../dialog/Turn.ts";
import { describeFacts } from "./describeFacts.ts";

/**
 * "Sorry, I meant yes": a correction that does not answer the pending question may answer the one
 * before it. The profile as it was before that answer is asked the same question again (the
 * engine is deterministic, so it is the question the person saw) and the new answer replaces
 * the old one; what was learnt since is kept.
 */
export function reanswerPrevious(turn: Turn, tail: string): boolean {
  const audience = turn.state.audience;
  const before = turn.state.interviewTrail.at(-1);
  if (!audience || !before) return false;
  const { knowledge } = turn.deps;
  const asked = knowledge.assess(audience, before, turn.state.lang).next;
  if (!asked) return false;
  const reading = knowledge.readAnswer(asked.field, tail, undefined, before);
  if (!reading.ok) return false;
  const current = turn.state.profile;
  const changed: ProfileField[] = [];
  const profile = { ...current };
  for (const [key, value] of Object.entries(reading.profile)) {
    const field = ProfileSchema.keyof().safeParse(key);
    if (!field.success || KEPT.has(field.data) || value === undefined) continue;
    if (JSON.stringify(value) === JSON.stringify(current[field.data])) continue;
    changed.push(field.data);
    Object.assign(profile, { [field.data]: value });
  }
  if (changed.length === 0) return false;
  turn.state.profile = profile;
  const said = describeFacts(turn, changed);
  if (said !== "") turn.say(turn.fill(turn.r.repair.corrected, { facts: said }));
  return true;
}

/** Bookkeeping of the interview, not answers. */
const KEPT: ReadonlySet<ProfileField> = new Set(["interests", "skipped_questions"]);
