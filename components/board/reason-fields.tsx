import type { RejectionReasonView } from "./board-types";

const kindLabels = { we_rejected: "We rejected them", they_withdrew: "They withdrew" } as const;

interface Props {
  idPrefix: string;
  reasons: RejectionReasonView[];
  fieldError?: string;
  /** What a form refused with an error still holds, or a sensible preselection. */
  defaultReasonId?: string;
  defaultNote?: string;
  emailLabel?: string;
}

/**
 * Reason, optional note and the email choice: shared by the reject dialog, the board's no-JS form
 * and the rejection of the candidates left when a requisition is filled.
 */
export function ReasonFields({
  idPrefix,
  reasons,
  fieldError,
  defaultReasonId = "",
  defaultNote,
  emailLabel = "Email the candidate (sent after a delay, so it can be undone)",
}: Props) {
  const errorId = `${idPrefix}-reason-error`;
  return (
    <>
      <div>
        <label htmlFor={`${idPrefix}-reason`} className="block text-sm font-medium">
          Reason
        </label>
        <select
          id={`${idPrefix}-reason`}
          name="reasonId"
          required
          defaultValue={defaultReasonId}
          aria-describedby={fieldError ? errorId : undefined}
          className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-2 py-1.5"
        >
          <option value="" disabled>
            Choose a reason
          </option>
          {(["we_rejected", "they_withdrew"] as const).map((kind) => (
            <optgroup key={kind} label={kindLabels[kind]}>
              {reasons
                .filter((r) => r.kind === kind)
                .map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.label}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
        {fieldError ? (
          <p id={errorId} className="mt-1 text-sm text-red-800">
            {fieldError}
          </p>
        ) : null}
      </div>
      <div>
        <label htmlFor={`${idPrefix}-note`} className="block text-sm font-medium">
          Note <span className="font-normal text-slate-500">(optional, internal)</span>
        </label>
        <textarea id={`${idPrefix}-note`} name="note" rows={2} maxLength={500} defaultValue={defaultNote} className="mt-1 block w-full rounded-md border border-slate-400 px-2 py-1.5" />
      </div>
      <div className="flex items-center gap-2">
        <input id={`${idPrefix}-email`} type="checkbox" name="sendEmail" defaultChecked />
        <label htmlFor={`${idPrefix}-email`} className="text-sm">
          {emailLabel}
        </label>
      </div>
    </>
  );
}
