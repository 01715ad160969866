import type { PlanQualification } from "@/lib/domain/interview-plan-types";

/**
 * Whether every required qualification is assessed by some interview. One live region whose text
 * changes after each save, so the warning is announced when an edit leaves a qualification uncovered.
 */
export function CoverageNotice({ uncovered }: { uncovered: PlanQualification[] }) {
  const warn = uncovered.length > 0;
  return (
    <div
      role="status"
      className={`rounded-md border px-4 py-3 text-sm ${warn ? "border-amber-400 bg-amber-50 text-amber-950" : "border-green-300 bg-green-50 text-green-900"}`}
    >
      {warn ? (
        <>
          <p className="font-semibold">Not covered by any interview:</p>
          <ul className="mt-1 list-disc pl-5">
            {uncovered.map((q) => (
              <li key={q.id}>{q.text}</li>
            ))}
          </ul>
          <p className="mt-2">Tick each of these required qualifications in at least one interview, so someone assesses it.</p>
        </>
      ) : (
        <p>Every required qualification is covered by at least one interview.</p>
      )}
    </div>
  );
}
