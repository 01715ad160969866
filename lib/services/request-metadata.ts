import "server-only";
import { randomUUID } from "node:crypto";
import { headers } from "next/headers";

export interface RequestMetadata {
  requestId: string | null;
  ipAddress: string | null;
}

// A request id we did not make is copied into the audit log: keep it short and plain.
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;
const ADDRESS = /^[0-9a-f.:]{2,45}$/i;

// One generated id per request, so that every audit row of one request shares it. Keyed by the
// request's headers object, which lives as long as the request.
const generated = new WeakMap<object, string>();

/**
 * The request's id (x-request-id when a proxy in front set a plausible one, else one made here) and
 * the client's address (first X-Forwarded-For hop, else X-Real-IP: the rule of lib/actions/client-address).
 */
export function requestMetadataFrom(h: Pick<Headers, "get">): RequestMetadata {
  const incoming = h.get("x-request-id")?.trim();
  let requestId = incoming && REQUEST_ID.test(incoming) ? incoming : generated.get(h);
  if (!requestId) {
    requestId = randomUUID();
    generated.set(h, requestId);
  }
  const forwarded = h.get("x-forwarded-for")?.split(",")[0]?.trim();
  const address = forwarded || h.get("x-real-ip")?.trim() || null;
  return { requestId, ipAddress: address && ADDRESS.test(address) ? address : null };
}

/** The current request's metadata; outside a request (scripts, background jobs, tests) both are null. */
export async function currentRequestMetadata(): Promise<RequestMetadata> {
  try {
    return requestMetadataFrom(await headers());
  } catch {
    // headers() throws outside a request: there is no request to describe.
    return { requestId: null, ipAddress: null };
  }
}
