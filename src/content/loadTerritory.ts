import path from "node:path";
import { ContentError } from "./ContentError.ts";
import { readYamlFile } from "./readYamlFile.ts";
import { type Territory, TerritorySchema } from "./territorySchema.ts";

export const TERRITORY_FILE = "territory/provinces.yaml";

/** Loads `<dir>/territory/provinces.yaml` (dir is the `intents` folder); throws ContentError if broken. */
export async function loadTerritory(dir: string): Promise<Territory> {
  const result = await readYamlFile(path.join(dir, TERRITORY_FILE), TerritorySchema);
  if (!result.ok) throw new ContentError(result.problems);
  return result.value;
}
