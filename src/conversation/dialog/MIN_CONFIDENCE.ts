/** Below this the understanding is a guess, and a guess is worse than asking again. */
export const MIN_CONFIDENCE = 0.45;
