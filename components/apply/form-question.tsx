import type { FormQuestion } from "@/lib/domain/application-questions";
import { applyFieldNames } from "@/lib/actions/apply-form-state";

/** A derived or custom question: radios for yes/no and single choice, a text box otherwise. */
export function FormQuestionField({ question, values, error }: { question: FormQuestion; values: Record<string, string>; error?: string[] }) {
  const name = applyFieldNames.question(question.key);
  const id = `question-${question.key}`;
  const described = [question.description ? `${id}-description` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  const messages = (
    <>
      {question.description ? (
        <p id={`${id}-description`} className="text-sm text-slate-700">
          {question.description}
        </p>
      ) : null}
      {!question.required ? <p className="text-sm text-slate-500">Optional.</p> : null}
      {error ? (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {error.join(" ")}
        </p>
      ) : null}
    </>
  );
  if (question.kind === "yes_no" || question.kind === "single_choice") {
    const options = question.kind === "yes_no" ? ["Yes", "No"] : question.options;
    return (
      <fieldset id={id} tabIndex={-1} aria-describedby={described} className="rounded-md border border-slate-300 bg-white p-4">
        <legend className="px-1 font-medium">{question.label}</legend>
        {messages}
        <div className="mt-2 flex flex-wrap gap-5" role="radiogroup" aria-required={question.required || undefined} aria-invalid={error ? true : undefined}>
          {options.map((option) => (
            <label key={option} className="flex items-center gap-2">
              <input type="radio" name={name} value={option} defaultChecked={values[name] === option} className="size-4" />
              {option}
            </label>
          ))}
        </div>
      </fieldset>
    );
  }
  const Input = question.kind === "long_text" ? "textarea" : "input";
  return (
    <div className="rounded-md border border-slate-300 bg-white p-4">
      <label htmlFor={id} className="block font-medium">
        {question.label}
      </label>
      {messages}
      <Input
        id={id}
        name={name}
        defaultValue={values[name] ?? ""}
        aria-describedby={described}
        aria-invalid={error ? true : undefined}
        maxLength={question.kind === "long_text" ? 5000 : 300}
        className="mt-1 block w-full rounded-md border border-slate-400 px-3 py-2"
      />
    </div>
  );
}
