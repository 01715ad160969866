import Link from "next/link";

interface Props {
  stageName: string;
  previousId: string | null;
  nextId: string | null;
}

const linkClass = "rounded-md border border-slate-400 px-3 py-1.5 text-sm";

function Step({ id, label }: { id: string | null; label: string }) {
  if (id) {
    return (
      <Link href={`/dashboard/applications/${id}`} className={`${linkClass} text-brand-700 hover:bg-slate-50`}>
        {label}
      </Link>
    );
  }
  // A link with nowhere to go: still announced, as disabled, so the pair keeps its place.
  return (
    <a role="link" aria-disabled="true" className={`${linkClass} cursor-not-allowed text-slate-400`}>
      {label}
    </a>
  );
}

/** Steps through the stage in the board's default order, so reviewers need not go back to the board. */
export function StageNeighbours({ stageName, previousId, nextId }: Props) {
  return (
    <nav aria-label={`Candidates in ${stageName}`} className="flex gap-2">
      <Step id={previousId} label="Previous candidate" />
      <Step id={nextId} label="Next candidate" />
    </nav>
  );
}
