import { appPath } from "../../kernel/appPath.ts";

/** The evaluation sets shipped with the application (the image copies test/evals too). */
export const EVAL_SET_FILES = {
  dialogue: appPath("test", "evals", "dialogues.json"),
  facts: appPath("test", "evals", "facts.json"),
};
