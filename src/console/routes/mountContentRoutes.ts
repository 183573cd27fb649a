import express, { type Request, type Response, type Router } from "express";
import { parse } from "yaml";
import { z } from "zod";
import { ContentPathSchema } from "../../content/versions/ContentFiles.ts";
import { toTarArchive } from "../../content/versions/toTarArchive.ts";
import { allowRoles } from "../auth/allowRoles.ts";
import { requestStaff } from "../auth/requestStaff.ts";
import type { StaffPrincipal } from "../auth/StaffPrincipal.ts";
import type { ContentEditor, EditorFailure } from "../content/createContentEditor.ts";
import { EDITABLE_KINDS, editableKindOf, jsonSchemaOf } from "../content/EDITABLE_KINDS.ts";
import { notFound } from "../http/notFound.ts";
import { parseOr400 } from "../http/parseOr400.ts";

const Revision = z.number().int().min(-1);
const Note = z.string().trim().min(1, "scrivi una nota che spieghi la modifica").max(500);
const Edit = z.union([
  z.strictObject({ path: ContentPathSchema, data: z.json() }),
  z.strictObject({ path: ContentPathSchema, yaml: z.string().max(1_000_000) }),
]);
const SaveBody = z.strictObject({ revision: Revision, edits: z.array(Edit).min(1).max(4) });
const PublishBody = z.strictObject({ revision: Revision, note: Note });
const DiscardBody = z.strictObject({ revision: Revision });
const RollbackBody = z.strictObject({ note: Note });
const FileQuery = z.object({ path: ContentPathSchema });
const NumberParams = z.object({ number: z.coerce.number().int().min(1).max(1_000_000) });
const Which = z.union([z.literal("draft"), z.coerce.number().int().min(1).max(1_000_000)]);
const DiffQuery = z.object({ from: Which, to: Which });

const FAILURES: Record<EditorFailure["reason"], { status: number; message: string }> = {
  no_version: { status: 503, message: "I contenuti non sono ancora stati caricati: riprova tra poco." },
  not_found: { status: 404, message: "File o versione inesistente." },
  forbidden: { status: 403, message: "Il tuo ruolo non consente questa modifica." },
  conflict: {
    status: 409,
    message: "Qualcun altro ha salvato la bozza nel frattempo: ricarica la pagina e riapplica la modifica.",
  },
  stale: {
    status: 409,
    message:
      "È stata pubblicata un'altra versione dopo l'inizio di questa bozza: scartala o ricaricala prima di pubblicare.",
  },
  unchanged: { status: 409, message: "Nessuna modifica da salvare o pubblicare." },
  invalid: { status: 422, message: "I contenuti hanno dei problemi: correggili prima di pubblicare." },
  reload_failed: { status: 500, message: "Versione pubblicata, ma il ricaricamento non è riuscito." },
};

/** A file's YAML as data for the form; null when it does not parse. */
function dataOf(text: string | undefined): unknown {
  try {
    return text === undefined ? null : parse(text);
  } catch {
    return null;
  }
}

function fail(res: Response, failure: EditorFailure): void {
  const { status, message } = FAILURES[failure.reason];
  res.status(status).json({
    error: failure.reason,
    message,
    ...("problems" in failure ? { problems: failure.problems } : {}),
  });
}

/**
 * The content editor's API (issue 17): supervisors and administrators only, checked here on the
 * server whatever the page shows; the YAML view and files outside the editable kinds are for
 * administrators.
 */
