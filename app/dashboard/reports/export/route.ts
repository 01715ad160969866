import { z } from "zod";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { parseReportFilter, reportTables } from "@/lib/domain/report-filter";
import { NotFoundError } from "@/lib/services/errors";
import { getReportCsv } from "@/lib/services/reports";

export const dynamic = "force-dynamic";

const tableSchema = z.enum(reportTables);

/** One report table as CSV, authorised by the same service as the page; always an attachment. */
export async function GET(request: Request) {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const { table, ...rest } = params;
  const parsedTable = tableSchema.safeParse(table);
  const parsedFilter = parseReportFilter(rest);
  if (!parsedTable.success || !parsedFilter.ok) {
    return new Response(parsedFilter.ok ? "Choose one of the report tables." : parsedFilter.error, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  try {
    const csv = await getReportCsv(await getCurrentActor(), parsedTable.data, parsedFilter.filter);
    const { from, to } = parsedFilter.filter;
    // Only our own characters reach the filename: a table name and validated dates.
    const filename = `shortlist-${parsedTable.data}-${from ?? "start"}-to-${to ?? "today"}.csv`;
    // The byte-order mark lets spreadsheet programs read the UTF-8 (stage names, "→") correctly.
    return new Response(`\uFEFF${csv}`, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${filename}"`,
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return new Response("Not found", { status: 404 });
    throw error;
  }
}
