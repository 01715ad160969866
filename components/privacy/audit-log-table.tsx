import { LocalTime } from "@/components/ui/local-time";
import type { AuditLogEntry } from "@/lib/services/audit-log";

/** Audit entries, newest first. Names and ids are rendered as text only. */
export function AuditLogTable({ entries }: { entries: AuditLogEntry[] }) {
  return (
    <table className="mt-6 w-full border-collapse text-sm">
      <caption className="mb-2 text-left text-slate-700">Audit log entries, newest first</caption>
      <thead>
        <tr className="border-b border-slate-300 text-left">
          <th scope="col" className="py-2 pr-3 font-medium">Time</th>
          <th scope="col" className="py-2 pr-3 font-medium">Actor</th>
          <th scope="col" className="py-2 pr-3 font-medium">Action</th>
          <th scope="col" className="py-2 pr-3 font-medium">Target</th>
          <th scope="col" className="py-2 pr-3 font-medium">Request id</th>
          <th scope="col" className="py-2 font-medium">IP</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id} className="border-b border-slate-200 align-top">
            <td className="py-2 pr-3 whitespace-nowrap">
              <LocalTime value={entry.at} />
            </td>
            <td className="py-2 pr-3">
              {entry.actorName}
              {entry.actorEmail ? <span className="block text-xs text-slate-600">{entry.actorEmail}</span> : null}
            </td>
            <th scope="row" className="py-2 pr-3 text-left font-mono font-normal">
              {entry.action}
            </th>
            <td className="py-2 pr-3">
              <span className="text-slate-600">{entry.targetType}</span>
              {entry.targetId ? <span className="block font-mono text-xs break-all">{entry.targetId}</span> : null}
            </td>
            <td className="py-2 pr-3 font-mono text-xs break-all">{entry.requestId ?? "—"}</td>
            <td className="py-2 font-mono text-xs">{entry.ipAddress ?? "—"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
