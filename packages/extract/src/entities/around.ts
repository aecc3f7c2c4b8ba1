import type { Token } from "../text/index.ts";
import type { NameCandidate } from "./candidates.ts";

/** The token `offset` places from the candidate's first token in its sentence (negative: before it). */
export const tokenAt = (c: NameCandidate, offset: number): Token | undefined =>
  c.sentenceTokens[c.index + offset];

/** That token's text, or "" past the sentence's ends. */
export const textAt = (c: NameCandidate, offset: number): string => tokenAt(c, offset)?.text ?? "";

/** That token's text in lowercase, or "" past the sentence's ends. */
export const lowerAt = (c: NameCandidate, offset: number): string => textAt(c, offset).toLowerCase();
