import type { ContentFiles } from "../../content/versions/ContentFiles.ts";
import type { ContentProblem } from "../../content/versions/ContentProblem.ts";
import { checkContentFiles } from "../../content/versions/checkContentFiles.ts";
import { diffContentFiles, type FileDiff } from "../../content/versions/diffContentFiles.ts";
import { hashContentFiles } from "../../content/versions/hashContentFiles.ts";
import { patchYamlText } from "../../content/versions/patchYamlText.ts";
import type { ContentVersionRow } from "../../persistence/content/ContentVersionRow.ts";
import { deleteContentDraft } from "../../persistence/content/deleteContentDraft.ts";
import { findContentDraft } from "../../persistence/content/findContentDraft.ts";
import { findContentVersion } from "../../persistence/content/findContentVersion.ts";
import { insertContentVersion } from "../../persistence/content/insertContentVersion.ts";
import { listContentVersions } from "../../persistence/content/listContentVersions.ts";
import { saveContentDraft } from "../../persistence/content/saveContentDraft.ts";
import type { Prisma } from "../../persistence/generated/client.ts";
import { recordAudit } from "../audit/recordAudit.ts";
import type { StaffPrincipal } from "../auth/StaffPrincipal.ts";
import type { ConsoleContext } from "../ConsoleContext.ts";
import { editableKindOf } from "./EDITABLE_KINDS.ts";

export type Draft = {
  /** -1 while nobody has saved anything: the draft is then the live version itself. */
  revision: number;
  baseNumber: number;
  liveNumber: number;
  files: ContentFiles;
  changed: string[];
};

export type EditorFailure =
  | { ok: false; reason: "no_version" | "not_found" | "forbidden" | "conflict" | "stale" | "unchanged" }
  | { ok: false; reason: "invalid"; problems: ContentProblem[] }
  | { ok: false; reason: "reload_failed"; problems: string[] };

export type FileEdit = { path: string } & ({ data: unknown } | { yaml: string });

/**
 * The content editor of the console (issue 17): one shared draft, checked with `content:check`'s
 * checks on every save, published as a new version that every instance reloads; a rollback
 * publishes an older version's files again. Every save, publish, discard and rollback is written
 * with its audit entry in one transaction (a publication's before the instances reload).
 */
