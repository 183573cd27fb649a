import { describe, expect, it } from "vitest";
import { escapeHtml } from "../../src/console/pages/escapeHtml.ts";
import { html } from "../../src/console/pages/html.ts";
import { renderShell } from "../../src/console/pages/renderShell.ts";

describe("escaping in console pages", () => {
  it("turns markup into inert text", () => {
    expect(escapeHtml(`<script>alert("x")</script>`)).toBe(
      "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;",
    );
    expect(escapeHtml(`<img src=x onerror='alert(1)'>`)).toBe("&lt;img src=x onerror=&#39;alert(1)&#39;&gt;");
    expect(escapeHtml("a & b ` c")).toBe("a &amp; b &#96; c");
  });

  it("escapes every value put into a template, but not nested templates", () => {
    const name = `"><script>alert(1)</script>`;
    const out = html`<p title="${name}">${name}</p>${html`<b>ok</b>`}`.toString();
    expect(out).not.toContain("<script>");
    expect(out).toContain("&quot;&gt;&lt;script&gt;");
    expect(out).toContain("<b>ok</b>");
  });

  it("renders a staff member's name from the database and an ATS name from the content as text", () => {
    const page = renderShell({
      title: "Coda",
      page: "queue",
      section: "queue",
      staff: {
        id: "s1",
        email: "x@example.test",
        displayName: `<img src=x onerror="alert(1)">`,
        role: "operator",
        atsId: "ats_bergamo",
      },
      body: html`<p>ok</p>`,
      data: { id: `"><script>` },
      atsLabels: new Map([["ats_bergamo", `ATS "Bergamo" <b>`]]),
    });
    expect(page).toContain("· ATS &quot;Bergamo&quot; &lt;b&gt;</span>");
    expect(page).not.toContain("<b>");
    expect(page).not.toMatch(/<img src=x/);
    expect(page).not.toContain(`"><script>`);
    expect(page).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    expect(page).toMatch(/^<!doctype html>\n<html lang="it">/);
  });

  it("loads scripts only from files, never inline", () => {
    const page = renderShell({
      title: "Accesso",
      page: "login",
      section: "login",
      body: html`<p>x</p>`,
      atsLabels: new Map(),
    });
    expect(page.match(/<script[^>]*>/g)).toEqual([
      '<script type="module" src="/console/assets/js/login.js">',
    ]);
    expect(page).not.toMatch(/<script[^>]*>[^<]/);
    expect(page).not.toMatch(/ style=/);
  });
});
