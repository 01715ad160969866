/**
 * Normal forms of contact details, so that one person who applied twice with differently typed
 * details is still recognised as a possible duplicate.
 */

// Fewer digits than this is an extension or a typo, not a number two people could share by chance.
const MIN_PHONE_DIGITS = 7;

/** Digits only ("+1 (415) 555-0100" → "14155550100"); null when too short to identify anyone. */
export function normalizePhone(phone: string | null | undefined): string | null {
  if (!phone) return null;
  const digits = phone.replace(/\D/g, "");
  return digits.length >= MIN_PHONE_DIGITS ? digits : null;
}

/**
 * "https://www.LinkedIn.com/in/Ada-L/?trk=x" → "linkedin.com/in/ada-l": host without "www." (or a
 * country prefix such as "de."), lower-cased path without trailing slash, no query or fragment.
 * Null for anything that is not a LinkedIn profile URL.
 */
export function normalizeLinkedinUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const trimmed = url.trim();
  let parsed: URL;
  try {
    parsed = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    return null;
  }
  const host = parsed.hostname.toLowerCase();
  if (host !== "linkedin.com" && !host.endsWith(".linkedin.com")) return null;
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    path = parsed.pathname;
  }
  path = path.toLowerCase().replace(/\/+$/, "");
  if (path === "") return null;
  return `linkedin.com${path}`;
}
