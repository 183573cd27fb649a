/** Where each content file lives, relative to the `intents` folder. */
export const CONTENT_FILES = {
  territory: "territory/provinces.yaml",
  actions: "programme/actions.yaml",
  networks: "programme/networks.yaml",
  facts: "programme/facts.yaml",
  periods: "programme/periods.yaml",
  questions: "programme/questions.yaml",
  criteria: "programme/criteria.yaml",
  topics: "programme/topics.yaml",
  concepts: "programme/concepts.yaml",
  document: "programme/document.yaml",
  pages: "web/pages.yaml",
} as const;
export type ContentFileKey = keyof typeof CONTENT_FILES;
