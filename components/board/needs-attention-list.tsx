import type { AttentionItem } from "@/lib/services/needs-attention";

const DAY_MS = 86_400_000;

/** Shown until the user asks for the rest: the board stays quick to render however long the list is. */
export const ATTENTION_ITEMS_SHOWN = 10;

interface Props {
  items: AttentionItem[];
  now: number;
  neverAnsweredDays: number;
  /** Every item, or the first ATTENTION_ITEMS_SHOWN with a link (`showAllHref`) to the rest. */
  showAll: boolean;
  showAllHref: string;
}

/**
 * The requisition's "needs attention" list: over a stage's target, or never answered. Plain links
 * (not next/link): a long list of client components would cost every board render.
 */
export function NeedsAttentionList({ items, now, neverAnsweredDays, showAll, showAllHref }: Props) {
  const shown = showAll ? items : items.slice(0, ATTENTION_ITEMS_SHOWN);
  return (
    <section aria-labelledby="needs-attention" className="mt-6 rounded-lg border border-amber-300 bg-amber-50 p-4">
      <h2 id="needs-attention" className="font-semibold">
        Needs attention <span className="font-normal text-slate-600">({items.length})</span>
      </h2>
      {items.length === 0 ? (
        <p className="mt-2 text-sm text-slate-700">Nobody is waiting longer than their stage’s target.</p>
      ) : (
        <ul className="mt-2 space-y-1 text-sm">
          {shown.map((item) => {
            const days = Math.floor((now - item.enteredAt.getTime()) / DAY_MS);
            return (
              <li key={item.applicationId}>
                <a href={`/dashboard/applications/${item.applicationId}`} className="text-brand-700 underline">
                  {item.candidateName}
                </a>{" "}
                —{" "}
                {item.why === "never-answered"
                  ? `never answered: ${days} days in ${item.stageName} (more than ${neverAnsweredDays})`
                  : `${days} days in ${item.stageName} (target ${item.targetDays})`}
              </li>
            );
          })}
        </ul>
      )}
      {shown.length < items.length ? (
        <p className="mt-2 text-sm">
          <a href={showAllHref} className="text-brand-700 underline">
            Show all {items.length} needing attention
          </a>
        </p>
      ) : null}
    </section>
  );
}
