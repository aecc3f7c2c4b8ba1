import type { TextSpan } from "@newsgraph/schema";

export interface Line {
  index: number;
  /** Offsets of the trimmed line (without its list marker) in the input. */
  start: number;
  end: number;
  text: string;
  /** Set when the line starts with a list marker such as "•", "□", "-" or "1.". */
  bullet: boolean;
  blankBefore: boolean;
  blankAfter: boolean;
}

const LIST_MARKER = /^(?:[•□☆◦▪▫●○◆◇■►▸»·*+–-]|\d{1,3}[.)])(?=\s|$)\s*/u;

/** Non-blank lines with exact offsets; list markers are cut off the line's span. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let pos = 0;
  let blankRun = true;
  while (pos <= text.length) {
    let nl = text.indexOf("\n", pos);
    if (nl === -1) nl = text.length;
    let s = pos;
    let e = nl;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) {
      let raw = text.slice(s, e);
      const marker = LIST_MARKER.exec(raw);
      let bullet = false;
      if (marker) {
        bullet = true;
        s += marker[0].length;
        raw = raw.slice(marker[0].length);
      }
      const prev = lines[lines.length - 1];
      if (prev) prev.blankAfter = blankRun;
      lines.push({
        index: lines.length,
        start: s,
        end: e,
        text: raw,
        bullet,
        blankBefore: blankRun,
        blankAfter: true,
      });
      blankRun = false;
    } else if (nl < text.length || pos < text.length) {
      blankRun = true;
    }
    if (nl >= text.length) break;
    pos = nl + 1;
  }
  return lines;
}

function isSpace(c: number): boolean {
  return (
    c === 32 ||
    c === 9 ||
    c === 13 ||
    c === 12 ||
    c === 11 ||
    c === 0xa0 ||
    c === 0x3000 ||
    c === 0x200b ||
    c === 0xfeff
  );
}

export function spanOf(line: Pick<Line, "start" | "end" | "text">): TextSpan {
  return { text: line.text, start: line.start, end: line.end };
}

/** A sub-span of `text` trimmed of surrounding spaces, or null when nothing is left. */
export function trimmedSpan(text: string, start: number, end: number): TextSpan | null {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? "")) s++;
  while (e > s && /\s/.test(text[e - 1] ?? "")) e--;
  return e > s ? { text: text.slice(s, e), start: s, end: e } : null;
}
