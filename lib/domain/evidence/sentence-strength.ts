/**
 * Decides whether one sentence is evidence a reviewer would accept or just a mention.
 *
 * Strong: the sentence describes work — an action ("built", "migrated", "led"), a number that
 * is not a count of years, or a concrete setting ("in production", "for 40 patients").
 * Weak: a labelled skills line ("Skills: …"), a line where skill names are most of the words,
 * a line naming very many skills at once (keyword stuffing), or a bare claim with no context
 * ("Experienced in Kubernetes"). A weak sentence can make a qualification `partly`, never `met`.
 */
import type { Mention } from "./term-matcher";
import { stopWords } from "./stop-words";
import { isDigit, wordsOf } from "./text-chars";

export type Weakness = "skills-list" | "many-skills" | "no-context";

export type Strength = { strength: "strong" } | { strength: "weak"; weakness: Weakness };

/** More distinct skills than this in one sentence is a list, however it is phrased. */
export const manySkills = 8;
/** A sentence whose words are mostly skill names is a list even with a verb in front of it. */
const listShare = 0.7;
/** "Built Kubernetes." is a claim with a verb on it; describing work takes a few more words. */
const minOtherWords = 3;

const listLabels = new Set([
  "skills", "technical skills", "key skills", "core skills", "technologies", "technology", "tech stack", "stack",
  "tools", "tooling", "keywords", "languages", "programming languages", "proficiencies", "competencies",
  "core competencies", "expertise", "areas of expertise", "frameworks", "platforms", "databases", "familiar with",
]);

const actionWords = new Set(
  ("build builds building built lead leads leading led run runs running ran write writes wrote written ship ships " +
    "own owns grow grew cut drive drives drove make made set sell sold win won teach taught rebuilt rewrote maintain " +
    "maintainer author creator contributor founder mentor launch migrate reduce deploy operate implement " +
    "develop architect create deliver improve optimize optimise automate introduce handle manage serve cover " +
    "production customers clients users patients requests team teams project projects startup company outage outages " +
    "latency uptime revenue shifts unit hospital accounts traffic million billion thousand p99 p95 qps rps")
    .split(" "),
);

/** Past-tense-looking words that describe the candidate rather than something they did. */
const claimWords = new Set(
  ("experienced skilled advanced based related detailed certified required preferred interested motivated " +
    "dedicated talented seasoned versed oriented focused qualified specialized specialised licensed distributed " +
    "varied accomplished exposed acquainted knowledged trained").split(" "),
);

const yearWords = new Set(["year", "years", "yr", "yrs", "plus"]);

function labelOf(sentence: string): string | null {
  const colon = sentence.indexOf(":");
  if (colon <= 0 || colon > 40) return null;
  return sentence.slice(0, colon).trim().toLowerCase();
}

function isContext(word: string, next: string | undefined): boolean {
  if (isDigit(word[0])) return !yearWords.has(next ?? "");
  if (actionWords.has(word)) return true;
  return word.length >= 5 && word.endsWith("ed") && !claimWords.has(word);
}

export function sentenceStrength(sentence: string, mentions: readonly Mention[]): Strength {
  const label = labelOf(sentence);
  if (label !== null && listLabels.has(label)) return { strength: "weak", weakness: "skills-list" };
  const distinct = new Set(mentions.map((m) => m.skill)).size;
  if (distinct > manySkills) return { strength: "weak", weakness: "many-skills" };

  const words = wordsOf(sentence);
  let content = 0;
  let inSkill = 0;
  let other = 0;
  let context = sentence.includes("%") || sentence.includes("$");
  let m = 0;
  for (let w = 0; w < words.length; w++) {
    const { word, start } = words[w] ?? { word: "", start: 0 };
    while (m < mentions.length && (mentions[m]?.end ?? 0) <= start) m++;
    const covered = m < mentions.length && (mentions[m]?.start ?? Infinity) <= start;
    const lower = word.toLowerCase();
    if (!covered && !context) context = isContext(lower, words[w + 1]?.word.toLowerCase());
    if (stopWords.has(lower)) continue;
    if (!covered) other++;
    if (isDigit(word[0])) continue;
    content++;
    if (covered) inSkill++;
  }
  if (distinct >= 2 && inSkill >= content * listShare) return { strength: "weak", weakness: "skills-list" };
  return context && other >= minOtherWords ? { strength: "strong" } : { strength: "weak", weakness: "no-context" };
}
