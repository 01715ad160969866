import "server-only";
import { headers } from "next/headers";

const fallback = "http://localhost:3000";

function trimmed(url: string): string {
  return url.replace(/\/+$/, "");
}

/** PUBLIC_BASE_URL, without a trailing slash; null when the deployment did not set it. */
export function configuredBaseUrl(): string | null {
  const fromEnv = process.env.PUBLIC_BASE_URL?.trim();
  return fromEnv ? trimmed(fromEnv) : null;
}

/**
 * The site's public origin for absolute links (sitemap, robots): PUBLIC_BASE_URL, else the host
 * the request came in on, else localhost. Reading the request makes the caller dynamic, which
 * those callers are anyway. Behind a proxy the Host header is whatever the proxy forwards, so
 * production deployments should set PUBLIC_BASE_URL.
 */
export async function getBaseUrl(): Promise<string> {
  const configured = configuredBaseUrl();
  if (configured) return configured;
  const requestHeaders = await headers();
  const host = requestHeaders.get("x-forwarded-host") ?? requestHeaders.get("host");
  if (!host || !/^[a-z0-9.-]+(:\d{1,5})?$/i.test(host)) return fallback;
  const proto = requestHeaders.get("x-forwarded-proto") === "https" ? "https" : "http";
  return `${proto}://${host}`;
}
