/** Placeholders the engine fills in criterion explanations (criteria.yaml); others are load errors. */
export const CRITERION_PLACEHOLDERS = [
  "allowed",
  "value",
  "max",
  "min",
  "below",
  "workers",
  "range",
] as const;
