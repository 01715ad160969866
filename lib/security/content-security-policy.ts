/**
 * The Content-Security-Policy every page gets. Scripts run only with this request's nonce (Next adds
 * it to its own scripts when the request carries this header); 'strict-dynamic' lets those scripts
 * load the chunks they import, and nothing else. No 'unsafe-inline' for scripts, ever: candidate
 * text that slipped past escaping still could not run.
 */
export interface ContentSecurityPolicyOptions {
  nonce: string;
  /** `next dev`: React rebuilds server error stacks with eval, and dev styles are injected unnonced. */
  development: boolean;
  /** Served over https (directly or behind a proxy saying so): ask the browser to upgrade any http subresource. */
  https: boolean;
}

const NONCE_SHAPE = /^[A-Za-z0-9+/_-]{16,}={0,2}$/;

export function buildContentSecurityPolicy({ nonce, development, https }: ContentSecurityPolicyOptions): string {
  // A nonce that could contain a quote or a semicolon would let whoever chose it write policy.
  if (!NONCE_SHAPE.test(nonce)) throw new Error("A CSP nonce must be base64 of at least 12 random bytes.");
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    ["script-src", "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])],
    // Next's inline style tags carry the nonce in production; React sets style props through the
    // CSSOM, which CSP does not govern. Dev injects CSS without a nonce, hence unsafe-inline there only
    // (a nonce in the list would make browsers ignore unsafe-inline).
    ["style-src", "'self'", ...(development ? ["'unsafe-inline'"] : [`'nonce-${nonce}'`])],
    ["img-src", "'self'", "data:"],
    ["font-src", "'self'"],
    ["connect-src", "'self'"],
    ["form-action", "'self'"],
    ["base-uri", "'none'"],
    ["object-src", "'none'"],
    ["frame-ancestors", "'none'"],
  ];
  if (https) directives.push(["upgrade-insecure-requests"]);
  return directives.map((directive) => directive.join(" ")).join("; ");
}

/** 16 random bytes, base64: unguessable, and fresh for every response. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
