/**
 * The cross-site request rule for everything that changes state: server actions (POSTs to pages),
 * route handlers and Auth.js's own endpoints. Next already compares Origin with Host for server
 * actions; this rule is ours, explicit and tested, and it also refuses a mutating request that
 * carries neither Origin nor Sec-Fetch-Site (every current browser sends at least one on a POST, so
 * only a script or an odd client sends none, and it gets no benefit of the doubt).
 */
export type OriginVerdict = { allowed: true } | { allowed: false; reason: string };

export interface RequestOriginFacts {
  method: string;
  /** The Origin header, or null when absent. */
  origin: string | null;
  /** The Sec-Fetch-Site header, or null when absent. */
  secFetchSite: string | null;
  /** Hosts (host[:port], lower case) that are this site; see ownHosts. */
  ownHosts: readonly string[];
}

const SAFE_METHODS = new Set(["GET", "HEAD"]);

function hostOf(origin: string): string | null {
  try {
    const url = new URL(origin);
    return url.protocol === "http:" || url.protocol === "https:" ? url.host.toLowerCase() : null;
  } catch {
    return null;
  }
}

export function checkRequestOrigin({ method, origin, secFetchSite, ownHosts }: RequestOriginFacts): OriginVerdict {
  if (SAFE_METHODS.has(method.toUpperCase())) return { allowed: true };
  const site = secFetchSite?.trim().toLowerCase() || null;
  if (site === "cross-site") return { allowed: false, reason: "Sec-Fetch-Site is cross-site" };
  if (origin !== null) {
    // "null" (sandboxed frames, privacy redirects) and non-http origins parse to no host.
    const host = hostOf(origin.trim());
    return host !== null && ownHosts.includes(host) ? { allowed: true } : { allowed: false, reason: `Origin ${origin} is not this site` };
  }
  // No Origin: only the browser's own word that the request came from this origin will do.
  if (site === "same-origin") return { allowed: true };
  return { allowed: false, reason: site === null ? "neither Origin nor Sec-Fetch-Site was sent" : `Sec-Fetch-Site is ${site} and no Origin was sent` };
}

/**
 * This site's hosts: the one the request was addressed to (X-Forwarded-Host first, as a reverse
 * proxy rewrites Host; a browser cannot set either header on a cross-site form post), and those of
 * the configured public URLs, so a deployment behind a proxy that forwards neither still works.
 */
export function ownHosts({ host, forwardedHost, configuredUrls }: { host: string | null; forwardedHost: string | null; configuredUrls: readonly (string | undefined)[] }): string[] {
  const hosts = new Set<string>();
  for (const value of [forwardedHost?.split(",")[0], host]) {
    const trimmed = value?.trim().toLowerCase();
    if (trimmed) hosts.add(trimmed);
  }
  for (const url of configuredUrls) {
    const configured = url?.trim() ? hostOf(url.trim()) : null;
    if (configured) hosts.add(configured);
  }
  return [...hosts];
}
