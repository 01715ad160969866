import { applyFieldNames } from "@/lib/actions/apply-form-state";
import { DECLINE, selfIdentificationQuestions } from "@/lib/domain/self-identification";

/** Voluntary, clearly separate, defaulting to "Decline to self-identify". Never shown to the hiring team. */
export function SelfIdentificationFields({ values }: { values: Record<string, string> }) {
  return (
    <fieldset className="rounded-lg border border-slate-300 bg-slate-50 p-5">
      <legend className="px-1 text-lg font-semibold">Voluntary self-identification</legend>
      <p className="text-sm text-slate-700">
        Entirely optional. Your answers are stored apart from your application, are never shown to the people reviewing it, and are only
        reported in anonymous totals. Choosing not to answer has no effect on your application.
      </p>
      <div className="mt-4 grid gap-4 sm:grid-cols-2">
        {selfIdentificationQuestions.map((question) => {
          const name = applyFieldNames.selfId(question.key);
          return (
            <div key={question.key}>
              <label htmlFor={`selfId-${question.key}`} className="block text-sm font-medium">
                {question.label}
              </label>
              <select
                id={`selfId-${question.key}`}
                name={name}
                defaultValue={values[name] ?? DECLINE}
                className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2"
              >
                {question.options.map((option) => (
                  <option key={option} value={option}>
                    {option}
                  </option>
                ))}
              </select>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
