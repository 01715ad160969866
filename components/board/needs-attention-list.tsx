import Link from "next/link";
import type { AttentionItem } from "@/lib/services/needs-attention";

const DAY_MS = 86_400_000;

/** The requisition's "needs attention" list: over a stage's target, or never answered. */
export function NeedsAttentionList({ items, now, neverAnsweredDays }: { items: AttentionItem[]; now: number; neverAnsweredDays: number }) {
  return (
    <section aria-labelledby="needs-attention" className="mt-6 rounded-lg border border-amber-300 bg-amber-50 p-4">
      <h2 id="needs-attention" className="font-semibold">
        Needs attention <span className="font-normal text-slate-600">({items.length})</span>
      </h2>
      {items.length === 0 ? (
        <p className="mt-2 text-sm text-slate-700">Nobody is waiting longer than their stage’s target.</p>
      ) : (
        <ul className="mt-2 space-y-1 text-sm">
          {items.map((item) => {
            const days = Math.floor((now - item.enteredAt.getTime()) / DAY_MS);
            return (
              <li key={item.applicationId}>
                <Link href={`/dashboard/applications/${item.applicationId}`} className="text-brand-700 underline">
                  {item.candidateName}
                </Link>{" "}
                —{" "}
                {item.why === "never-answered"
                  ? `never answered: ${days} days in ${item.stageName} (more than ${neverAnsweredDays})`
                  : `${days} days in ${item.stageName} (target ${item.targetDays})`}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
