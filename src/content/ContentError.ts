/**
 * Content files are deployed by staff, not typed by users: a broken one must stop the start and say
 * exactly where it is broken (file, path inside it, what is wrong), all problems at once.
 */
export class ContentError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(`contenuti non validi:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ContentError";
    this.problems = problems;
  }
}
