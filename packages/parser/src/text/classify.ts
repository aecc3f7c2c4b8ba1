import { mapPacked, maxOf } from "../arrays.ts";
import {
  countLineWords,
  hasStopWordList,
  isUnspacedLanguage,
  type LineWordCounts,
  stopWordShare,
} from "./language.ts";
import type { Line } from "./lines.ts";

export type LineClass = "good" | "near" | "short" | "bad";

export interface LineFeatures {
  chars: number;
  words: number;
  stopDensity: number;
  sentenceEnd: boolean;
  repeated: boolean;
  boilerplate: boolean;
  /** A list item, form widget or boilerplate phrase: navigation rather than prose. */
  linkLike: boolean;
  /** A heading that opens comments, related links or the footer ("12 comments", "Related articles"). */
  wall: boolean;
  /** The wall opens reader comments. */
  comments: boolean;
  /** A row of a table rendered as aligned columns, in a run of rows with as many columns. */
  tabular: boolean;
  cls: LineClass;
}

const FORM_WIDGET = /\[\s*\]|\[ {3,}|\(\*\)|\( \)|_{4,}|━{3,}|─{3,}|={4,}/u;

/** FORM_WIDGET, tried only on lines holding one of the characters it starts with. */
function isFormWidget(text: string): boolean {
  return (
    (text.includes("[") ||
      text.includes("(") ||
      text.includes("_") ||
      text.includes("━") ||
      text.includes("─") ||
      text.includes("=")) &&
    FORM_WIDGET.test(text)
  );
}

/** `/[.!?。！？…;]["'”’»)\]]*$/u`: sentence punctuation, then only closing quotes and brackets. */
function endsSentence(text: string): boolean {
  let i = text.length - 1;
  for (; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c !== 34 && c !== 39 && c !== 0x201d && c !== 0x2019 && c !== 0xbb && c !== 41 && c !== 93) break;
  }
  if (i < 0) return false;
  const c = text.charCodeAt(i);
  return (
    c === 46 ||
    c === 33 ||
    c === 63 ||
    c === 0x3002 ||
    c === 0xff01 ||
    c === 0xff1f ||
    c === 0x2026 ||
    c === 59
  );
}
const BOILERPLATE_LINE =
  /^(?:share|tweet|e-?mail|print|follow us|follow|subscribe|sign (?:in|up)|log ?in|log ?out|register|advertisement|advertising|adchoices|ad choices|sponsored|read more|see more|show more|load more|more stories|related|related articles|related stories|most read|most popular|trending|comments?|leave a comment|menu|search|home|skip to|back to top|top|next|previous|newsletter|contact us|about us|all rights reserved|privacy|terms|cookie|accept|close|reply|permalink|copy link|whatsapp|facebook|twitter|linkedin|pinterest|reddit|telegram|weibo|our (?:standards|editorial|ethics|principles|policies)|editorial (?:standards|guidelines|policy|policies)|code of ethics|(?:ethics|corrections) policy)\b/u;
const BOILERPLATE_ANYWHERE =
  /cookies?\b|all rights reserved|©|\bcopyright\b|javascript|your browser|newsletter|sign up for|subscribe to|unsubscribe|terms of (?:use|service)|privacy (?:policy|statement)|affiliate commission|follow us on|share this|download (?:on|the) app|get it on google play|app store/u;