export function mountContentRoutes(api: Router, editor: ContentEditor): void {
  const leads = allowRoles("supervisor", "admin");
  // Reached only behind the session guard and the CSRF check: whole files, within reason.
  api.use("/content", leads, express.json({ limit: "1mb" }));

  api.get("/content/draft", leads, async (req, res) => {
    const draft = await editor.draftFor(requestStaff(req));
    if (!draft) return fail(res, { ok: false, reason: "no_version" });
    res.json({
      revision: draft.revision,
      baseNumber: draft.baseNumber,
      liveNumber: draft.liveNumber,
      changed: draft.changed,
      kinds: EDITABLE_KINDS.map((k) => ({ id: k.id, label: k.label })),
      files: draft.readable.map((path) => ({ path, kind: editableKindOf(path)?.id ?? null })),
    });
  });

  api.get("/content/draft/file", leads, async (req, res) => {
    const query = parseOr400(res, FileQuery, req.query);
    if (!query) return;
    const file = await editor.draftFile(requestStaff(req), query.path);
    if (!file) return notFound(res);
    const kind = editableKindOf(query.path);
    res.json({
      path: query.path,
      revision: file.revision,
      kind: kind ? { id: kind.id, label: kind.label, schema: jsonSchemaOf(kind) } : null,
      data: dataOf(file.text),
      ...(file.pair ? { pair: { path: file.pair.path, data: dataOf(file.pair.text) } } : {}),
      ...(file.yaml ? { yaml: file.text } : {}),
    });
  });

  /** A change to the draft: its body checked, the editor's outcome answered as it is. */
  const change =
    <B>(Body: z.ZodType<B>, run: (staff: StaffPrincipal, body: B) => Promise<{ ok: true } | EditorFailure>) =>
    async (req: Request, res: Response) => {
      const body = parseOr400(res, Body, req.body);
      if (!body) return;
      const outcome = await run(requestStaff(req), body);
      if (!outcome.ok) return fail(res, outcome);
      res.json(outcome);
    };

  api.put("/content/draft/files", leads, change(SaveBody, editor.saveFiles));

  api.post("/content/draft/validate", leads, async (_req, res) => {
    const problems = await editor.validate();
    if (!problems) return fail(res, { ok: false, reason: "no_version" });
    res.json({ ok: problems.length === 0, problems });
  });

  api.post("/content/draft/publish", leads, change(PublishBody, editor.publish));
  api.post("/content/draft/discard", leads, change(DiscardBody, editor.discard));

  api.get("/content/versions", leads, async (_req, res) => {
    const versions = await editor.versions();
    res.json({ versions: versions.map((v) => ({ ...v, createdAt: v.createdAt.toISOString() })) });
  });

  api.get("/content/diff", leads, async (req, res) => {
    const query = parseOr400(res, DiffQuery, req.query);
    if (!query) return;
    const files = await editor.diff(query.from, query.to);
    if (!files) return notFound(res);
    res.json({ files });
  });

  api.post("/content/versions/:number/rollback", leads, async (req, res) => {
    const params = parseOr400(res, NumberParams, req.params);
    const body = params && parseOr400(res, RollbackBody, req.body);
    if (!params || !body) return;
    const outcome = await editor.rollback(requestStaff(req), { number: params.number, note: body.note });
    if (!outcome.ok) return fail(res, outcome);
    res.json(outcome);
  });

  // Export: a published version as a tar of intents/, to unpack over the repository's folder.
  api.get("/content/versions/:number/export", leads, async (req, res) => {
    const params = parseOr400(res, NumberParams, req.params);
    if (!params) return;
    const version = await editor.version(params.number);
    if (!version) return notFound(res);
    res
      .type("application/x-tar")
      .setHeader("Content-Disposition", `attachment; filename="conciliabot-contenuti-v${version.number}.tar"`)
      .send(toTarArchive(version.files, version.createdAt));
  });

  // Export: one file of a published version as YAML, to commit back into the repository's intents/.
  api.get("/content/versions/:number/file", leads, async (req, res) => {
    const params = parseOr400(res, NumberParams, req.params);
    const query = params && parseOr400(res, FileQuery, req.query);
    if (!params || !query) return;
    const text = await editor.versionFile(params.number, query.path);
    if (text === undefined) return notFound(res);
    const name = query.path.replaceAll("/", "_");
    res
      .type("application/yaml")
      .setHeader("Content-Disposition", `attachment; filename="v${params.number}_${name}"`)
      .send(text);
  });
}
