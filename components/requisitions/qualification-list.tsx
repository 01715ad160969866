import type { DraftQualification } from "@/lib/domain/requisition-draft";
import type { QualificationKind } from "@/lib/domain/requisition-types";

interface Props {
  kind: QualificationKind;
  rows: (DraftQualification & { index: number })[];
  warnings?: string[];
  fieldErrors: Record<string, string[] | undefined>;
  revision: number;
}

const titles = { required: "Required qualifications", preferred: "Preferred qualifications" } as const;
const singular = { required: "Required qualification", preferred: "Preferred qualification" } as const;
const other = { required: "preferred", preferred: "required" } as const;

/**
 * One of the two qualification lists. Every button is a submit button carrying an intent, so the
 * list can be rearranged without JavaScript; the server action returns the rearranged draft.
 */
export function QualificationList({ kind, rows, fieldErrors, revision }: Props) {
  return (
    <fieldset className="rounded-lg border border-slate-300 p-4">
      <legend className="px-1 text-base font-semibold">{titles[kind]}</legend>
      {rows.length === 0 ? <p className="text-sm text-slate-600">None yet.</p> : null}
      <ol className="space-y-3">
        {rows.map((row, position) => {
          const id = `qualification-${row.index}`;
          const label = `${singular[kind]} ${position + 1}`;
          const errors = fieldErrors[`qualifications.${row.index}`];
          return (
            <li key={`${revision}-${row.index}`} className="rounded-md bg-slate-50 p-3">
              <input type="hidden" name="qualificationId" value={row.id ?? ""} />
              <input type="hidden" name="qualificationKind" value={row.kind} />
              <label htmlFor={id} className="block text-sm font-medium">
                {label}
              </label>
              <textarea
                id={id}
                name="qualificationText"
                rows={2}
                defaultValue={row.text}
                aria-invalid={errors ? true : undefined}
                aria-describedby={errors ? `${id}-error` : undefined}
                className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2"
              />
              {errors ? (
                <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
                  {errors.join(" ")}
                </p>
              ) : null}
              <div className="mt-2 flex flex-wrap gap-2 text-sm">
                <IntentButton intent={`move-up:${row.index}`} disabled={position === 0} label={`Move ${label.toLowerCase()} up`}>
                  Move up
                </IntentButton>
                <IntentButton intent={`move-down:${row.index}`} disabled={position === rows.length - 1} label={`Move ${label.toLowerCase()} down`}>
                  Move down
                </IntentButton>
                <IntentButton intent={`toggle-kind:${row.index}`} label={`Make ${label.toLowerCase()} ${other[kind]}`}>
                  Make {other[kind]}
                </IntentButton>
                <IntentButton intent={`remove:${row.index}`} label={`Remove ${label.toLowerCase()}`}>
                  Remove
                </IntentButton>
              </div>
            </li>
          );
        })}
      </ol>
      <div className="mt-3">
        <IntentButton intent={`add:${kind}`}>Add {kind} qualification</IntentButton>
      </div>
    </fieldset>
  );
}

function IntentButton({ intent, label, disabled, children }: { intent: string; label?: string; disabled?: boolean; children: React.ReactNode }) {
  return (
    <button
      type="submit"
      name="intent"
      value={intent}
      aria-label={label}
      disabled={disabled}
      formNoValidate
      className="rounded border border-slate-300 bg-white px-2 py-1 hover:bg-slate-100 disabled:opacity-40"
    >
      {children}
    </button>
  );
}
