import type { TextSpan } from "@newsgraph/schema";

/** Appends blocks to a plain-text rendering, separated by blank lines, and returns each block's span. */
export class TextRendering {
  private readonly parts: string[] = [];
  private length = 0;

  add(text: string): TextSpan {
    if (this.length > 0) {
      this.parts.push("\n\n");
      this.length += 2;
    }
    const start = this.length;
    this.parts.push(text);
    this.length += text.length;
    return { text, start, end: this.length };
  }

  /** Appends `pieces` on one line, separated by `separator`; returns the span of each piece. */
  addLine(pieces: string[], separator: string, prefix = ""): TextSpan[] {
    const line = prefix + pieces.join(separator);
    const lineSpan = this.add(line);
    const spans: TextSpan[] = [];
    let offset = lineSpan.start + prefix.length;
    for (const piece of pieces) {
      spans.push({ text: piece, start: offset, end: offset + piece.length });
      offset += piece.length + separator.length;
    }
    return spans;
  }

  toString(): string {
    return this.parts.join("");
  }
}

/** The sub-span of `span` covering `part`, which must occur in it; null when it does not. */
export function subSpan(span: TextSpan, part: string): TextSpan | null {
  const at = span.text.indexOf(part);
  if (at < 0 || part.length === 0) return null;
  return { text: part, start: span.start + at, end: span.start + at + part.length };
}
