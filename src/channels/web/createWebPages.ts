import { randomBytes } from "node:crypto";
import express, { type Request, type Response, type Router } from "express";
import { type Lang, LangSchema } from "../../content/ids.ts";
import type { WebPages } from "../../content/webPagesSchema.ts";
import type { AssetUrls } from "./createStaticAssets.ts";
import { type PageKind, renderPage } from "./renderPage.ts";

/**
 * The hash of an empty style element. Web Chat 4.18 gives its transcript's scroller
 * (react-scroll-to-bottom) an emotion cache without the nonce; emotion creates empty style
 * elements and fills them through CSSOM `insertRule`, which CSP does not govern. Allowing only
 * the empty element keeps every injected `<style>` with content blocked.
 */
const EMPTY_STYLE_HASH = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";

/**
 * A strict policy: scripts only from this origin, styles from this origin plus the style
 * elements Web Chat creates with the page's nonce, connections only back to this origin (REST and
 * WebSocket). The embeddable page may be framed by any site; the others by none.
 */
function contentSecurityPolicy(req: Request, nonce: string, framable: boolean): string {
  const host = req.get("host") ?? "";
  const sockets = /^[\w.:[\]-]+$/.test(host) ? ` ws://${host} wss://${host}` : "";
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}' ${EMPTY_STYLE_HASH}`,
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${sockets}`,
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${framable ? "*" : "'none'"}`,
  ].join("; ");
}

export function createWebPages(assets: AssetUrls, mailbox: string, texts: WebPages): Router {
  const router = express.Router();
  const send = (kind: PageKind, lang: Lang) => (req: Request, res: Response) => {
    const nonce = randomBytes(16).toString("base64");
    const framable = kind === "embed";
    res.setHeader("Content-Security-Policy", contentSecurityPolicy(req, nonce, framable));
    if (!framable) res.setHeader("X-Frame-Options", "DENY");
    res.setHeader("Cache-Control", "no-store");
    res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
    res.type("html").send(renderPage(kind, lang, { assets, mailbox, nonce, texts }));
  };
  const langOf = (req: Request): Lang => {
    const parsed = LangSchema.safeParse(req.query.lang);
    return parsed.success ? parsed.data : "it";
  };
  router.get("/", (req, res) => send("home", langOf(req))(req, res));
  router.get("/en", send("home", "en"));
  router.get("/embed", (req, res) => send("embed", langOf(req))(req, res));
  router.get("/privacy", (req, res) => send("privacy", langOf(req))(req, res));
  router.get("/en/privacy", send("privacy", "en"));
  return router;
}
