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

/** Too many attempts in a window; says when to try again. */
export class RateLimitedError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
    super(`You have sent several applications in a short time. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`);
    this.name = "RateLimitedError";
  }
}
