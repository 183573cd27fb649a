/** A code as the user reads it: two halves of five ("ABCDE-FGH23"), accepted with or without the dash. */
export function formatResumeCode(code: string): string {
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}
