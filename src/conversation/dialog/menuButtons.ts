import type { Responses } from "../../content/ResponsesSchema.ts";
import type { Button } from "../turn.ts";

/** A button that sends back its own label, so typing the label works as well as pressing it. */
export function labelButton(label: string): Button {
  return { label, value: label };
}

/** The four doors of the opening menu. */
export function menuButtons(r: Responses): Button[] {
  return [r.menu.firm, r.menu.family, r.menu.self_employment, r.menu.person].map(labelButton);
}
