import { ConflictError, NotFoundError, ValidationError } from "@/lib/services/errors";

export type FieldErrors = Record<string, string[] | undefined>;

/** What every server action returns to its form. */
export type ActionResult<T = undefined> =
  | { ok: true; data: T; message?: string }
  | { ok: false; error: string; fieldErrors: FieldErrors; values?: Record<string, string> };

/** Maps the services' typed errors to a form result; anything unexpected is rethrown to the error page. */
export function failureFrom(error: unknown, values?: Record<string, string>): ActionResult<never> {
  if (error instanceof ValidationError) return { ok: false, error: error.message, fieldErrors: error.fieldErrors, values };
  if (error instanceof ConflictError) return { ok: false, error: error.message, fieldErrors: {}, values };
  if (error instanceof NotFoundError) return { ok: false, error: error.message, fieldErrors: {}, values };
  throw error;
}

/** The text fields of a form, to give back to the user after a failed submission. */
export function textValues(formData: FormData, names: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of names) {
    const value = formData.get(name);
    if (typeof value === "string") values[name] = value;
  }
  return values;
}