export function createContentEditor(ctx: Pick<ConsoleContext, "db" | "reloadContent">) {
  const { db } = ctx;

  const mayOpen = (staff: StaffPrincipal, path: string) =>
    staff.role === "admin" || editableKindOf(path) !== undefined;

  const changedFiles = (base: ContentFiles, files: ContentFiles) =>
    diffContentFiles(base, files).map((d) => d.path);

  async function loadDraft(): Promise<Draft | undefined> {
    const live = await findContentVersion(db, "latest");
    if (!live) return undefined;
    const draft = await findContentDraft(db);
    if (!draft)
      return {
        revision: -1,
        baseNumber: live.number,
        liveNumber: live.number,
        files: live.files,
        changed: [],
      };
    const base = draft.baseNumber === live.number ? live : await findContentVersion(db, draft.baseNumber);
    return {
      revision: draft.revision,
      baseNumber: draft.baseNumber,
      liveNumber: live.number,
      files: draft.files,
      changed: changedFiles(base?.files ?? {}, draft.files),
    };
  }

  /** The files a "from"/"to" of the diff view names: a version number or the draft. */
  async function filesOf(which: number | "draft"): Promise<ContentFiles | undefined> {
    if (which === "draft") return (await loadDraft())?.files;
    return (await findContentVersion(db, which))?.files;
  }

  /** Publishes files as the version after `after`, with its audit entry in the same transaction, then reloads. */
  async function publishFiles(
    staff: StaffPrincipal,
    files: ContentFiles,
    after: ContentVersionRow,
    origin: "editor" | "rollback",
    note: string,
    audit: { action: "content.publish" | "content.rollback"; details: Prisma.InputJsonValue },
  ): Promise<{ ok: true; number: number } | EditorFailure> {
    const inserted = await db.prisma.$transaction(async (tx) => {
      const version = await insertContentVersion(tx, after.number, {
        files,
        hash: hashContentFiles(files),
        origin,
        authorId: staff.id,
        note,
      });
      if (!version.ok) return version;
      await recordAudit(
        tx,
        staff.id,
        audit.action,
        { type: "content_version", id: String(version.number) },
        audit.details,
      );
      return version;
    });
    if (!inserted.ok) return inserted;
    const reload = await ctx.reloadContent();
    if (reload !== "unavailable" && !reload.ok)
      return { ok: false, reason: "reload_failed", problems: reload.problems };
    return { ok: true, number: inserted.number };
  }

  return {
    loadDraft,

    /** The draft with the files the staff member may open: administrators all, supervisors the editable kinds. */
    async draftFor(staff: StaffPrincipal): Promise<(Draft & { readable: string[] }) | undefined> {
      const draft = await loadDraft();
      if (!draft) return undefined;
      return { ...draft, readable: Object.keys(draft.files).filter((path) => mayOpen(staff, path)) };
    },

    /**
     * One file of the draft, if the staff member may open it, with its other language (files
     * paired by language are edited side by side); the YAML text is for administrators only.
     */
    async draftFile(
      staff: StaffPrincipal,
      path: string,
    ): Promise<
      | { revision: number; text: string; pair?: { path: string; text: string | undefined }; yaml: boolean }
      | undefined
    > {
      const draft = await loadDraft();
      const text = draft?.files[path];
      if (!draft || text === undefined || !mayOpen(staff, path)) return undefined;
      const pairPath = editableKindOf(path)?.pairedByLanguage
        ? path.replace(/(it|en)\.yaml$/, (m) => (m === "it.yaml" ? "en.yaml" : "it.yaml"))
        : undefined;
      return {
        revision: draft.revision,
        text,
        ...(pairPath ? { pair: { path: pairPath, text: draft.files[pairPath] } } : {}),
        yaml: staff.role === "admin",
      };
    },

    /** The live version: the latest published one; undefined before the first. */
    live: () => findContentVersion(db, "latest"),

    versions: () => listContentVersions(db),

    async diff(from: number | "draft", to: number | "draft"): Promise<FileDiff[] | undefined> {
      const [a, b] = await Promise.all([filesOf(from), filesOf(to)]);
      return a && b ? diffContentFiles(a, b) : undefined;
    },

    version: (number: number): Promise<ContentVersionRow | undefined> => findContentVersion(db, number),

    async versionFile(number: number, path: string): Promise<string | undefined> {
      return (await findContentVersion(db, number))?.files[path];
    },

    async validate(): Promise<ContentProblem[] | undefined> {
      const draft = await loadDraft();
      return draft ? checkContentFiles(draft.files) : undefined;
    },

    /**
     * Saves files of the draft (both languages of the bot's texts at once), from a form (`data`,
     * written back into the YAML keeping its comments) or, for administrators, as YAML text. The
     * draft is kept even when a check fails, so nobody loses work; the problems come back to be
     * shown next to their fields.
     */
    async saveFiles(
      staff: StaffPrincipal,
      input: { revision: number; edits: FileEdit[] },
    ): Promise<{ ok: true; revision: number; problems: ContentProblem[] } | EditorFailure> {
      const draft = await loadDraft();
      if (!draft) return { ok: false, reason: "no_version" };
      if (draft.revision !== input.revision) return { ok: false, reason: "conflict" };
      const isAdmin = staff.role === "admin";
      const files = { ...draft.files };
      for (const edit of input.edits) {
        const current = files[edit.path];
        if ("yaml" in edit ? !isAdmin : !editableKindOf(edit.path)) return { ok: false, reason: "forbidden" };
        if (current === undefined && !isAdmin) return { ok: false, reason: "not_found" };
        files[edit.path] = "yaml" in edit ? edit.yaml : patchYamlText(current ?? "", edit.data);
      }
      if (input.edits.every((e) => files[e.path] === draft.files[e.path]))
        return { ok: false, reason: "unchanged" };
      const problems = await checkContentFiles(files);
      const saved = await db.prisma.$transaction(async (tx) => {
        const stored = await saveContentDraft(tx, {
          baseNumber: draft.baseNumber,
          files,
          revision: draft.revision,
          staffId: staff.id,
        });
        if (!stored.ok) return stored;
        for (const edit of input.edits) {
          await recordAudit(
            tx,
            staff.id,
            "content.save",
            { type: "content_file", id: edit.path },
            { revision: stored.revision, problems: problems.length, via: "yaml" in edit ? "yaml" : "form" },
          );
        }
        return stored;
      });
      if (!saved.ok) return saved;
      return { ok: true, revision: saved.revision, problems };
    },

    /** Publishes the draft if it is valid and still based on the live version. */
    async publish(
      staff: StaffPrincipal,
      input: { revision: number; note: string },
    ): Promise<{ ok: true; number: number } | EditorFailure> {
      const draft = await loadDraft();
      const live = await findContentVersion(db, "latest");
      if (!draft || !live) return { ok: false, reason: "no_version" };
      if (draft.revision !== input.revision) return { ok: false, reason: "conflict" };
      if (draft.revision < 0 || draft.changed.length === 0) return { ok: false, reason: "unchanged" };
      if (draft.baseNumber !== live.number) return { ok: false, reason: "stale" };
      const problems = await checkContentFiles(draft.files);
      if (problems.length > 0) return { ok: false, reason: "invalid", problems };
      const published = await publishFiles(staff, draft.files, live, "editor", input.note, {
        action: "content.publish",
        details: { files: draft.changed.length },
      });
      if (published.ok) await deleteContentDraft(db.prisma, draft.revision);
      return published;
    },

    async discard(staff: StaffPrincipal, input: { revision: number }): Promise<{ ok: true } | EditorFailure> {
      const discarded = await db.prisma.$transaction(async (tx) => {
        if (!(await deleteContentDraft(tx, input.revision))) return false;
        await recordAudit(tx, staff.id, "content.discard", undefined, { revision: input.revision });
        return true;
      });
      return discarded ? { ok: true } : { ok: false, reason: "conflict" };
    },

    /** Publishes an older version's files again, as a new version: the history only grows. */
    async rollback(
      staff: StaffPrincipal,
      input: { number: number; note: string },
    ): Promise<{ ok: true; number: number } | EditorFailure> {
      const [target, live] = await Promise.all([
        findContentVersion(db, input.number),
        findContentVersion(db, "latest"),
      ]);
      if (!target || !live) return { ok: false, reason: "not_found" };
      if (target.hash === live.hash) return { ok: false, reason: "unchanged" };
      const problems = await checkContentFiles(target.files);
      if (problems.length > 0) return { ok: false, reason: "invalid", problems };
      return publishFiles(staff, target.files, live, "rollback", input.note, {
        action: "content.rollback",
        details: { to: target.number },
      });
    },
  };
}

export type ContentEditor = ReturnType<typeof createContentEditor>;
