import { answerLabels, qualificationAnswerValues } from "@/lib/domain/application-types";
import { applyFieldNames } from "@/lib/actions/apply-form-state";

interface Props {
  qualification: { id: string; text: string };
  required: boolean;
  values: Record<string, string>;
  error?: string[];
}

/** One qualification: its text is the legend; "Yes / Partly / No" and where the candidate has done it. */
export function QualificationQuestion({ qualification, required, values, error }: Props) {
  const answerName = applyFieldNames.answer(qualification.id);
  const evidenceName = applyFieldNames.evidence(qualification.id);
  const id = `answer-${qualification.id}`;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <fieldset id={id} tabIndex={-1} aria-describedby={errorId} className="rounded-md border border-slate-300 bg-white p-4">
      <legend className="px-1 font-medium">{qualification.text}</legend>
      {error ? (
        <p id={errorId} className="mb-2 text-sm text-red-700">
          {error.join(" ")}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-5" role="radiogroup" aria-required={required || undefined} aria-invalid={error ? true : undefined}>
        {qualificationAnswerValues.map((value) => (
          <label key={value} className="flex items-center gap-2">
            <input type="radio" name={answerName} value={value} defaultChecked={values[answerName] === value} className="size-4" />
            {answerLabels[value]}
          </label>
        ))}
      </div>
      <div className="mt-3">
        <label htmlFor={`${id}-evidence`} className="block text-sm font-medium">
          Evidence
        </label>
        <p id={`${id}-evidence-hint`} className="text-sm text-slate-600">
          Optional. Where have you done this? At most 2,000 characters.
        </p>
        <textarea
          id={`${id}-evidence`}
          name={evidenceName}
          rows={2}
          maxLength={2000}
          defaultValue={values[evidenceName] ?? ""}
          aria-describedby={`${id}-evidence-hint`}
          className="mt-1 block w-full rounded-md border border-slate-400 px-3 py-2"
        />
      </div>
    </fieldset>
  );
}
