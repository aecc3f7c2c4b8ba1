import type { Credit, TextSpan } from "@newsgraph/schema";
import { mapPacked } from "./arrays.ts";

export interface CaptionAndCredit {
  caption: TextSpan | null;
  credit: Credit | null;
}

const CREDIT_LABEL =
  /(?:\(\s*)?\b(?:image|images|photo|photos|photograph|photography|picture|pictures|pic|foto|fotos|bild|bildquelle|imagem|imagen|immagine|credit|credits|image credit|photo credit|source|fuente|quelle|video|audio)\s*:\s*(?:©\s*)?/giu;
// The (?=…) ahead of the lookbehind: most positions fail on one character test before the lookbehind runs (same matches, about half the scan time).
const GLUED_LABEL =
  /(?=[IPFBCVA])(?<=[\p{Ll}\p{N}.!?'"”’)\]])(?:Image|Photo|Photograph|Picture|Foto|Bild|Credit|Video|Audio):\s*/gu;
const WIRE_CREDIT = /\b([A-Z][A-Z&.-]{1,})\/([A-Z][\p{L}.' -]+?)\s*$/u;

const AGENCY_WORDS =
  /\b(?:images?|photos?|pictures?|press|news|agency|agence|alliance|wire|service|getty|imago|reuters|shutterstock|stock|alamy|epa|afp|dpa|ap|navy|army|force|government|office|ministry|department|university|institute|foundation|museum|library|archives?|commons|wikimedia|council|commission|association|group|media|studios?|inc|ltd|llc|corp|gmbh|times|post|tribune|journal|courtesy|handout|nasa|esa)\b/iu;
const NAME_PARTICLES = new Set([
  "de",
  "da",
  "del",
  "della",
  "van",
  "von",
  "der",
  "den",
  "bin",
  "ibn",
  "al",
  "el",
  "le",
  "la",
  "du",
  "dos",
  "das",
  "y",
]);
const LEADING_ARTICLES = new Set(["le", "la", "les", "the", "der", "die", "das", "el", "il", "lo"]);

/**
 * Splits a caption line that carries its photo credit ("…criticismImage: Fatoma Coulibaly/REUTERS",
 * "… (Photo: AP)", "Photograph: Tim Robberts/Getty Images") into the caption and the credit.
 * `start` is the offset of `line` in the input; spans are offsets into that input.
 * Returns a null credit when the line carries none.
 */
export function splitCaptionCredit(line: string, start = 0): CaptionAndCredit {
  const label = lastCreditLabel(line);
  if (label) {
    let creditEnd = line.length;
    const open = line.lastIndexOf("(", label.index + 1);
    if (open >= 0 && open >= label.index - 1 && line.trimEnd().endsWith(")"))
      creditEnd = line.trimEnd().length - 1;
    const creditSpan = trim(line, label.end, creditEnd, start);
    const captionEnd = open >= 0 && open >= label.index - 1 ? open : label.index;
    const caption = trim(line, 0, captionEnd, start);
    if (creditSpan) return { caption, credit: creditOf(creditSpan) };
  }
  const wire = WIRE_CREDIT.exec(line);
  if (wire && wire.index > 0 && /[.!?]\s*$/.test(line.slice(0, wire.index))) {
    const creditSpan = trim(line, wire.index, line.length, start);
    if (creditSpan) return { caption: trim(line, 0, wire.index, start), credit: creditOf(creditSpan) };
  }
  return { caption: trim(line, 0, line.length, start), credit: null };
}

/** True when the line is a bare credit ("Image: NASA", "(Photo: Reuters)", "Photograph: X/Getty Images"). */
export function isCreditLine(line: string): boolean {
  const label = lastCreditLabel(line);
  return label !== null && line.slice(0, label.index).replace(/[(\s]/g, "").length === 0;
}

/**
 * `hasCredit` and `isCreditLine` in one look at the label: "credit" for a bare credit line of at most
 * `maxCreditLength` characters, "caption" for any other line ending with a credit, null for none.
 */
export function creditRole(line: string, maxCreditLength: number): "credit" | "caption" | null {
  const label = lastCreditLabel(line);
  if (label === null) return null;
  return line.length <= maxCreditLength && line.slice(0, label.index).replace(/[(\s]/g, "").length === 0
    ? "credit"
    : "caption";
}

/** True when the line ends with a credit label ("… Image: X/AFP"). */
export function hasCredit(line: string): boolean {
  return lastCreditLabel(line) !== null;
}

const LABEL_PATTERNS = [CREDIT_LABEL, GLUED_LABEL];

/** A label must leave at most 120 characters after it; no label is longer than 30 characters. */
const LABEL_WINDOW = 160;

/** Lowercase words a credit may hold ("AFP via Getty Images", "courtesy of the family", "John Smith for The Times"). */
const CREDIT_LOWER_WORDS = new Set([
  "via",
  "for",
  "of",
  "the",
  "and",
  "by",
  "courtesy",
  "handout",
  "file",
  "photo",
  "photos",
  "image",
  "images",
  "public",
  "domain",
  "screenshot",
  "screengrab",
  "illustration",
  "archive",
  "archives",
  "staff",
  "photographer",
  "pool",
  "license",
  "licence",
  "under",
  "cc",
  "from",
  "to",
  "with",
  "permission",
  "provided",
  "supplied",
  ...NAME_PARTICLES,
]);
const LOWER_WORD = /(?<![\p{L}\p{N}'’-])\p{Ll}[\p{Ll}'’-]*/gu;

/**
 * "Video: The hearing lasted nine hours and ended late": a sentence after a label is a caption, not a
 * credit; a credit holds names (or a slash list) and at most two other lowercase words.
 */
function readsAsSentence(text: string): boolean {
  // "Kay Nietfeld/dpa/picture alliance": a slash lists credits, lowercase agency names included.
  if (text.includes("/")) return false;
  let others = 0;
  for (const m of text.matchAll(LOWER_WORD)) if (!CREDIT_LOWER_WORDS.has(m[0]) && ++others >= 3) return true;
  return false;
}

function lastCreditLabel(line: string): { index: number; end: number } | null {
  const found = lastLabel(line);
  return found && readsAsSentence(line.slice(found.end)) ? null : found;
}

function lastLabel(line: string): { index: number; end: number } | null {
  let found: { index: number; end: number } | null = null;
  const colon = line.lastIndexOf(":");
  if (colon < 0 || line.length - colon > 125) return null;
  const from = Math.max(0, line.length - LABEL_WINDOW);
  if (!labelBeforeColon(line, from, colon)) return null;
  for (const re of LABEL_PATTERNS) {
    re.lastIndex = from;
    for (let m = re.exec(line); m; m = re.exec(line)) {
      const rest = line.length - (m.index + m[0].length);
      if (rest > 0 && rest <= 120 && (!found || m.index > found.index))
        found = { index: m.index, end: m.index + m[0].length };
    }
  }
  return found;
}

/** The label words of CREDIT_LABEL and GLUED_LABEL that can stand right before the colon. */
const LABEL_WORDS = [
  "image",
  "images",
  "photo",
  "photos",
  "photograph",
  "photography",
  "picture",
  "pictures",
  "pic",
  "foto",
  "fotos",
  "bild",
  "bildquelle",
  "imagem",
  "imagen",
  "immagine",
  "credit",
  "credits",
  "source",
  "fuente",
  "quelle",
  "video",
  "audio",
];

/**
 * Cheap test before the label regexes: some colon at or after `from` (the last at `colon`) has, before
 * its white space, letters ending in a label word. Matched as the `iu` regex would: "ſ" is an "s", the
 * Kelvin sign a "k".
 */
function labelBeforeColon(line: string, from: number, colon: number): boolean {
  for (let at = colon; at >= from; at = line.lastIndexOf(":", at - 1)) {
    let last = at - 1;
    while (last >= 0 && isSpaceUnit(line.charCodeAt(last))) last--;
    for (const word of LABEL_WORDS) if (endsWithWord(line, last, word)) return true;
    if (at === 0) break;
  }
  return false;
}

/** Whether `line` up to index `last` ends with `word` (lower-case ASCII), letters folded as the `iu` regex folds them. */
function endsWithWord(line: string, last: number, word: string): boolean {
  if (last + 1 < word.length) return false;
  for (let k = 0; k < word.length; k++) {
    let c = line.charCodeAt(last - k);
    if (c >= 65 && c <= 90) c += 32;
    else if (c === 0x17f) c = 115;
    else if (c === 0x212a) c = 107;
    if (c !== word.charCodeAt(word.length - 1 - k)) return false;
  }
  return true;
}

/** The code units `\s` matches. */
export function isSpaceUnit(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function trim(line: string, from: number, to: number, offset: number): TextSpan | null {
  let s = from;
  let e = to;
  while (s < e && /[\s(]/.test(line[s] ?? "")) s++;
  while (e > s && /[\s|,;:-]/.test(line[e - 1] ?? "")) e--;
  return e > s ? { text: line.slice(s, e), start: offset + s, end: offset + e } : null;
}

/** Credit text ("Nicolas Remene/Le Pictorium/imago images") → photographers and agencies. */
export function creditOf(span: TextSpan): Credit {
  const parts = mapPacked(
    span.text.replace(/[.\s]+$/, "").split(/\s*(?:\/|\bvia\b|;|,|\||&|\band\b|\bfor\b)\s*/iu),
    (p) => p.replace(/^[©\s]+|[\s.]+$/g, "").trim(),
  ).filter((p) => p.length > 0);
  const photographers: string[] = [];
  const agencies: string[] = [];
  for (const part of parts) (looksLikePersonName(part) ? photographers : agencies).push(part);
  return { ...span, photographers, agencies };
}

const INITIAL_TOKEN = /^\p{Lu}\.$/u;
const CAPITALISED_NAME_TOKEN = /^\p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}[\p{Ll}'’]+)?$/u;

export function looksLikePersonName(part: string): boolean {
  if (AGENCY_WORDS.test(part)) return false;
  const tokens = part.split(/\s+/);
  if (tokens.length < 2 || tokens.length > 5) return false;
  if (LEADING_ARTICLES.has((tokens[0] ?? "").toLowerCase())) return false;
  let capitalised = 0;
  for (const t of tokens) {
    if (NAME_PARTICLES.has(t.toLowerCase())) continue;
    if (INITIAL_TOKEN.test(t)) {
      capitalised++;
      continue;
    }
    if (!CAPITALISED_NAME_TOKEN.test(t)) return false;
    capitalised++;
  }
  return capitalised >= 2;
}
