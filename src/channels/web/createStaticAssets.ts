import { readFileSync } from "node:fs";
import path from "node:path";
import express, { type Router } from "express";
import { appPath } from "../../kernel/appPath.ts";
import { locatePackage } from "../../kernel/locatePackage.ts";
import { compressedAsset } from "./compressedAsset.ts";

export interface AssetUrls {
  webChatJs: string;
  bootstrapItaliaCss: string;
  fontsCss: string;
  chatCss: string;
  chatJs: string;
  favicon: string;
}

const IMMUTABLE = "public, max-age=31536000, immutable";
/** The embed snippet's URL is fixed (other sites link it), so browsers revalidate it hourly. */
const REVALIDATE_HOURLY = "public, max-age=3600";
const PUBLIC_DIR = appPath("src", "channels", "web", "public");
const TITILLIUM_WEIGHTS = ["300", "regular", "600", "700"];

function fontFaces(fontsUrl: string): string {
  return TITILLIUM_WEIGHTS.map((weight) => {
    const file = `${fontsUrl}/Titillium_Web/titillium-web-v10-latin-ext_latin-${weight}`;
    return `@font-face{font-family:"Titillium Web";font-style:normal;font-weight:${weight === "regular" ? 400 : weight};font-display:swap;src:url("${file}.woff2") format("woff2"),url("${file}.woff") format("woff")}`;
  }).join("\n");
}

/**
 * Every file the pages load, from this server: the Web Chat bundle and Bootstrap Italia from
 * node_modules under versioned paths, our own files under content-hashed paths, all cached as
 * immutable; `/embed.js` under its fixed public address.
 */
export function createStaticAssets(): { router: Router; urls: AssetUrls } {
  const webChat = locatePackage("botframework-webchat");
  const italia = locatePackage("bootstrap-italia");
  const webChatBase = `/static/vendor/botframework-webchat@${webChat.version}`;
  const italiaBase = `/static/vendor/bootstrap-italia@${italia.version}`;
  const router = express.Router();

  const own = (name: string, type: string, body = readFileSync(path.join(PUBLIC_DIR, name))) => {
    const asset = compressedAsset(body, type, IMMUTABLE);
    const url = `/static/app/${asset.hash}/${name}`;
    router.get(url, asset.handle);
    return url;
  };
  const urls: AssetUrls = {
    webChatJs: `${webChatBase}/webchat.js`,
    bootstrapItaliaCss: `${italiaBase}/css/bootstrap-italia.min.css`,
    fontsCss: own("fonts.css", "text/css; charset=utf-8", Buffer.from(fontFaces(`${italiaBase}/fonts`))),
    chatCss: own("chat.css", "text/css; charset=utf-8"),
    chatJs: own("chat.js", "text/javascript; charset=utf-8"),
    favicon: own("favicon.svg", "image/svg+xml"),
  };
  router.get("/favicon.ico", (_req, res) => res.redirect(301, urls.favicon));

  const webChatJs = compressedAsset(
    readFileSync(path.join(webChat.dir, "dist/webchat.js")),
    "text/javascript; charset=utf-8",
    IMMUTABLE,
  );
  router.get(urls.webChatJs, webChatJs.handle);
  const italiaCss = compressedAsset(
    readFileSync(path.join(italia.dir, "dist/css/bootstrap-italia.min.css")),
    "text/css; charset=utf-8",
    IMMUTABLE,
  );
  router.get(urls.bootstrapItaliaCss, italiaCss.handle);
  router.use(
    `${italiaBase}/fonts`,
    express.static(path.join(italia.dir, "dist/fonts"), {
      immutable: true,
      maxAge: "365d",
      index: false,
      redirect: false,
      fallthrough: true,
    }),
  );
  const embedJs = compressedAsset(
    readFileSync(path.join(PUBLIC_DIR, "embed.js")),
    "text/javascript; charset=utf-8",
    REVALIDATE_HOURLY,
  );
  router.get("/embed.js", (req, res) => {
    res.setHeader("Cross-Origin-Resource-Policy", "cross-origin");
    embedJs.handle(req, res);
  });
  return { router, urls };
}
