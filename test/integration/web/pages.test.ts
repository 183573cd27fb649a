import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFakeGateway } from "./support/createFakeGateway.ts";
import { startWebTestService, type WebTestService } from "./support/startWebTestService.ts";

describe(`the public web pages on ${process.env.TEST_DB}`, () => {
  let service: WebTestService;
  beforeAll(async () => {
    service = await startWebTestService(createFakeGateway(), { env: { SECRET_KEY: "p".repeat(40) } });
  });
  afterAll(async () => {
    await service?.stop();
  });

  const page = async (path: string) => {
    const res = await fetch(`${service.url}${path}`);
    return { res, html: await res.text() };
  };
  const assetUrls = (html: string) =>
    [...html.matchAll(/(?:src|href)="(\/static\/[^"]+)"/g)].map((m) => m[1] ?? "");

  it("serves the Italian chat page with the programme's header, a skip link, the mailbox and the privacy notice", async () => {
    const { res, html } = await page("/");
    expect(res.status).toBe(200);
    expect(html).toMatch(/<html lang="it">/);
    expect(html).toContain("Regione Lombardia — Conciliazione vita-lavoro");
    expect(html).toMatch(/<a class="visually-hidden-focusable" href="#chat">Vai alla chat<\/a>/);
    expect(html).toContain('href="mailto:conciliazione@regione.lombardia.it"');
    expect(html).toContain('href="/privacy"');
    expect(html).toMatch(/assistente automatico, non una persona/);
  });

  it("serves the English page at /en and at /?lang=en", async () => {
    for (const path of ["/en", "/?lang=en"]) {
      const { html } = await page(path);
      expect(html, path).toMatch(/<html lang="en">/);
      expect(html, path).toContain("Talk to Conciliabot");
    }
    expect((await page("/en/privacy")).html).toMatch(/<html lang="en">[\s\S]*Conciliabot privacy notice/);
    expect((await page("/privacy")).html).toMatch(
      /<html lang="it">[\s\S]*Informativa privacy di Conciliabot/,
    );
  });

  it("forbids inline scripts and foreign origins with a strict Content-Security-Policy", async () => {
    const { res, html } = await page("/");
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/\sstyle="/);
    expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
    expect(res.headers.get("cache-control")).toBe("no-store");
  });

  it("lets any site frame the embeddable chat, and only that page", async () => {
    const { res, html } = await page("/embed");
    expect(res.headers.get("content-security-policy")).toContain("frame-ancestors *");
    expect(res.headers.get("x-frame-options")).toBeNull();
    expect(html).toContain('id="webchat"');
  });

  it("serves Web Chat and Bootstrap Italia from this server under versioned, immutable URLs, compressed", async () => {
    const { html } = await page("/");
    const urls = assetUrls(html);
    expect(urls).toEqual(
      expect.arrayContaining([
        "/static/vendor/botframework-webchat@4.18.1/webchat.js",
        "/static/vendor/bootstrap-italia@2.18.3/css/bootstrap-italia.min.css",
      ]),
    );
    for (const url of urls) {
      const res = await fetch(`${service.url}${url}`, { headers: { "Accept-Encoding": "br, gzip" } });
      expect(res.status, url).toBe(200);
      expect(res.headers.get("cache-control"), url).toBe("public, max-age=31536000, immutable");
      const body = await res.arrayBuffer();
      if (url.includes("/vendor/") && /\.(js|css)$/.test(url)) {
        expect(res.headers.get("content-encoding"), url).toMatch(/^(br|gzip)$/);
        expect(body.byteLength, url).toBeGreaterThan(10_000);
      }
    }
    const bundle = `${service.url}/static/vendor/botframework-webchat@4.18.1/webchat.js`;
    const etag = (await fetch(bundle, { method: "HEAD" })).headers.get("etag") ?? "";
    expect(await statusOf(bundle, { "If-None-Match": etag })).toBe(304);
    expect((await fetch(`${service.url}/static/vendor/botframework-webchat@0.0.1/webchat.js`)).status).toBe(
      404,
    );
  });

  it("serves the embeddable snippet at a fixed address that browsers revalidate", async () => {
    const res = await fetch(`${service.url}/embed.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("javascript");
    expect(res.headers.get("cache-control")).toBe("public, max-age=3600");
    expect(await res.text()).toContain("/embed?lang=");
  });
});

/** A plain conditional GET (fetch would add "Cache-Control: no-cache", which forbids a 304). */
function statusOf(url: string, headers: Record<string, string>): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode));
    })
      .on("error", reject)
      .end();
  });
}
