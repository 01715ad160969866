/**
 * Whether the browser reached us over https: the first hop's word in X-Forwarded-Proto when a
 * TLS-terminating proxy sits in front, else the request URL's scheme (which Next takes from the
 * socket). A client can lie in that header, but only about its own connection, and browsers ignore
 * HSTS received over plain http anyway, so the lie gains nothing.
 */
export function isHttpsRequest({ protocol, forwardedProto }: { protocol: string; forwardedProto: string | null }): boolean {
  const firstHop = forwardedProto?.split(",")[0]?.trim().toLowerCase();
  return firstHop ? firstHop === "https" : protocol === "https:";
}

/** Two years, subdomains included (no preload: that list is the operator's decision). */
export const HSTS_VALUE = "max-age=63072000; includeSubDomains";

/**
 * HSTS only from a production server reached over https: a dev server or a plain-http test run
 * must never teach a browser to refuse http for localhost.
 */
export function strictTransportSecurity({ production, https }: { production: boolean; https: boolean }): string | null {
  return production && https ? HSTS_VALUE : null;
}
