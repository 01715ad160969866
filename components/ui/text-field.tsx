import type { InputHTMLAttributes } from "react";
import { FieldMessages, fieldMessageIds } from "./field-messages";

interface TextFieldProps extends InputHTMLAttributes<HTMLInputElement> {
  name: string;
  label: string;
  hint?: string;
  /** Says "Optional" beside the label, outside the accessible name (which stays exactly `label`). */
  optional?: boolean;
  warnings?: string[];
  errors?: string[];
}

/** A labelled input whose hint, warnings and errors are tied to it with aria-describedby. */
export function TextField({ name, label, hint, optional, warnings, errors, id = name, className, ...input }: TextFieldProps) {
  return (
    <div className={className}>
      <label htmlFor={id} className="inline text-sm font-medium text-slate-800">
        {label}
      </label>
      {optional ? (
        <span className="ml-1 text-sm text-slate-500" aria-hidden="true">
          Optional
        </span>
      ) : null}
      <input
        id={id}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={fieldMessageIds(id, { hint, warnings, errors })}
        className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base shadow-sm aria-invalid:border-red-700"
        {...input}
      />
      <FieldMessages id={id} hint={hint} warnings={warnings} errors={errors} />
    </div>
  );
}
