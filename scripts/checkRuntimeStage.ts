/**
 * `npm run check:runtime`: the Dockerfile's runtime stage reproduced without Docker. Reads the stage
 * from the Dockerfile (so the check cannot drift from it), installs into a temporary folder with the
 * stage's own `npm ci` line, copies what the stage copies from the build stage out of this checkout
 * (which must be installed and built, as the build stage is), starts the stage's CMD with its ENV
 * plus only what the README's `docker run` line adds (SECRET_KEY), and requires /readyz 200, a
 * staff login answered (argon2 loaded and working), and a clean exit on SIGTERM.
 */
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cp, mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { z } from "zod";
import { freePort } from "../test/support/freePort.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const READY_WITHIN_MS = 90_000;
const EXIT_WITHIN_MS = 15_000;

interface RuntimeStage {
  env: Record<string, string>;
  installs: string[];
  copies: { from: string; to: string }[];
  cmd: string[];
}

/** The instructions of the stage named `runtime`, continuation lines joined, comments dropped. */
function readRuntimeStage(dockerfile: string): RuntimeStage {
  const lines = dockerfile
    .replace(/\\\n/g, " ")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("#"));
  const start = lines.findIndex((line) => /^FROM\s+\S+\s+AS\s+runtime$/i.test(line));
  if (start < 0) throw new Error("Dockerfile: no stage `FROM … AS runtime`");
  const stage: RuntimeStage = { env: {}, installs: [], copies: [], cmd: [] };
  for (const line of lines.slice(start + 1)) {
    const [instruction = "", ...rest] = line.split(/\s+/);
    const args = rest.join(" ");
    switch (instruction.toUpperCase()) {
      case "FROM":
        return finish(stage);
      case "ENV":
        for (const pair of args.matchAll(/(\w+)=("[^"]*"|\S+)/g)) {
          stage.env[pair[1] ?? ""] = (pair[2] ?? "").replace(/^"|"$/g, "");
        }
        break;
      case "RUN":
        // Only the install matters here; `npm cache clean` and `chown` belong to the image.
        stage.installs.push(
          ...args
            .split("&&")
            .map((part) => part.trim())
            .filter((part) => part.startsWith("npm ci")),
        );
        break;
      case "COPY": {
        const parts = rest.filter((part) => !part.startsWith("--"));
        const to = parts.pop() ?? "";
        for (const from of parts) stage.copies.push({ from, to });
        break;
      }
      case "CMD":
        stage.cmd = z.array(z.string()).min(1).parse(JSON.parse(args));
        break;
    }
  }
  return finish(stage);
}

function finish(stage: RuntimeStage): RuntimeStage {
  if (stage.installs.length === 0) throw new Error("Dockerfile: the runtime stage runs no `npm ci`");
  if (stage.cmd.length === 0) throw new Error("Dockerfile: the runtime stage has no CMD [...]");
  return stage;
}

/** `/app/x` or `./x` in the image is `<folder>/x` here. */
function inFolder(folder: string, target: string, source: string): string {
  const relative = target.replace(/^\/app\/?/, "").replace(/^\.\/?/, "");
  return target.endsWith("/")
    ? path.join(folder, relative, path.basename(source))
    : path.join(folder, relative);
}

async function main(): Promise<void> {
  const stage = readRuntimeStage(await readFile(path.join(ROOT, "Dockerfile"), "utf8"));
  const folder = await mkdtemp(path.join("/tmp", "conciliabot-runtime-"));
  const keep = process.argv.includes("--keep");
  try {
    for (const { from, to } of stage.copies) {
      const target = inFolder(folder, to, from);
      await mkdir(path.dirname(target), { recursive: true });
      // The build stage works in /app, which is this checkout (built); it deletes its TypeScript
      // sources after the build, so none is taken from it here either.
      const fromBuild = /^\/app\//.test(from);
      await cp(path.join(ROOT, from.replace(/^\/app\/?/, "")), target, {
        recursive: true,
        filter: (file) => !(fromBuild && file.endsWith(".ts")),
      });
      console.log(`copied ${from} -> ${path.relative(folder, target) || "."}`);
    }
    for (const install of stage.installs) {
      console.log(`running: ${install}`);
      const result = spawnSync("sh", ["-c", install], { cwd: folder, stdio: "inherit" });
      if (result.status !== 0) throw new Error(`\`${install}\` exited with ${result.status}`);
    }

    const port = await freePort();
    const env = {
      PATH: process.env.PATH ?? "/usr/bin:/bin",
      HOME: folder,
      ...stage.env,
      // What the README's `docker run` line adds, and where this folder stands in for the volume.
      SECRET_KEY: randomBytes(32).toString("hex"),
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: path.join(folder, "data"),
    };
    const [command = "", ...args] = stage.cmd;
    console.log(`starting: ${stage.cmd.join(" ")} (NODE_ENV=${stage.env.NODE_ENV ?? "unset"})`);
    const child = spawn(command === "node" ? process.execPath : command, args, { cwd: folder, env });
    let output = "";
    child.stdout.on("data", (d: Buffer) => {
      output += d.toString();
    });
    child.stderr.on("data", (d: Buffer) => {
      output += d.toString();
    });
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on("exit", (code, signal) => resolve({ code, signal })),
    );
    let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
    void exited.then((value) => {
      exit = value;
    });

    const started = performance.now();
    const base = `http://127.0.0.1:${port}`;
    for (;;) {
      if (exit)
        throw new Error(`the service exited (${exit.signal ?? exit.code}) before /readyz:\n${output}`);
      const status = await fetch(`${base}/readyz`)
        .then((r) => r.status)
        .catch(() => 0);
      if (status === 200) break;
      if (performance.now() - started > READY_WITHIN_MS) {
        child.kill("SIGKILL");
        throw new Error(`/readyz not 200 within ${READY_WITHIN_MS / 1000} s:\n${output}`);
      }
      await sleep(100);
    }
    console.log(`/readyz 200 after ${((performance.now() - started) / 1000).toFixed(1)} s`);

    const login = await fetch(`${base}/console/api/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "nessuno@example.test", password: "una password qualsiasi" }),
    });
    if (login.status !== 401)
      throw new Error(`login of an unknown account answered ${login.status}, not 401`);
    console.log("login of an unknown account: 401 (password hashing works)");

    child.kill("SIGTERM");
    const result = await Promise.race([exited, sleep(EXIT_WITHIN_MS).then(() => undefined)]);
    if (!result) {
      child.kill("SIGKILL");
      throw new Error(`no exit within ${EXIT_WITHIN_MS / 1000} s of SIGTERM:\n${output}`);
    }
    if (result.code !== 0) throw new Error(`exit ${result.signal ?? result.code} after SIGTERM:\n${output}`);
    console.log("SIGTERM: exit 0");
    console.log("runtime stage: OK");
  } finally {
    if (keep) console.log(`kept ${folder}`);
    else await rm(folder, { recursive: true, force: true });
  }
}

await main();
