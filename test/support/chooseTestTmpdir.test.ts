import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { chooseTestTmpdir } from "./chooseTestTmpdir.ts";

const TMPFS = 0x01021994;
const EXT4 = 0xef53;
const GIB = 1024 ** 3;

describe("where a test run keeps its temporary folders", () => {
  const folders: string[] = [];
  const fakeShm = async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "conciliabot-shm-"));
    folders.push(dir);
    return dir;
  };
  afterAll(async () => {
    await Promise.all(folders.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it("keeps them in memory when /dev/shm is a tmpfs with room to spare", async () => {
    const shm = await fakeShm();
    const dir = chooseTestTmpdir({}, shm, () => ({ type: TMPFS, bavail: 8 * GIB, bsize: 1 }));
    expect(dir).toBe(path.join(shm, "conciliabot-tests"));
    expect(existsSync(path.join(shm, "conciliabot-tests"))).toBe(true);
  });

  it("leaves an explicit TMPDIR, a small /dev/shm (as in a default container) and a disk alone", async () => {
    const shm = await fakeShm();
    const roomy = () => ({ type: TMPFS, bavail: 8 * GIB, bsize: 1 });
    expect(chooseTestTmpdir({ TMPDIR: "/var/tmp" }, shm, roomy)).toBeUndefined();
    expect(
      chooseTestTmpdir({}, shm, () => ({ type: TMPFS, bavail: 64 * 1024 ** 2, bsize: 1 })),
    ).toBeUndefined();
    expect(chooseTestTmpdir({}, shm, () => ({ type: EXT4, bavail: 8 * GIB, bsize: 1 }))).toBeUndefined();
    expect(chooseTestTmpdir({}, path.join(shm, "missing"))).toBeUndefined();
    expect(existsSync(path.join(shm, "conciliabot-tests"))).toBe(false);
  });
});
