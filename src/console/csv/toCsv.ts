import { csvCell } from "./csvCell.ts";

/**
 * A CSV document for Italian spreadsheets: semicolon separators, CRLF line ends and a UTF-8 byte
 * order mark so accented letters open correctly in Excel.
 */
export function toCsv(header: string[], rows: Array<Array<string | number | null | undefined>>): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(";"));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