const WALL =
  /^(?:\[\s*)?(?:\d+\s+)?(?:comments?|responses?|replies|discussion|leave a (?:reply|comment)|post a comment|add a comment|join the (?:discussion|conversation)|top rated comments|show comments|view comments|related(?: articles| stories| posts| content| news| coverage| links)?|more (?:from|stories|on|in|news)|you (?:may|might) also like|recommended(?: for you| stories| articles)?|read (?:more|next)|most (?:read|popular|viewed|shared)|trending(?: now| stories)?|popular (?:posts|stories|articles)|latest (?:news|stories|posts|articles)|also read|see also|further reading|about the author|kommentare|comentários|comentarios|commentaires|commenti|leia também|lesen sie auch|weitere artikel|à lire aussi|mehr zum thema|похожие|комментарии)\b[^\n]{0,25}$/iu;

const COMMENTS =
  /comment|responses|replies|reply|discussion|conversation|kommentar|comentário|comentario|commentaire|commenti|комментари/iu;

/** Block-level features and a first class per line, jusText-style: long sentence-like text is good, link-like runs are bad. */
export function classifyLines(
  lines: readonly Line[],
  language: string | null,
  keys: readonly string[] = mapPacked(lines, (line) => line.text.toLowerCase()),
  counts: LineWordCounts = countLineWords(keys),
): LineFeatures[] {
  const seen = new Map<string, number>();
  for (const key of keys) seen.set(key, (seen.get(key) ?? 0) + 1);
  const unspaced = isUnspacedLanguage(language);
  const tabular = tableRows(lines);
  const knownStopWords = hasStopWordList(language);
  return mapPacked(lines, (line, index) => {
    const key = keys[index] ?? "";
    const wordCount = counts.words[index] ?? 0;
    const chars = line.text.length;
    const stopDensity = knownStopWords ? stopWordShare(counts, index, language) : 0.3;
    const sentenceEnd = endsSentence(line.text);
    const repeated = (seen.get(key) ?? 0) > 1;
    const boilerplate =
      isFormWidget(line.text) ||
      (chars < 60 && BOILERPLATE_LINE.test(key)) ||
      (chars < 250 && BOILERPLATE_ANYWHERE.test(key));
    const linkLike = boilerplate || line.bullet || isGluedTeaser(line.text);
    const wall = chars <= 60 && WALL.test(line.text);
    const comments = wall && COMMENTS.test(line.text);
    const features: LineFeatures = {
      chars,
      words: wordCount,
      stopDensity,
      sentenceEnd,
      repeated,
      boilerplate,
      linkLike,
      wall,
      comments,
      tabular: tabular[index] === 1,
      cls: "bad",
    };
    features.cls = classOf(line, features, unspaced);
    return features;
  });
}

const COLUMN_GAP = /\S(?: {2,}|\t)(?=\S)/g;
const MIN_TABLE_ROWS = 4;

/** Rows of tables rendered as text: runs of at least MIN_TABLE_ROWS lines whose cells (split by wide gaps) number alike. */
function tableRows(lines: readonly Line[]): Uint8Array {
  const rows = new Uint8Array(lines.length);
  const cells = mapPacked(lines, (line) => {
    if (line.text.length > 300 || !line.text.includes("  ")) return 0;
    COLUMN_GAP.lastIndex = 0;
    let gaps = 0;
    while (COLUMN_GAP.exec(line.text)) gaps++;
    return gaps >= 2 ? gaps + 1 : 0;
  });
  let start = 0;
  for (let i = 1; i <= lines.length; i++) {
    const first = cells[start] ?? 0;
    const c = cells[i] ?? 0;
    if (i < lines.length && first > 0 && c > 0 && Math.abs(c - first) <= 1) continue;
    if (first > 0 && i - start >= MIN_TABLE_ROWS) rows.fill(1, start, i);
    start = i;
  }
  return rows;
}

const FIRST_PUNCTUATION = /[.,;] /;
const GLUE = /\p{Ll}{3}[?!’”"']?(?=\p{Lu}\p{Ll}*\s)/gu;

/** A link whose headline runs straight into its summary: "… Student-AthleteA 24-year-old woman …". */
function isGluedTeaser(line: string): boolean {
  // No glue in the first 240 characters means none in any shorter head either.
  if (!mayHaveGlue(line, 240)) return false;
  const punctuation = FIRST_PUNCTUATION.exec(line);
  const text = line.slice(0, Math.min(240, punctuation ? punctuation.index + 1 : 240));
  if (!mayHaveGlue(text, text.length)) return false;
  GLUE.lastIndex = 0;
  for (let m = GLUE.exec(text); m && m.index < 200; m = GLUE.exec(text)) {
    const head = text.slice(0, m.index + m[0].length);
    if (/[.,;] /.test(head)) return false;
    const tokens = head.split(/\s+/);
    if (tokens.length < 3) continue;
    const capitalised = tokens.filter((t) => /^[\p{Lu}\p{N}'‘"“]/u.test(t)).length;
    if (capitalised / tokens.length >= 0.6) return true;
  }
  return false;
}

/**
 * Cheap test before GLUE on the first `limit` characters: an ASCII capital after three lower-case letters,
 * or after three and a closing mark (any non-ASCII unit may be either), or any non-ASCII capital or surrogate.
 */
function mayHaveGlue(text: string, limit: number): boolean {
  const end = Math.min(limit, text.length);
  for (let i = 3; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) {
      if ((c >= 0xd800 && c <= 0xdfff) || isUpperUnit(c)) return true;
    } else if (c >= 65 && c <= 90) {
      const p = text.charCodeAt(i - 1);
      if (mayBeLower(p) && mayBeLower(text.charCodeAt(i - 2)) && mayBeLower(text.charCodeAt(i - 3)))
        return true;
      if (
        (p === 63 || p === 33 || p === 39 || p === 34 || p >= 128) &&
        i >= 4 &&
        mayBeLower(text.charCodeAt(i - 2)) &&
        mayBeLower(text.charCodeAt(i - 3)) &&
        mayBeLower(text.charCodeAt(i - 4))
      )
        return true;
    }
  }
  return false;
}

/** An ASCII lower-case letter or any non-ASCII unit. */
function mayBeLower(c: number): boolean {
  return (c >= 97 && c <= 122) || c >= 128;
}

const UPPER = /\p{Lu}/u;
/** UPPER of a single non-surrogate code unit: 0 not yet tested, 1 yes, 2 no. */
const UPPER_UNIT = new Uint8Array(0x10000);

function isUpperUnit(c: number): boolean {
  let known = UPPER_UNIT[c];
  if (known === 0) {
    known = UPPER.test(String.fromCharCode(c)) ? 1 : 2;
    UPPER_UNIT[c] = known;
  }
  return known === 1;
}

const SPEECH = "said|says|added|adds|told|tells|asked|asks|wrote|writes|explained|recalled|replied";
/** A quotation in double marks, then a speaker of up to four words and a speech verb, or the verb first: “…,” she said. */
const FRAMED_QUOTE = new RegExp(
  `^["“][^"“”]+[,.!?]["”]\\s+(?:(?:\\p{L}[\\p{L}.'’-]*\\s+){1,4}(?:${SPEECH})\\b|(?:${SPEECH})\\s+\\p{L})`,
  "u",
);

/** A line that tells the reader to do something on the page: "View the discussion thread.", "Click here to …". */
const CALL_TO_ACTION =
  /^(?:view|click|tap|watch|listen|join|download|visit|explore|discover|find|see|get|try|learn|continue|go|read|follow|check|scroll|swipe|let us|tell us|send us|email us|write to us|contact)\b/iu;

function classOf(line: Line, f: Omit<LineFeatures, "cls">, unspaced: boolean): LineClass {
  if (f.boilerplate || f.words === 0 || (f.linkLike && !line.bullet)) return "bad";
  if (f.tabular && !line.bullet) return "near";
  if (f.repeated && f.chars < 200) return "bad";
  const size = unspaced ? f.chars / 2.5 : f.words;
  if (line.bullet) return size >= 15 && f.sentenceEnd && f.stopDensity >= 0.2 ? "near" : "bad";
  // "“It was close,” the coach said.": a short quotation with its speech cue is article text.
  if (size < 7) {
    if (f.sentenceEnd && FRAMED_QUOTE.test(line.text)) return "near";
    // "Residents of Lyon fled their homes.": a short sentence is article text; "View the discussion thread." is not.
    return size >= 4 && f.sentenceEnd && f.stopDensity >= 0.12 && !CALL_TO_ACTION.test(line.text)
      ? "near"
      : "short";
  }
  if (f.stopDensity < 0.12) {
    if (size >= 12 && f.sentenceEnd) return "near";
    return size < 12 && !f.sentenceEnd && !f.repeated ? "short" : "bad";
  }
  if (size >= 25 && f.stopDensity >= 0.2) return "good";
  if (f.sentenceEnd && size >= 12 && f.stopDensity >= 0.2) return "good";
  if (f.sentenceEnd) return "near";
  return "short";
}

function weightOf(f: LineFeatures): number {
  if (f.cls === "good") return f.chars;
  if (f.cls === "near") return 0.5 * f.chars;
  if (f.cls === "short") return -0.1 * Math.max(f.chars, 20);
  return (f.linkLike ? -0.6 : -0.2) * Math.max(f.chars, 20);
}

const CHAIN_GAP = 8;
const EARLY_SHARE = 0.3;
/** A run besides its segment's best is kept when it holds about a paragraph of good text. */
const KEPT_RUN_SCORE = 150;

export interface Region {
  first: number;
  last: number;
  score: number;
}

/**
 * The main content region. Walls (comment and related-link headings) split the page into segments;
 * in each, the run of lines with the largest sum of weights (good text for its length, boilerplate
 * against it) is found in one linear pass (maximum-sum subarray). A smaller run of about a paragraph
 * or more that starts within CHAIN_GAP lines of the candidate before it is kept too ("Read More" and one terse line inside an
 * article, then its last paragraphs, then a long footer). Candidates that close together chain; the
 * earliest chain scoring at least EARLY_SHARE of the best wins: articles come before their comments
 * and related links.
 */
export function mainRegion(features: readonly LineFeatures[]): Region | null {
  const candidates: Region[] = [];
  let runs: Region[] = [];
  let run: Region | null = null;
  let sum = 0;
  let first = 0;
  const endRun = () => {
    if (run) runs.push(run);
    run = null;
    sum = 0;
  };
  const close = () => {
    endRun();
    if (runs.length === 0) return;
    const best = runs.reduce((a, b) => (b.score > a.score ? b : a));
    let last = candidates[candidates.length - 1]?.last ?? Number.NEGATIVE_INFINITY;
    for (const r of runs) {
      if (r === best || (r.score >= KEPT_RUN_SCORE && r.first - last <= CHAIN_GAP)) {
        candidates.push(r);
        last = r.last;
      }
    }
    runs = [];
  };
  let goodSoFar = 0;
  let userContent = false;
  for (let i = 0; i < features.length; i++) {
    const f = features[i];
    if (!f) continue;
    if (f.wall) {
      close();
      if (goodSoFar >= 500 && f.comments) userContent = true;
      continue;
    }
    if (sum <= 0) {
      endRun();
      first = i;
    }
    const w = weightOf(f);
    if (w > 0) goodSoFar += w;
    sum += userContent && w > 0 ? w * 0.25 : w;
    if (sum > 0 && (run === null || sum > (run as Region).score)) run = { first, last: i, score: sum };
  }
  close();
  const chains: Region[] = [];
  for (const c of candidates) {
    const previous = chains[chains.length - 1];
    if (previous && c.first - previous.last <= CHAIN_GAP)
      chains[chains.length - 1] = { first: previous.first, last: c.last, score: previous.score + c.score };
    else chains.push(c);
  }
  if (chains.length === 0) return null;
  const top = maxOf(chains, (c) => c.score);
  return chains.find((c) => c.score >= EARLY_SHARE * top) ?? null;
}
