import type { HighlightFragment } from "@/lib/domain/search-highlight";

/** Search matches in candidate text, as React text in <mark>: the text itself is never parsed as HTML. */
export function HighlightedText({ fragments }: { fragments: readonly HighlightFragment[] }) {
  return (
    <>
      {fragments.map((fragment, i) =>
        fragment.match ? (
          <mark key={i} className="rounded-sm bg-amber-200 px-0.5 text-inherit">
            {fragment.text}
          </mark>
        ) : (
          <span key={i}>{fragment.text}</span>
        ),
      )}
    </>
  );
}
