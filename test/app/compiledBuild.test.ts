import { type ChildProcess, execFile, spawn } from "node:child_process";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ownCli } from "../../src/app/evaluation/ownCli.ts";
import { ROOT } from "../support/runProcess.ts";
import { seedNluCache } from "../support/seedNluCache.ts";

const run = promisify(execFile);

/**
 * `npm run build` is what `npm start` and the Docker image run: the bundle must find its migrations,
 * content and assets from the application folder, whatever the working directory.
 */
describe("the compiled service (npm run build)", () => {
  let folder: string;
  let child: ChildProcess;
  let base: string;
  let output = "";

  beforeAll(async () => {
    await run("npm", ["run", "-s", "build"], { cwd: ROOT, timeout: 120_000 });
    folder = await mkdtemp(path.join(tmpdir(), "conciliabot-compiled-"));
    await mkdir(path.join(folder, "data"));
    await seedNluCache(path.join(folder, "data"));
    child = spawn(process.execPath, [path.join(ROOT, "dist/main.js")], {
      // Another working directory, so nothing can be found relative to it by accident.
      cwd: folder,
      env: {
        PATH: process.env.PATH ?? "/usr/bin:/bin",
        PORT: "0",
        HOST: "127.0.0.1",
        DATA_DIR: path.join(folder, "data"),
        LOG_LEVEL: "info",
      },
    });
    child.stdout?.on("data", (d: Buffer) => {
      output += d.toString();
    });
    child.stderr?.on("data", (d: Buffer) => {
      output += d.toString();
    });
    const deadline = Date.now() + 90_000;
    for (;;) {
      const url = /"url":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(output)?.[1];
      if (url) {
        base = url;
        const ready = await fetch(`${base}/readyz`)
          .then((r) => r.status === 200)
          .catch(() => false);
        if (ready) break;
      }
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`not ready:\n${output}`);
      await sleep(100);
    }
  }, 150_000);
  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    }
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it("starts from another working directory, migrated, with the chat page and its assets", async () => {
    const page = await fetch(`${base}/`);
    expect(page.status).toBe(200);
    const html = await page.text();
    const assets = [...html.matchAll(/(?:src|href)="(\/static\/[^"]+)"/g)].map((m) => m[1] ?? "");
    expect(assets.length).toBeGreaterThan(2);
    for (const asset of assets) expect((await fetch(`${base}${asset}`)).status, asset).toBe(200);
    expect((await fetch(`${base}/embed.js`)).status).toBe(200);
  });

  it("serves the staff console with its own scripts and styles", async () => {
    const page = await fetch(`${base}/console`);
    expect(page.status).toBe(200);
    const html = await page.text();
    const own = [...html.matchAll(/(?:src|href)="(\/console\/assets\/[^"]+)"/g)].map((m) => m[1] ?? "");
    expect(own.length).toBeGreaterThan(0);
    for (const asset of own) expect((await fetch(`${base}${asset}`)).status, asset).toBe(200);
  });

  it("runs the CLI beside it, the one its draft evaluations start, from another working directory", async () => {
    const main = pathToFileURL(path.join(ROOT, "dist", "main.js")).href;
    const [cli] = ownCli(main);
    expect(cli).toBe(path.join(ROOT, "dist", "cli.js"));
    const checked = await run(process.execPath, [cli ?? "", "content:check", path.join(ROOT, "intents")], {
      cwd: folder,
      env: { PATH: process.env.PATH ?? "/usr/bin:/bin" },
    });
    expect(checked.stdout).toContain("contenuti validi");
  });
});
