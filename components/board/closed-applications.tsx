import Link from "next/link";
import { LocalTime } from "@/components/ui/local-time";

interface ClosedRow {
  id: string;
  candidateName: string;
  stage: string;
  withdrawn: boolean;
  at: Date;
}

/** Hired, rejected and withdrawn applications: off the board but one click away. */
export function ClosedApplications({ rows, boardHref }: { rows: ClosedRow[]; boardHref: string }) {
  return (
    <section aria-labelledby="closed-heading" className="mt-6">
      <h2 id="closed-heading" className="text-lg font-semibold">
        Hired, rejected and withdrawn
      </h2>
      <p className="mt-1 text-sm">
        <Link href={boardHref} className="text-brand-700 underline">
          Back to the board
        </Link>
      </p>
      {rows.length === 0 ? (
        <p className="mt-3 text-slate-600">None yet.</p>
      ) : (
        <table className="mt-3 w-full max-w-3xl text-left text-sm">
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-2">Candidate</th>
              <th scope="col">Outcome</th>
              <th scope="col">Since</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="border-b border-slate-200">
                <td className="py-2">
                  <Link href={`/dashboard/applications/${row.id}`} className="text-brand-700 underline">
                    {row.candidateName}
                  </Link>
                </td>
                <td>{row.withdrawn ? `Withdrew (${row.stage})` : row.stage}</td>
                <td>
                  <LocalTime value={row.at} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
