/**
 * One CSV field, always quoted. A value that a spreadsheet would run as a formula (=, +, -, @, tab,
 * carriage return at the start) gets a leading apostrophe: users write what they like into forms,
 * and staff open the export in Excel or LibreOffice.
 */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(text) || /^\s+[=+\-@]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}
