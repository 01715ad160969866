/** Hint, warnings and errors under a field; their ids go into the field's aria-describedby. */
export function fieldMessageIds(id: string, { hint, warnings, errors }: { hint?: string; warnings?: string[]; errors?: string[] }) {
  return [hint ? `${id}-hint` : null, warnings?.length ? `${id}-warning` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

export function FieldMessages({ id, hint, warnings, errors }: { id: string; hint?: string; warnings?: string[]; errors?: string[] }) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {warnings?.length ? (
        <p id={`${id}-warning`} className="mt-1 text-sm text-amber-800">
          <span className="font-medium">Check this: </span>
          {warnings.join("; ")}.
        </p>
      ) : null}
      {errors?.length ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {errors.join(" ")}
        </p>
      ) : null}
    </>
  );
}
