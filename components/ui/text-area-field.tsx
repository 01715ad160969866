import type { TextareaHTMLAttributes } from "react";
import { FieldMessages, fieldMessageIds } from "./field-messages";

interface Props extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  name: string;
  label: string;
  hint?: string;
  warnings?: string[];
  errors?: string[];
}

export function TextAreaField({ name, label, hint, warnings, errors, id = name, className, rows = 4, ...textarea }: Props) {
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <textarea
        id={id}
        name={name}
        rows={rows}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={fieldMessageIds(id, { hint, warnings, errors })}
        className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base aria-invalid:border-red-700"
        {...textarea}
      />
      <FieldMessages id={id} hint={hint} warnings={warnings} errors={errors} />
    </div>
  );
}
