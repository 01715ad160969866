/**
 * Typed failures that services throw and the edges (actions, route handlers) translate.
 * Objects the actor may not see are NotFound, never Forbidden, so their existence is not revealed.
 */
export class NotFoundError extends Error {
  constructor(what = "That page") {
    super(`${what} was not found.`);
    this.name = "NotFoundError";
  }
}

export class ValidationError extends Error {
  constructor(
    message: string,
    readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super(message);
    this.name = "ValidationError";
  }
}

/** The request was valid but lost a race or hit a business rule (a stale move, a duplicate). */
export class ConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConflictError";
  }
}
