import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Content } from "../../src/content/Content.ts";
import type { ProvinceCode } from "../../src/content/ids.ts";
import { realContent, SEED_FILE } from "./contentFixture.ts";

const content: Content = await realContent();
const { facts } = content;

describe("every number in the seed is in the loaded content", () => {
  it("2014-2016: over 300 projects, 56% care and socio-educational", () => {
    expect(facts.results_2014_2016.projects).toMatchObject({ value: 300, qualifier: "more_than" });
    expect(facts.results_2014_2016.care_socio_educational_percent.value).toBe(56);
  });

  it("2014-2016: 15 networks, 63 local alliances, 1104 member bodies", () => {
    expect(facts.results_2014_2016.networks.value).toBe(15);
    expect(facts.results_2014_2016.local_alliances.value).toBe(63);
    expect(facts.results_2014_2016.member_bodies.value).toBe(1104);
  });

  it("2017-2018: the 15 networks became 8 under LR 23/2015", () => {
    expect(facts.model_2017_2018.networks_before.value).toBe(15);
    expect(facts.model_2017_2018.networks_after.value).toBe(8);
    expect(facts.model_2017_2018.law.value).toBe("LR 23/2015");
    expect(content.networks.networks).toHaveLength(8);
  });

  it("2017-2018: 3.5 million euros of regional budget", () => {
    expect(facts.model_2017_2018.regional_budget.value.cents).toBe(350_000_000);
  });

  it("2017-2018: 44 projects by local alliances plus 8 system actions, one per ATS", () => {
    expect(facts.model_2017_2018.alliance_projects.value).toBe(44);
    expect(facts.model_2017_2018.system_actions.value).toBe(8);
  });

  it("2017-2018: start in July 2017 (month only) and every activity ends by 15 January 2019", () => {
    expect(facts.model_2017_2018.start.text).toMatchObject({ iso: "2017-07-01", precision: "month" });
    expect(facts.model_2017_2018.end.text).toMatchObject({ iso: "2019-01-15", precision: "day" });
    const period = content.periods.periods.find((p) => p.id === "p2017_2018");
    expect(period?.start).toMatchObject({ date: "2017-07-01", precision: "month" });
    expect(period?.end?.date).toBe("2019-01-15");
  });

  it("POR FSE notice: 10 March 2017, Asse II, public-private partnership", () => {
    expect(facts.por_fse_notice.date.text.iso).toBe("2017-03-10");
    expect(facts.por_fse_notice.fund.text).toContain("Asse II");
    expect(facts.por_fse_notice.partnership.text).toBe("partenariato pubblico-privato");
  });

  it("POR FSE notice: grant at most 80% of the eligible cost and never above 100,000.00 euros", () => {
    expect(facts.por_fse_notice.max_share_percent.value).toBe(80);
    expect(facts.por_fse_notice.max_grant.value.cents).toBe(10_000_000);
  });

  it("decree n. 7132 of 15 June 2017: 54 admitted, 26 funded, 2,466,804.74 euros", () => {
    expect(facts.decree.number.value).toBe(7132);
    expect(facts.decree.date.text.iso).toBe("2017-06-15");
    expect(facts.decree.admitted.value).toBe(54);
    expect(facts.decree.funded.value).toBe(26);
    expect(facts.decree.total.value.cents).toBe(246_680_474);
    expect(facts.decree.table.total).toMatchObject({ projects: 26, amount: { cents: 246_680_474 } });
  });

  const table: [ProvinceCode, number, number][] = [
    ["BG", 1, 9_997_800],
    ["BS", 5, 42_743_827],
    ["CO", 0, 0],
    ["CR", 2, 19_999_998],
    ["LC", 1, 9_999_900],
    ["LO", 1, 9_965_736],
    ["MN", 3, 28_809_003],
    ["MI", 5, 49_599_508],
    ["MB", 1, 9_723_272],
    ["PV", 2, 19_999_900],
    ["SO", 1, 9_990_000],
    ["VA", 4, 35_851_530],
  ];
  it.each(table)("the POR FSE table gives %s %i projects and %i cents", (province, projects, cents) => {
    const row = facts.decree.table.rows.find((r) => r.province === province);
    expect(row).toMatchObject({ projects, cents });
  });

  it("keeps Monza e Brianza as printed ('97.232.72') with its correction 97.232,72 and a note", () => {
    const row = facts.decree.table.rows.find((r) => r.province === "MB");
    expect(row).toMatchObject({ printed: "97.232.72", corrected: true, euros: 97232.72 });
    expect(row?.correction?.amount).toBe("97.232,72");
    expect(row?.correction?.note).toMatch(/2\.466\.804,74/);
    expect(facts.decree.table.rows.filter((r) => r.corrected)).toHaveLength(1);
  });

  it("has the twelve funded actions, four of them also fundable by POR FSE", () => {
    expect(content.actions.actions).toHaveLength(12);
    expect(content.actions.actions.filter((a) => a.por_fse).map((a) => a.id)).toEqual([
      "family.childcare_voucher",
      "family.pre_post_school",
      "family.school_closure_camps",
      "family.sport_culture_leisure",
    ]);
  });

  it("limits time saving to firms with at most three workers, as the seed says", () => {
    const timeSaving = content.actions.actions.find((a) => a.id === "firm.time_saving");
    expect(timeSaving?.criteria.max_workers).toBe(3);
    expect(timeSaving?.criteria_sources.max_workers).toEqual({ quote: "con massimo tre occupati" });
    expect(timeSaving?.criteria.sectors).toEqual(["commercial", "artisan"]);
  });

  it("states no age limit as a rule: ages are interpretations, said as 'di solito…, conferma con la tua ATS'", () => {
    for (const action of content.actions.actions) {
      const age = action.criteria.children_age;
      if (age) expect(age, action.id).toEqual({ min: 0, below: 18 });
      const typical = action.criteria_sources.typical_children_age;
      if (typical) {
        expect("interpretation" in typical, action.id).toBe(true);
        if ("interpretation" in typical) {
          expect(typical.shown.it).toMatch(/^Di solito .*conferma con la tua ATS\.$/);
          expect(typical.shown.en).toMatch(/usually .*check with your ATS\.$/);
        }
      }
    }
  });

  it("gives every criterion of every action a source", () => {
    for (const action of content.actions.actions) {
      expect(Object.keys(action.criteria_sources).sort(), action.id).toEqual(
        Object.keys(action.criteria).sort(),
      );
    }
  });

  it("names the programme mailbox from the seed", () => {
    expect(facts.mailbox).toBe("conciliazione@regione.lombardia.it");
  });

  it("records the three communication novelties", () => {
    expect(facts.communication.items.map((i) => i.it)).toEqual([
      "una campagna stampa dedicata",
      "lanci sui social media",
      "la creazione di un brand regionale",
    ]);
  });
});

