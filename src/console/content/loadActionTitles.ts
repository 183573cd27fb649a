import path from "node:path";
import { ActionsFileSchema } from "../../content/actionsSchema.ts";
import { ACTION_IDS, type ActionId } from "../../content/ids.ts";
import { readYamlFile } from "../../content/readYamlFile.ts";

/**
 * The Italian titles of the twelve actions, from the same content file the bot answers from; the
 * ids themselves if the file cannot be read (the console must still open).
 */
export async function loadActionTitles(contentDir: string): Promise<ReadonlyMap<ActionId, string>> {
  const titles = new Map<ActionId, string>(ACTION_IDS.map((id) => [id, id]));
  const result = await readYamlFile(path.join(contentDir, "programme/actions.yaml"), ActionsFileSchema);
  if (result.ok) for (const action of result.value.actions) titles.set(action.id, action.title.it);
  return titles;
}
