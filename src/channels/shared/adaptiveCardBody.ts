import type { Card } from "../../conversation/turn.ts";

/**
 * The body of a summary card as Adaptive Card elements, the same for every channel that renders
 * Adaptive Cards: title, subtitle, facts as a FactSet, then the text. Channels add their own
 * version and actions. `headingStyle` marks the title as a heading for screen readers (schema 1.5).
 */
export function adaptiveCardBody(card: Card, options: { headingStyle: boolean }): Record<string, unknown>[] {
  const body: Record<string, unknown>[] = [
    {
      type: "TextBlock",
      text: card.title,
      weight: "Bolder",
      size: "Medium",
      wrap: true,
      ...(options.headingStyle ? { style: "heading" } : {}),
    },
  ];
  if (card.subtitle)
    body.push({ type: "TextBlock", text: card.subtitle, isSubtle: true, wrap: true, spacing: "None" });
  if (card.facts.length > 0) {
    body.push({
      type: "FactSet",
      facts: card.facts.map((fact) => ({ title: fact.label, value: fact.value })),
    });
  }
  if (card.text) body.push({ type: "TextBlock", text: card.text, wrap: true });
  return body;
}
