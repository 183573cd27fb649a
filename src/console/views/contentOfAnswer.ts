/**
 * Where a rated answer comes from, for the supervisor who wants to fix it: the content file the
 * editor opens (/console/content?file=…) and the item in it.
 */
export function contentOfAnswer(answerKey: string): { file: string; item: string; href: string } | undefined {
  const [kind, id] = answerKey.split(":", 2);
  if (!id) return undefined;
  const file =
    kind === "topic"
      ? "programme/topics.yaml"
      : kind === "action"
        ? "programme/actions.yaml"
        : kind === "verdict"
          ? "programme/criteria.yaml"
          : undefined;
  if (!file) return undefined;
  const item =
    kind === "topic" ? `argomento «${id}»` : kind === "action" ? `azione «${id}»` : "criteri dell'esito";
  return { file, item, href: `/console/content?file=${encodeURIComponent(file)}` };
}
