import type { Metadata } from "next";
import Link from "next/link";
import { AuditLogFilterForm, type AuditLogFormValues } from "@/components/privacy/audit-log-filter-form";
import { AuditLogTable } from "@/components/privacy/audit-log-table";
import { orNotFound } from "@/lib/app/or-not-found";
import { requireUser } from "@/lib/auth/current-actor";
import { auditLogHref, emptyAuditLogFilter, parseAuditLogFilter } from "@/lib/domain/audit-log-filter";
import { listAuditLog } from "@/lib/services/audit-log";

export const metadata: Metadata = { title: "Audit log" };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** Every change and every read of sensitive data, for admins (docs/privacy.md); the filter is the URL. */
export default async function AuditLogPage({ searchParams }: Props) {
  const actor = await requireUser();
  const params = await searchParams;
  const parsed = parseAuditLogFilter(params);
  const filter = parsed.ok ? parsed.filter : emptyAuditLogFilter;
  const page = await orNotFound(listAuditLog(actor, filter));
  const typed = (name: string) => {
    const value = params[name];
    return (Array.isArray(value) ? value[0] : value) ?? "";
  };
  const values: AuditLogFormValues = { actor: typed("actor"), action: typed("action"), target: typed("target"), from: typed("from"), to: typed("to") };
  return (
    <>
      <h1 className="text-2xl font-semibold">Audit log</h1>
      <AuditLogFilterForm values={values} error={parsed.ok ? null : parsed.error} />
      {page.entries.length === 0 ? <p className="mt-6 text-slate-600">No entries match this filter.</p> : <AuditLogTable entries={page.entries} />}
      <nav aria-label="Audit log pages" className="mt-4 flex gap-4 text-sm">
        {filter.before ? (
          <Link href={auditLogHref({ ...filter, before: null }, null)} className="text-brand-700 hover:underline">
            Newest entries
          </Link>
        ) : null}
        {page.older ? (
          <Link href={auditLogHref(filter, page.older)} className="text-brand-700 hover:underline">
            Older entries
          </Link>
        ) : null}
      </nav>
    </>
  );
}
