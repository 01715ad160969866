/** A teammate who could be @mentioned: matched by full name or by the part of their email before the @. */
export interface MentionableUser {
  id: string;
  name: string;
  email: string;
}

export interface ParsedMentions {
  /** Users mentioned, each once, in order of first mention. */
  userIds: string[];
  /** What followed an @ but named nobody (or more than one person), as typed, e.g. "@bob". */
  unresolved: string[];
}

// A word character before the @ means an email address ("ada@example.org"), not a mention.
const WORD_BEFORE = /[\p{L}\p{N}._%+-]/u;
// A name or local part must end at a word boundary: "@rita" does not mention "Rita Recruiter" inside "@ritaxyz".
const WORD_AFTER = /[\p{L}\p{N}_-]/u;
const TOKEN = /^[\p{L}\p{N}._-]+/u;

function keysOf(user: MentionableUser): string[] {
  const local = user.email.split("@")[0] ?? "";
  return [user.name.trim().replace(/\s+/g, " "), local].filter((key) => key.length > 0).map((key) => key.toLowerCase());
}

/**
 * Finds `@Name Surname` and `@email-local-part` mentions. The longest match wins ("@Ann Lee" over
 * "@ann"); a match shared by two people is ambiguous and stays unresolved rather than notifying
 * the wrong one. Linear in the body times the number of users.
 */
export function parseMentions(body: string, users: readonly MentionableUser[]): ParsedMentions {
  const keyed = users.flatMap((user) => keysOf(user).map((key) => ({ key, id: user.id })));
  const lower = body.toLowerCase();
  const userIds: string[] = [];
  const unresolved: string[] = [];
  for (let at = lower.indexOf("@"); at !== -1; at = lower.indexOf("@", at + 1)) {
    const before = at > 0 ? body[at - 1] : undefined;
    if (before !== undefined && WORD_BEFORE.test(before)) continue;
    let bestLength = 0;
    let bestIds = new Set<string>();
    for (const { key, id } of keyed) {
      if (key.length < bestLength || !lower.startsWith(key, at + 1)) continue;
      const after = body[at + 1 + key.length];
      if (after !== undefined && WORD_AFTER.test(after)) continue;
      if (key.length > bestLength) {
        bestLength = key.length;
        bestIds = new Set();
      }
      bestIds.add(id);
    }
    const [only] = bestIds;
    if (bestIds.size === 1 && only !== undefined) {
      if (!userIds.includes(only)) userIds.push(only);
      continue;
    }
    const token = TOKEN.exec(body.slice(at + 1, at + 1 + Math.max(bestLength, 64)))?.[0];
    const typed = bestIds.size > 1 ? body.slice(at + 1, at + 1 + bestLength) : token;
    if (typed && !unresolved.includes(`@${typed}`)) unresolved.push(`@${typed}`);
  }
  return { userIds, unresolved };
}
