interface Props {
  /** Element ids are `${idPrefix}-${name}`, so two filter forms on one page never clash. */
  idPrefix: string;
  name: string;
  label: string;
  /** The first option, meaning "no filter", e.g. "All departments" or "Any stage". */
  noFilterLabel: string;
  value: string | undefined;
  options: readonly (readonly [value: string, label: string])[];
}

/** A labelled select for a GET filter form: an empty value means the filter is off. */
export function FilterSelect({ idPrefix, name, label, noFilterLabel, value, options }: Props) {
  const id = `${idPrefix}-${name}`;
  return (
    <div>
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ""} className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base shadow-sm">
        <option value="">{noFilterLabel}</option>
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </div>
  );
}
