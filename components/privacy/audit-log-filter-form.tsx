const field = "mt-1 block rounded-md border border-slate-400 bg-white px-3 py-2 text-base";

export interface AuditLogFormValues {
  actor: string;
  action: string;
  target: string;
  from: string;
  to: string;
}

/** A GET form: the filter lives in the URL and works without JavaScript; what was typed is shown back, even when refused. */
export function AuditLogFilterForm({ values, error }: { values: AuditLogFormValues; error: string | null }) {
  return (
    <form method="get" action="/dashboard/audit" className="mt-4 flex flex-wrap items-end gap-4" aria-describedby={error ? "audit-filter-error" : undefined}>
      <div>
        <label htmlFor="audit-actor" className="block text-sm font-medium">
          Actor
        </label>
        <input id="audit-actor" name="actor" defaultValue={values.actor} placeholder="Name or email" className={field} />
      </div>
      <div>
        <label htmlFor="audit-action" className="block text-sm font-medium">
          Action
        </label>
        <input id="audit-action" name="action" defaultValue={values.action} placeholder="candidate.erase" className={field} />
      </div>
      <div>
        <label htmlFor="audit-target" className="block text-sm font-medium">
          Target
        </label>
        <input id="audit-target" name="target" defaultValue={values.target} placeholder="Target id" className={`${field} w-80`} />
      </div>
      <div>
        <label htmlFor="audit-from" className="block text-sm font-medium">
          From
        </label>
        <input id="audit-from" type="date" name="from" defaultValue={values.from} className={field} />
      </div>
      <div>
        <label htmlFor="audit-to" className="block text-sm font-medium">
          To
        </label>
        <input id="audit-to" type="date" name="to" defaultValue={values.to} className={field} />
      </div>
      <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-600">
        Filter
      </button>
      {error ? (
        <p id="audit-filter-error" role="alert" className="w-full text-sm text-red-700">
          {error} Showing the newest entries instead.
        </p>
      ) : null}
    </form>
  );
}
