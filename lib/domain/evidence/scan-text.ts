/**
 * Resume or evidence text, split into sentences, with each sentence's skill mentions and
 * strength worked out once. Assessing eleven qualifications against one resume scans it once.
 */
import { splitSentences } from "./resume-sentences";
import { sentenceStrength, type Strength } from "./sentence-strength";
import { findMentions, type Mention } from "./term-matcher";

export interface ScannedSentence {
  text: string;
  mentions: readonly Mention[];
  strength: Strength;
}

export interface ScannedText {
  readonly kind: "scanned-text";
  readonly sentences: readonly ScannedSentence[];
}

export function scanText(text: string): ScannedText {
  const sentences = splitSentences(text).map((sentence) => {
    const mentions = findMentions(sentence);
    return { text: sentence, mentions, strength: sentenceStrength(sentence, mentions) };
  });
  return { kind: "scanned-text", sentences };
}

export function isScannedText(value: unknown): value is ScannedText {
  return typeof value === "object" && value !== null && (value as { kind?: unknown }).kind === "scanned-text";
}
