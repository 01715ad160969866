import type { SelectHTMLAttributes } from "react";
import { FieldMessages, fieldMessageIds } from "./field-messages";

interface Props extends SelectHTMLAttributes<HTMLSelectElement> {
  name: string;
  label: string;
  options: readonly { value: string; label: string }[];
  warnings?: string[];
  errors?: string[];
}

export function SelectField({ name, label, options, warnings, errors, id = name, className, ...select }: Props) {
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <select
        id={id}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={fieldMessageIds(id, { warnings, errors })}
        className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base"
        {...select}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldMessages id={id} warnings={warnings} errors={errors} />
    </div>
  );
}
