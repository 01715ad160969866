/** CSV for spreadsheets: RFC 4180 quoting, and cells neutralised against formula injection. */
export type CsvCell = string | number | null | undefined;

// Spreadsheets run a cell that starts with one of these as a formula (OWASP "CSV injection");
// candidate-typed text (sources, reasons, stage names) reaches exports, so none may start one.
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  // Numbers are our own figures; a negative one stays a number rather than gaining a quote.
  const text = typeof value === "number" ? (Number.isFinite(value) ? String(value) : "") : neutraliseCell(value);
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows joined with CRLF, as RFC 4180 asks, ending in one line break. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
