/**
 * What a request gets while the database is unreachable (proxy.ts): 503 with Retry-After, as JSON
 * for scripts and client-side fetches, as a small self-contained page for browsers (the app's
 * stylesheet may not be reachable either). Nothing of the request was processed, so it says so.
 */
const RETRY_AFTER_SECONDS = 5;

// Styles in a <style> element with the response's CSP nonce: the policy blocks style attributes.
const page = (nonce: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Shortlist is briefly unavailable</title>
<style nonce="${nonce}">body { font-family: system-ui, sans-serif; max-width: 36rem; margin: 4rem auto; padding: 0 1.5rem; color: #0f172a; line-height: 1.5 } h1 { font-size: 1.5rem }</style></head>
<body><main id="main"><h1>Shortlist is briefly unavailable</h1>
<p>We cannot reach our database right now. Nothing you just sent was saved.</p>
<p>Please go back and try again in a minute: your browser keeps what you typed in a form.</p></main>
</body></html>`;

/** `nonce`: the one in this response's Content-Security-Policy (a base64 value, safe in an attribute). */
export function databaseUnavailableResponse(request: Request, nonce: string): Response {
  const headers = { "Retry-After": String(RETRY_AFTER_SECONDS), "Cache-Control": "no-store" };
  const accept = request.headers.get("accept") ?? "";
  // Client-side navigations and server action calls expect a React payload, not a page.
  const browserPage = accept.includes("text/html") && !request.headers.has("rsc") && !request.headers.has("next-action");
  if (!browserPage) {
    return Response.json({ status: "unavailable", error: "The database is unreachable. Nothing was saved; try again shortly." }, { status: 503, headers });
  }
  return new Response(page(nonce), { status: 503, headers: { ...headers, "Content-Type": "text/html; charset=utf-8" } });
}
