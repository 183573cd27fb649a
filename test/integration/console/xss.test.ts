import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHANNELS } from "../../../src/content/ids.ts";
import { type ConsoleHarness, signIn, startConsoleHarness } from "./support/consoleHarness.ts";
import { escalate, say } from "./support/escalate.ts";
import type { StaffClient } from "./support/StaffClient.ts";

const PAYLOADS = [`<script>window.__xss = 1</script>`, `<img src=x onerror="window.__xss = 1">`];

describe(`hostile text written by users on ${process.env.TEST_DB}`, () => {
  let h: ConsoleHarness;
  let asAdmin: StaffClient;
  const conversations: string[] = [];

  beforeAll(async () => {
    h = await startConsoleHarness();
    asAdmin = await signIn(h, "admin");
    for (const channel of CHANNELS) {
      const key = `xss-${channel}`;
      const { conversationId } = await escalate(h, key, { atsId: "ats_montagna", province: "SO" }, channel);
      conversations.push(conversationId);
      for (const payload of PAYLOADS) await say(h, key, payload, channel);
    }
  });
  afterAll(async () => {
    await h?.dispose();
  });

  it("reaches the console API from every channel as JSON data, byte for byte, never as a page", async () => {
    for (const id of conversations) {
      const res = await asAdmin.fetch(`/console/api/conversations/${id}`);
      expect(res.headers.get("content-type")).toMatch(/^application\/json/);
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      const body: unknown = await res.json();
      const texts = JSON.stringify(body);
      for (const payload of PAYLOADS) expect(texts).toContain(JSON.stringify(payload).slice(1, -1));
    }
  });

  it("never appears in the console's HTML: pages carry no user text, and the script is a file", async () => {
    const pages = [
      "/console",
      "/console/dashboard",
      "/console/submissions",
      ...conversations.map((id) => `/console/conversations/${id}`),
    ];
    for (const path of pages) {
      const res = await asAdmin.fetch(path);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-security-policy")).toContain("script-src 'self'");
      const page = await res.text();
      expect(page).not.toContain("window.__xss");
      expect(page).not.toMatch(/<script>(?!<\/script>)/);
      expect(page).not.toContain("onerror");
    }
  });

  it("lists the payloads among unanswered questions as text for supervisors, not as markup", async () => {
    const res = await asAdmin.json("/console/api/dashboard/unanswered");
    const items = JSON.stringify(res.body);
    expect(items).toContain(JSON.stringify(PAYLOADS[0]).slice(1, -1));
  });

  it("forbids inline scripts and framing in every console response", async () => {
    const res = await asAdmin.fetch("/console");
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
  });
});
