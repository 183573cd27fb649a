import { describe, expect, it } from "vitest";
import { csvCell } from "../../src/console/csv/csvCell.ts";
import { toCsv } from "../../src/console/csv/toCsv.ts";

describe("the CSV export", () => {
  it("neutralises values a spreadsheet would run as formulas", () => {
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csvCell("+39 02 1234")).toBe(`"'+39 02 1234"`);
    expect(csvCell("-1+1")).toBe(`"'-1+1"`);
    expect(csvCell("@SUM(A1)")).toBe(`"'@SUM(A1)"`);
    expect(csvCell("\tcmd")).toBe(`"'\tcmd"`);
    expect(csvCell("  =1+1")).toBe(`"'  =1+1"`);
  });

  it("keeps ordinary text, numbers and empty values as they are", () => {
    expect(csvCell("Mario Rossi")).toBe(`"Mario Rossi"`);
    expect(csvCell(12)).toBe(`"12"`);
    expect(csvCell(null)).toBe(`""`);
    expect(csvCell('Via "Roma"; 1')).toBe(`"Via ""Roma""; 1"`);
  });

  it("writes semicolon-separated lines with CRLF and a BOM, for Italian spreadsheets", () => {
    const csv = toCsv(["Riferimento", "Città"], [["CVL-2026-ABCDE", "Città di Castello"]]);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.slice(1)).toBe(`"Riferimento";"Città"\r\n"CVL-2026-ABCDE";"Città di Castello"\r\n`);
  });

  it("keeps a line break inside a field within its quotes", () => {
    expect(csvCell("riga 1\nriga 2")).toBe(`"riga 1\nriga 2"`);
  });
});
