import path from "node:path";
import express, { type Router } from "express";
import { appPath } from "../kernel/appPath.ts";
import { locatePackage } from "../kernel/locatePackage.ts";

const PUBLIC_DIR = appPath("src", "console", "public");

/**
 * The console's own scripts and styles, Bootstrap Italia (CSS, fonts, icons) and Chart.js, all from
 * this server under /console/assets: no CDN, nothing loaded from elsewhere.
 */
export function mountConsoleAssets(router: Router): void {
  const italia = locatePackage("bootstrap-italia").dir;
  const chart = locatePackage("chart.js").dir;
  const cached = { maxAge: "1h", index: false, redirect: false, fallthrough: true };
  router.use("/console/assets/bi/css", express.static(path.join(italia, "dist/css"), cached));
  router.use("/console/assets/bi/fonts", express.static(path.join(italia, "dist/fonts"), cached));
  router.use("/console/assets/bi/svg", express.static(path.join(italia, "dist/svg"), cached));
  router.get("/console/assets/vendor/chart.umd.js", (_req, res) => {
    res.setHeader("Cache-Control", "public, max-age=3600");
    res.sendFile(path.join(chart, "dist/chart.umd.js"));
  });
  router.use(
    "/console/assets",
    express.static(PUBLIC_DIR, { maxAge: 0, index: false, redirect: false, fallthrough: true }),
  );
}
