import type { ReportCell } from "@/lib/domain/eeo-suppression";
import type { SelfIdentificationReport } from "@/lib/services/self-identification-report";

function Cell({ cell }: { cell: ReportCell }) {
  if (cell.kind === "count") return <>{cell.value}</>;
  return <span className="text-slate-600">{cell.kind === "fewer-than-5" ? "Fewer than 5" : "Suppressed"}</span>;
}

/** One table per requisition and question: stages down, answers across. */
export function SelfIdentificationTables({ report }: { report: SelfIdentificationReport }) {
  return (
    <>
      {report.requisitions.map((requisition) => (
        <section key={requisition.requisitionId} aria-labelledby={`eeo-${requisition.requisitionId}`} className="mt-8">
          <h2 id={`eeo-${requisition.requisitionId}`} className="text-xl font-semibold">
            {requisition.title}
          </h2>
          {report.questions.map((question, q) => (
            <div key={question.key} className="mt-4 overflow-x-auto">
              <table className="w-full border-collapse text-sm">
                <caption className="mb-1 text-left font-medium">
                  {question.label} — {requisition.title}
                </caption>
                <thead>
                  <tr className="border-b border-slate-300 text-left align-bottom">
                    <th scope="col" className="py-2 pr-3 font-medium">Stage</th>
                    <th scope="col" className="py-2 pr-3 text-right font-medium">Applications</th>
                    {question.options.map((option) => (
                      <th key={option} scope="col" className="py-2 pr-3 text-right font-medium">
                        {option}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {requisition.stages.map((stage) => (
                    <tr key={stage.stageId} className="border-b border-slate-200">
                      <th scope="row" className="py-2 pr-3 text-left font-normal">
                        {stage.stageName}
                      </th>
                      <td className="py-2 pr-3 text-right whitespace-nowrap tabular-nums">
                        <Cell cell={stage.total} />
                      </td>
                      {(stage.questions[q]?.cells ?? []).map((cell, i) => (
                        <td key={question.options[i]} className="py-2 pr-3 text-right whitespace-nowrap tabular-nums">
                          <Cell cell={cell} />
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ))}
        </section>
      ))}
    </>
  );
}
