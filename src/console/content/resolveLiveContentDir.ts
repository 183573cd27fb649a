import type { ContentFiles } from "../../content/versions/ContentFiles.ts";
import { hashContentFiles } from "../../content/versions/hashContentFiles.ts";
import { readContentFiles } from "../../content/versions/readContentFiles.ts";
import { InfrastructureError } from "../../kernel/InfrastructureError.ts";
import { findContentVersion } from "../../persistence/content/findContentVersion.ts";
import { hasContentVersionWithHash } from "../../persistence/content/hasContentVersionWithHash.ts";
import { insertContentVersion } from "../../persistence/content/insertContentVersion.ts";
import type { Database } from "../../persistence/Database.ts";
import { materializeContentVersion } from "./materializeContentVersion.ts";

export type LiveContent = { dir: string; number: number; hash: string };

export const DEPLOYED_FILES_NOTE = "File distribuiti con l'applicazione (cartella intents/)";

/**
 * Where this instance loads its content from: the newest published version. The files deployed
 * with the application are version 1 on an empty database, and a deploy of files never seen before
 * is published as a new version (the repository stays the source of a release: export a version
 * edited in the console back to YAML before the next deploy). When the live version is exactly the
 * deployed files, the folder itself is used; otherwise the version is written under DATA_DIR.
 */
export async function resolveLiveContentDir(
  db: Database,
  contentDir: string,
  dataDir: string,
): Promise<LiveContent> {
  const deployed: ContentFiles = await readContentFiles(contentDir);
  const deployedHash = hashContentFiles(deployed);
  for (let attempt = 0; attempt < 5; attempt++) {
    const latest = await findContentVersion(db, "latest");
    if (!latest || !(await hasContentVersionWithHash(db, deployedHash))) {
      const inserted = await insertContentVersion(db.prisma, latest?.number ?? 0, {
        files: deployed,
        hash: deployedHash,
        origin: "files",
        authorId: null,
        note: DEPLOYED_FILES_NOTE,
      });
      if (!inserted.ok) continue;
      return { dir: contentDir, number: inserted.number, hash: deployedHash };
    }
    if (latest.hash === deployedHash) return { dir: contentDir, number: latest.number, hash: latest.hash };
    const dir = await materializeContentVersion(dataDir, latest.hash, latest.files);
    return { dir, number: latest.number, hash: latest.hash };
  }
  throw new InfrastructureError(
    "unavailable",
    "content versions: could not settle the live version after 5 concurrent publishes",
  );
}
