import "server-only";
import { headers } from "next/headers";

/**
 * The client's address for per-IP limits: the first X-Forwarded-For hop (set by the reverse proxy
 * in front of the app), else X-Real-IP. Without a proxy a client could forge the header, which
 * only lets them dodge the per-IP limit; the per-email limit still holds.
 */
export async function clientAddress(): Promise<string | null> {
  const h = await headers();
  const forwarded = h.get("x-forwarded-for")?.split(",")[0]?.trim();
  const address = forwarded || h.get("x-real-ip")?.trim() || null;
  return address && /^[0-9a-f.:]{2,45}$/i.test(address) ? address : null;
}
