import type { Block } from "../blocks.ts";

/** Text between quotation marks; offsets into `Article.text`, content only (no marks, no edge spaces). */
export interface QuotedSpan {
  blockIndex: number;
  /** Offset of the opening mark; null when a paragraph continues a quote without one. */
  openMark: number | null;
  /** Offset of the closing mark; null when the quote runs on to the end of the block. */
  closeMark: number | null;
  start: number;
  end: number;
  mark: "double" | "single";
  /** The previous paragraph's quote ran on into this one. */
  continuesPrevious: boolean;
}

const DOUBLE_MARKS = new Set(['"', "“", "”", "„", "«", "»", "‟"]);
/** DOUBLE_MARKS by char code: " “ ” „ ‟ « » */
const isDoubleMark = (c: number) => c === 34 || c === 0xab || c === 0xbb || (c >= 0x201c && c <= 0x201f);
const isDigit = (c: number) => c >= 48 && c <= 57;
const OPENING_CONTEXT = /[\s([{\u2014\u2013\-/:]/;
const CONTRACTIONS = /^(?:s|t|d|m|ll|re|ve|tis|twas|em|n|cause|til|bout|round|\d\ds?)\b/i;

const isSpace = (ch: string | undefined) => ch === undefined || /\s/.test(ch);
const WORD_CHAR = /[\p{L}\p{N}]/u;
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
const SPACE_LOWER = /^ \p{Ll}/u;
const CLOSING_SINGLE = /['’](?![\p{L}\p{N}])/u;
const isWordChar = (ch: string | undefined) => ch !== undefined && WORD_CHAR.test(ch);

function looksClosing(text: string, i: number): boolean {
  const before = text[i - 1];
  const after = text[i + 1];
  return !isSpace(before) && !isWordChar(after);
}

function trimmedSpan(text: string, from: number, to: number): { start: number; end: number } {
  let s = from;
  let e = to;
  while (s < e && /\s/.test(text[s] ?? "")) s++;
  while (e > s && /\s/.test(text[e - 1] ?? "")) e--;
  return { start: s, end: e };
}

interface LocalSpan {
  open: number | null;
  close: number | null;
  start: number;
  end: number;
  mark: "double" | "single";
  continuesPrevious: boolean;
}

/** Two single marks written for one double mark: ‘‘ or ’’ or ''. */
function isDoubledSingle(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c !== 0x2019 && c !== 0x2018 && c !== 39) return false;
  const pair = text.slice(i, i + 2);
  if (pair !== "’’" && pair !== "‘‘" && pair !== "''") return false;
  return isSpace(text[i - 1]) !== isSpace(text[i + 2]) || !isWordChar(text[i + 2]);
}

function doubleQuotedSpans(text: string, carriedOpen: boolean): { spans: LocalSpan[]; endsOpen: boolean } {
  const marks: number[] = [];
  const width = new Map<number, number>();
  for (let i = 0; i < text.length; i++) {
    if (isDoubleMark(text.charCodeAt(i))) marks.push(i);
    else if (isDoubledSingle(text, i)) {
      marks.push(i);
      width.set(i, 2);
      i++;
    }
  }
  const spans: LocalSpan[] = [];
  let open: number | null = null;
  let openIsVirtual = false;
  const first = marks[0];
  if (
    carriedOpen &&
    first !== undefined &&
    first > 0 &&
    text.slice(0, first).trim().length > 0 &&
    looksClosing(text, first)
  ) {
    open = -1;
    openIsVirtual = true;
  }
  for (const m of marks) {
    if (open === null) {
      // "a 34" 3440x1440 panel", "the 16” received": a mark right after a digit, with no quote open,
      // is an inch mark; it opens nothing (a quote may still close on one: "posts 250 and 251"").
      if (m > 0 && isDigit(text.charCodeAt(m - 1))) continue;
      open = m;
      continue;
    }
    const span = trimmedSpan(text, open + (width.get(open) ?? 1), m);
    if (span.end > span.start) {
      spans.push({
        open: openIsVirtual ? null : open,
        close: m,
        ...span,
        mark: "double",
        continuesPrevious: openIsVirtual || (carriedOpen && open === 0 && spans.length === 0),
      });
    }
    open = null;
    openIsVirtual = false;
  }
  let endsOpen = false;
  if (open !== null) {
    const span = trimmedSpan(text, open + (width.get(open) ?? 1), text.length);
    if (span.end > span.start) {
      spans.push({
        open: openIsVirtual ? null : open,
        close: null,
        ...span,
        mark: "double",
        continuesPrevious: openIsVirtual || (carriedOpen && open === 0 && spans.length === 0),
      });
      endsOpen = true;
    }
  }
  return { spans, endsOpen };
}

function isSingleOpening(text: string, i: number): boolean {
  const ch = text[i];
  const before = text[i - 1];
  const after = text[i + 1];
  if (isSpace(after)) return false;
  if (ch === "‘" && !isWordChar(before)) return true;
  if (before !== undefined && !OPENING_CONTEXT.test(before) && !DOUBLE_MARKS.has(before)) return false;
  if (!isWordChar(after) && after !== "[" && after !== "." && after !== "…") return false;
  return !CONTRACTIONS.test(text.slice(i + 1, i + 6));
}

function isSingleClosing(text: string, i: number): boolean {
  const before = text[i - 1];
  const after = text[i + 1];
  if (isSpace(before)) return false;
  if (!isWordChar(after)) return true;
  return LOWER.test(before ?? "") && UPPER.test(after ?? "");
}

function singleQuotedSpans(text: string, taken: LocalSpan[]): LocalSpan[] {
  // A span opens only at ' or ‘.
  if (!text.includes("'") && !text.includes("‘")) return [];
  const quoted = new Uint8Array(text.length + 1);
  for (const s of taken) quoted.fill(1, Math.max(0, s.open ?? 0), (s.close ?? text.length) + 2);
  const spans: LocalSpan[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if ((c === 39 || c === 0x2018) && quoted[i] !== 1 && isSingleOpening(text, i)) {
      let close = -1;
      for (let j = i + 2; j < text.length && j - i < 400; j++) {
        const cj = text[j];
        if (cj === "\n" || DOUBLE_MARKS.has(cj ?? "")) break;
        if ((cj === "'" || cj === "’") && isSingleClosing(text, j)) {
          const possessive = text[j - 1] === "s" && SPACE_LOWER.test(text.slice(j + 1, j + 3));
          if (possessive && text.slice(j + 1, i + 400).search(CLOSING_SINGLE) >= 0) continue;
          close = j;
          break;
        }
      }
      if (close > 0) {
        const span = trimmedSpan(text, i + 1, close);
        if (span.end > span.start) {
          spans.push({ open: i, close, ...span, mark: "single", continuesPrevious: false });
        }
        i = close + 1;
        continue;
      }
    }
    i++;
  }
  return spans;
}

/**
 * Every span in quotation marks, block by block. Straight and curly, double and single marks;
 * apostrophes are told apart from single marks by what surrounds them. A paragraph whose quote has
 * no closing mark runs on to the paragraph's end, and the next paragraph may continue it.
 */
export function findQuotedSpans(blocks: Block[]): QuotedSpan[] {
  const result: QuotedSpan[] = [];
  let carriedOpen = false;
  const push = (blockIndex: number, block: Block, spans: LocalSpan[]) => {
    for (const s of spans.sort((a, b) => a.start - b.start)) {
      result.push({
        blockIndex,
        openMark: s.open === null ? null : block.start + s.open,
        closeMark: s.close === null ? null : block.start + s.close,
        start: block.start + s.start,
        end: block.start + s.end,
        mark: s.mark,
        continuesPrevious: s.continuesPrevious,
      });
    }
  };
  blocks.forEach((block, blockIndex) => {
    if (block.kind === "caption" || block.kind === "alt") {
      const { spans } = doubleQuotedSpans(block.text, false);
      push(blockIndex, block, [...spans, ...singleQuotedSpans(block.text, spans)]);
      return;
    }
    const carry = carriedOpen && block.kind === "paragraph";
    const { spans: doubles, endsOpen } = doubleQuotedSpans(block.text, carry);
    carriedOpen = endsOpen && block.kind === "paragraph";
    push(blockIndex, block, [...doubles, ...singleQuotedSpans(block.text, doubles)]);
  });
  return result;
}
