import type { DuplicateCandidate } from "@/lib/services/candidate-merge";
import { MergeForm } from "./merge-form";

const matchLabels = { phone: "same phone number", linkedin: "same LinkedIn profile" } as const;

/** Shown to admins and recruiters only (the service returns nothing to anyone else). */
export function DuplicateCandidates({ candidateId, duplicates }: { candidateId: string; duplicates: DuplicateCandidate[] }) {
  if (duplicates.length === 0) return null;
  return (
    <section aria-labelledby="duplicates" className="rounded-lg border border-amber-300 bg-amber-50 p-5 text-sm">
      <h2 id="duplicates" className="font-semibold">
        Possible duplicate
      </h2>
      <ul className="mt-2 space-y-4">
        {duplicates.map((d) => (
          <li key={d.candidateId}>
            <p>
              <strong>{d.name}</strong> ({d.email}) — {d.matchedOn.map((m) => matchLabels[m]).join(" and ")}.
            </p>
            <MergeForm keepCandidateId={candidateId} mergeCandidateId={d.candidateId} mergeName={d.name} />
          </li>
        ))}
      </ul>
    </section>
  );
}
