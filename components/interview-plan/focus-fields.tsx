import type { PlanQualification } from "@/lib/domain/interview-plan-types";

interface Props {
  prefix: string;
  qualifications: PlanQualification[];
  checked: (qualificationId: string) => boolean;
  customLabels: string[];
  customMax: number;
  errors: { focus?: string[]; qualificationIds?: string[]; customLabels?: string[] };
}

const groups = [
  { kind: "required", title: "Required qualifications" },
  { kind: "preferred", title: "Preferred qualifications" },
] as const;

/**
 * What the interview assesses: the requisition's qualifications (each checkbox labelled by its text,
 * so the link to the posting stays visible) and custom attributes. Blank custom inputs are ignored.
 */
export function FocusFields({ prefix, qualifications, checked, customLabels, customMax, errors }: Props) {
  const groupErrors = [...(errors.focus ?? []), ...(errors.qualificationIds ?? [])];
  const errorId = `${prefix}-focus-error`;
  return (
    <fieldset aria-describedby={groupErrors.length ? errorId : undefined} className="space-y-3">
      <legend className="text-sm font-medium text-slate-800">Focus attributes</legend>
      {groups.map(({ kind, title }) => {
        const inGroup = qualifications.filter((q) => q.kind === kind);
        if (inGroup.length === 0) return null;
        return (
          <div key={kind}>
            <p className="text-xs font-semibold uppercase tracking-wide text-slate-600">{title}</p>
            <ul className="mt-1 space-y-1">
              {inGroup.map((q) => (
                <li key={q.id} className="flex items-start gap-2 text-sm">
                  <input id={`${prefix}-q-${q.id}`} type="checkbox" name="qualificationIds" value={q.id} defaultChecked={checked(q.id)} className="mt-1" />
                  <label htmlFor={`${prefix}-q-${q.id}`}>{q.text}</label>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      <div className="grid gap-2 sm:grid-cols-2">
        {customLabels.map((label, index) => (
          <div key={index}>
            <label htmlFor={`${prefix}-custom-${index}`} className="block text-sm font-medium text-slate-800">
              Custom attribute
            </label>
            <input
              id={`${prefix}-custom-${index}`}
              name="customLabels"
              defaultValue={label}
              maxLength={customMax}
              aria-describedby={errors.customLabels?.length ? `${prefix}-custom-error` : undefined}
              className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-1.5"
            />
          </div>
        ))}
      </div>
      {errors.customLabels?.length ? (
        <p id={`${prefix}-custom-error`} className="text-sm text-red-700">
          {errors.customLabels.join(" ")}
        </p>
      ) : null}
      {groupErrors.length ? (
        <p id={errorId} className="text-sm text-red-700">
          {groupErrors.join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}
