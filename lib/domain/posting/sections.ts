/**
 * Recognises section headings by meaning rather than exact wording: "What you'll do", "In this role
 * you will" and "Your impact" all open the responsibilities list. Matching runs on short lines only.
 */
import { phraseKey } from "./text-scan";

export type SectionKind =
  /** Paragraphs become the summary; bullets there are responsibilities ("About the role"). */
  | "role"
  | "responsibilities"
  /** Explicitly required ("Minimum qualifications"): every item stays required. */
  | "required"
  /** A single mixed list ("Qualifications", "About you"): items saying "a plus" go to preferred. */
  | "qualifications"
  | "preferred"
  | "benefits"
  | "skills"
  /** Pay, location, employment type under their own heading: read like header lines. */
  | "meta"
  /** About the company, hiring process, EEO text: not part of the structured posting. */
  | "ignored"
  /** Job-board furniture after the posting ("Similar roles", "All … jobs →"). */
  | "chrome";

const table: [SectionKind, RegExp][] = [
  ["chrome", /^(?:similar (?:roles|jobs|positions|openings)|more jobs|related jobs|other jobs|jobs you may like|people also viewed|apply now|apply for this (?:job|role|position)|share this (?:job|role|posting)|back to (?:all )?jobs|report this job|save (?:this )?job|(?:view |see )?all .{1,60} jobs)\b/],
  ["role", /^(?:(?:job|role|position) )?(?:summary|overview|description)$|^(?:the|your) (?:role|position|opportunity|job)$|^about (?:the|this) (?:role|position|job|opportunity)$|^(?:role|tl;?dr|in short)$/],
  ["responsibilities", /^(?:(?:key|main|core|your|job|primary) )?(?:responsibilities|duties|tasks)(?: and (?:responsibilities|duties))?$|^roles? and responsibilities$|^what you(?:'ll| will) (?:be )?(?:do|doing|work on|working on|achieve|own)$|^in this role,? you(?:'ll| will)$|^as (?:a|an|the) .{1,60},? you(?:'ll| will)$|^(?:your|the) (?:impact|mission|day[- ]to[- ]day)$|^the impact you(?:'ll| will) have$|^(?:a day in the life|day[- ]to[- ]day|what the (?:job|role) involves|the work|you will|you'll)$/],
  ["required", /^(?:required|minimum|basic|essential|mandatory) (?:qualifications|requirements|skills|experience|criteria)(?: and (?:qualifications|requirements|skills|experience))?$|^(?:must[- ]haves?|essential|required|what you(?:'ll)? need|you(?:'ll)? need)$/],
  ["preferred", /^(?:preferred|desired|desirable|additional|bonus) ?(?:qualifications|requirements|skills|experience|criteria)?$|^(?:nice|good|great)[- ]to[- ]haves?(?: skills)?$|^bonus points?(?: if.{0,40})?$|^(?:pluses|plus|extra credit|ideally(?: you(?:'ll)? have)?|even better if.{0,40}|it'?s a (?:plus|bonus) if.{0,40}|we'?d love (?:it )?if.{0,40}|we would love (?:it )?if.{0,40}|it would be great if.{0,40})$/],
  ["qualifications", /^(?:(?:job|role|key|your) )?(?:qualifications|requirements)$|^(?:qualifications|requirements|skills|experience) and (?:qualifications|requirements|skills|experience)$|^(?:your )?(?:experience|background|profile|skills and experience)$|^(?:what|who) we(?:'re| are) looking for$|^(?:we'?re )?looking for$|^(?:what )?you(?:'ll| will)? (?:have|bring)$|^you might have$|^what we need from you$|^(?:about you|who you are|you are|you're|is this you|candidate profile|(?:the )?ideal candidate|what it takes|to be successful|you may be a fit if|you'?ll thrive if)$/],
  ["benefits", /^(?:(?:our|the|your) )?(?:benefits|perks|rewards)(?: and (?:benefits|perks))?(?: include)?$|^(?:total rewards|what we offer(?: you)?|we offer|our offer|what'?s in it for you|what you(?:'ll)? get|what you can expect|what we provide|(?:compensation|pay|salary) and benefits)$|^why (?:join us|work (?:with|for) us|work here|you'?ll love (?:working here|it here))$/],
  ["skills", /^(?:(?:key|core|technical|required) )?(?:skills|competencies)$|^(?:(?:our|the) )?(?:tech )?stack$|^(?:tech|technologies|technology|tools|keywords|tags)$|^(?:tools and technologies|technologies we use|tools we use|skills and tools|our tech stack)$/],
  ["meta", /^(?:work )?locations?$|^(?:where|compensation|salary|pay|base salary|(?:day |hourly )?rate|(?:salary|pay|compensation) range|(?:job|position|key) (?:details|info)|details|at a glance|employment type|job type|schedule|(?:working )?hours|shift|contract(?: type)?|department|team|workplace|reports to|start date)$/],
];

/** Headings that only count when clearly marked as headings (Markdown, HTML, bold, or very short). */
const looseIgnored = /^(?:about|why|life at|our|culture|diversity|equal|eeo|how to apply|to apply|application|interview|hiring process|next steps|additional|more information|disclaimer|notice|accommodation|privacy|who we are|company|mission)\b/;

function headingKey(text: string): string {
  return phraseKey(text).replace(/^[^a-z0-9]+/, "").replace(/ includes?$/, "");
}

/** The section a heading opens, or null when the text is not a known heading. */
export function classifyHeading(text: string, explicit: boolean): SectionKind | null {
  if (text.length > 90) return null;
  const cacheKey = (explicit ? "1" : "0") + text;
  const cached = cache.get(cacheKey);
  if (cached !== undefined) return cached;
  const kind = classify(text, explicit);
  if (cache.size >= maxCache) cache.clear();
  cache.set(cacheKey, kind);
  return kind;
}

// Pasted pages repeat short lines ("Apply", "-", "Share"); remembering them keeps big pastes cheap.
const cache = new Map<string, SectionKind | null>();
const maxCache = 2000;

function classify(text: string, explicit: boolean): SectionKind | null {
  if (text.split(" ", 14).length > 13) return null;
  const key = headingKey(text);
  if (key === "") return null;
  for (const [kind, pattern] of table) {
    if (pattern.test(key)) return kind;
  }
  const short = key.split(" ").length <= 5 && !/[.!]$/.test(text.trim());
  if ((explicit || short) && looseIgnored.test(key)) return "ignored";
  return explicit ? "ignored" : null;
}

/** "Requirements: 3+ years in retail" → the heading's kind and the rest of the line. */
export function splitLabelledLine(text: string): { kind: SectionKind; rest: string } | null {
  const colon = text.indexOf(":");
  if (colon <= 0 || colon > 40) return null;
  const rest = text.slice(colon + 1).trim();
  if (rest === "") return null;
  const kind = classifyHeading(text.slice(0, colon), false);
  return kind === null || kind === "ignored" ? null : { kind, rest };
}

/** Board furniture that sits on a line of its own: "All Backend Engineering jobs →". */
export function isChromeLine(text: string): boolean {
  return endsWithArrow(text) || classifyHeading(text.trim(), false) === "chrome";
}

export function endsWithArrow(text: string): boolean {
  const t = text.trim();
  return t.length <= 90 && /(?:→|›|»|>>)$/.test(t);
}

const preferredMarker =
  /\b(?:preferred|nice[- ]to[- ]have|bonus|desirable|desired|advantageous|an advantage|(?:is|are|would be) an? (?:big |huge |real |strong )?(?:plus|asset)|a plus)\b|^ideally\b/i;

/** An item in a mixed qualifications list that says it is optional. */
export function mentionsPreferred(item: string): boolean {
  return preferredMarker.test(item.slice(0, 2000));
}