describe.skipIf(!existsSync(SEED_FILE))("sources", () => {
  const squash = (text: string) => text.replace(/\s+/g, " ").trim();
  const seed = existsSync(SEED_FILE) ? squash(readFileSync(SEED_FILE, "utf8")) : "";

  function sourcesIn(value: unknown, found: string[] = []): string[] {
    if (Array.isArray(value)) for (const item of value) sourcesIn(item, found);
    else if (value !== null && typeof value === "object") {
      for (const [key, inner] of Object.entries(value)) {
        if (
          (key === "source" || key === "title_source" || key === "mailbox_source" || key === "quote") &&
          typeof inner === "string"
        ) {
          found.push(inner);
        } else sourcesIn(inner, found);
      }
    }
    return found;
  }

  it("names every part of the document by its heading, word for word", () => {
    const missing = content.document.sections.filter((s) => !seed.includes(squash(s.heading)));
    expect(missing).toEqual([]);
  });

  it("quotes the seed word for word in every fact, action, criterion and period", () => {
    const quotes = [
      ...sourcesIn(content.facts),
      ...sourcesIn(content.actions),
      ...sourcesIn(content.periods),
      content.networks.source,
    ];
    expect(quotes.length).toBeGreaterThan(60);
    const missing = quotes.filter((quote) => !seed.includes(squash(quote)));
    expect(missing).toEqual([]);
  });
});
