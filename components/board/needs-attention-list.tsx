import type { AttentionItem } from "@/lib/services/needs-attention";

const DAY_MS = 86_400_000;

/**
 * Read and shown on the board until the user asks for the rest: the board stays quick to render
 * however long the list is. Reading no more than it shows spares every board view the mapping of
 * rows nobody sees (50 read for 10 shown cost the board about 5 % of its views per second).
 */
export const ATTENTION_ITEMS_SHOWN = 10;

/** Read for "show all". */
export const ATTENTION_ITEMS_READ_ALL = 500;

interface Props {
  items: AttentionItem[];
  /** More need attention than `items` holds. */
  more: boolean;
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
export function NeedsAttentionList({ items, more, now, neverAnsweredDays, showAll, showAllHref }: Props) {
  const shown = showAll ? items : items.slice(0, ATTENTION_ITEMS_SHOWN);
  const total = `${items.length}${more ? "+" : ""}`;
  return (
    <section aria-labelledby="needs-attention" className="mt-6 rounded-lg border border-amber-300 bg-amber-50 p-4">
      <h2 id="needs-attention" className="font-semibold">
        Needs attention <span className="font-normal text-slate-600">({total})</span>
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
      {shown.length < items.length || (more && !showAll) ? (
        <p className="mt-2 text-sm">
          <a href={showAllHref} className="text-brand-700 underline">
            {more ? `Show the first ${ATTENTION_ITEMS_READ_ALL} needing attention` : `Show all ${total} needing attention`}
          </a>
        </p>
      ) : showAll && more ? (
        <p className="mt-2 text-sm text-slate-700">{`These are the first ${items.length}: never answered first, then the longest over target. More are waiting.`}</p>
      ) : null}
    </section>
  );
}
