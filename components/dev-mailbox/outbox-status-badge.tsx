import type { OutboxStatus } from "@/lib/services/outbox";

const badges: Record<OutboxStatus, { label: string; className: string }> = {
  pending: { label: "Pending", className: "bg-amber-100 text-amber-900 ring-amber-300" },
  sent: { label: "Sent", className: "bg-emerald-100 text-emerald-900 ring-emerald-300" },
  dead: { label: "Dead", className: "bg-red-100 text-red-900 ring-red-300" },
  cancelled: { label: "Cancelled", className: "bg-slate-100 text-slate-800 ring-slate-300" },
};

/** The word carries the meaning; the colour only repeats it. */
export function OutboxStatusBadge({ status }: { status: OutboxStatus }) {
  const badge = badges[status];
  return <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${badge.className}`}>{badge.label}</span>;
}
