/**
 * What every figure on the reports page means, shown as its footnote and kept next to the SQL
 * that computes it (lib/services/reports-*.ts). Change both together.
 */
export const reportDefinitions = {
  cohort:
    "Every report counts the applications received between the chosen dates (inclusive, UTC), whatever happened to them later. Figures come from the stage history.",
  reached:
    "Reached: applications that were moved into the stage at least once, or are in it now. Each application counts once per stage, however often it moved back and forth or was re-opened.",
  conversion: "Conversion: applications that reached this stage as a share of those that reached the stage before it.",
  left:
    "Left from here: applications that are closed now (in a rejected stage), by the stage they were in when they were last closed. Withdrew: the candidate withdrew or the reason given is of the kind “they withdrew”; rejected: every other closure. Re-opened applications that are active again do not count.",
  timeInStage:
    "Days in stage: for each application, the time from entering the stage to leaving it, added up over every visit; an application still in the stage counts up to now. Median and 90th percentile (interpolated) over the applications that were ever in the stage. Active stages only.",
  overTarget: "Over target: applications in the stage now (withdrawn ones excepted) that entered it longer ago than the stage’s target days.",
  timeToHireApplication:
    "Application → hired: days from the application to its first move into a hired stage, for applications that are hired now. Median, shortest and longest.",
  timeToHireRequisition:
    "Requisition opened → hired: days from the requisition’s opening (its first change to open, or its publication date if earlier) to the hire, for the same applications.",
  sources:
    "Source: what the candidate told us when applying; applications without one show as “Direct”. Advanced: applications that reached any stage after their requisition’s first one (rejected stages excepted). Hired: applications in a hired stage now.",
  rejectionReasons:
    "Closed applications (in a rejected stage now) by the reason and stage of their last closure. Withdrawals by the candidate carry no configured reason and show as “Withdrawn by the candidate”.",
} as const;

export const timeToHireLabels = { application: "Application → hired", requisition: "Requisition opened → hired" } as const;
export const rejectionKindLabels = { we_rejected: "We rejected them", they_withdrew: "They withdrew" } as const;

export type ReportDefinitionKey = keyof typeof reportDefinitions;

/** A share as a whole percentage, or null when there is nothing to divide by. */
export function percentage(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 100) : null;
}

/** Days to one decimal, for tables and CSV alike. */
export function roundDays(days: number | null): number | null {
  return days === null ? null : Math.round(days * 10) / 10;
}
