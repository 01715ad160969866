import type { ReactNode } from "react";

/**
 * One report: its table, the chart beside it, the definitions of its figures as numbered
 * footnotes, and the CSV link. Light only, like the rest of the app (globals.css: color-scheme: light).
 */
export function ReportSection({
  id,
  title,
  exportHref,
  chart,
  footnotes,
  children,
}: {
  id: string;
  title: string;
  exportHref: string;
  chart: ReactNode;
  footnotes: readonly string[];
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-8 rounded-lg border border-slate-200 bg-white p-5 text-slate-900">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h2 id={`${id}-heading`} className="text-lg font-semibold">
          {title}
        </h2>
        <a href={exportHref} download aria-label={`Export CSV: ${title}`} className="text-sm text-brand-700 underline">
          Export CSV
        </a>
      </div>
      <div className="mt-4 grid gap-6 lg:grid-cols-2">
        <div className="overflow-x-auto">{children}</div>
        <div>{chart}</div>
      </div>
      <ol aria-label={`Definitions for ${title}`} className="mt-4 list-decimal space-y-1 pl-5 text-sm text-slate-600">
        {footnotes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ol>
    </section>
  );
}

const cell = "border-b border-slate-200 px-2 py-1";

/** A report table: caption, column headers with scope, the first cell of each row a row header. */
export function ReportTable({ caption, columns, rows, empty }: { caption: string; columns: readonly string[]; rows: readonly (readonly ReactNode[])[]; empty: string }) {
  if (rows.length === 0) return <p className="text-sm text-slate-600">{empty}</p>;
  return (
    <table className="w-full text-sm">
      <caption className="mb-2 text-left text-slate-600">{caption}</caption>
      <thead>
        <tr>
          {columns.map((column, i) => (
            <th key={column} scope="col" className={`${cell} font-medium ${i === 0 ? "text-left" : "text-right"}`}>
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, r) => (
          <tr key={r}>
            {row.map((value, i) =>
              i === 0 ? (
                <th key={i} scope="row" className={`${cell} text-left font-normal`}>
                  {value}
                </th>
              ) : (
                <td key={i} className={`${cell} text-right tabular-nums`}>
                  {value ?? "–"}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
