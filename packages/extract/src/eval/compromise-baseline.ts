import nlp from "compromise";
import type { CorpusEntity, CorpusQuote, CorpusRecord } from "./corpus.ts";

interface CompromiseMatch {
  offset?: { start: number; length: number };
}

const QUOTE_MARKS =
  /^["'\u201c\u201d\u2018\u2019\u00ab\u00bb\s]+|["'\u201c\u201d\u2018\u2019\u00ab\u00bb\s]+$/g;

function spansOf(text: string, matches: CompromiseMatch[]): { start: number; end: number; text: string }[] {
  return matches.flatMap((m) => {
    if (!m.offset) return [];
    const start = m.offset.start;
    const end = start + m.offset.length;
    return [{ start, end, text: text.slice(start, end) }];
  });
}

function withoutQuoteMarks(span: { start: number; end: number; text: string }): {
  start: number;
  end: number;
} {
  const lead =
    span.text.length - span.text.replace(/^["'\u201c\u201d\u2018\u2019\u00ab\u00bb\s]+/, "").length;
  const inner = span.text.replace(QUOTE_MARKS, "");
  return { start: span.start + lead, end: span.start + lead + inner.length };
}

/** The baseline: compromise's people, organizations, places and quotations, as a corpus record. */
export function compromiseCorpusRecord(id: string, text: string): CorpusRecord {
  const doc = nlp(text);
  const typed = (matches: unknown, type: CorpusEntity["type"]): CorpusEntity[] =>
    spansOf(text, matches as CompromiseMatch[]).map((s) => ({ ...s, type }));
  const entities = [
    ...typed(doc.people().json({ offset: true }), "person"),
    ...typed(doc.organizations().json({ offset: true }), "organization"),
    ...typed(doc.places().json({ offset: true }), "place"),
  ].sort((a, b) => a.start - b.start || a.end - b.end);
  const quotes: CorpusQuote[] = spansOf(
    text,
    doc.quotations().json({ offset: true }) as CompromiseMatch[],
  ).map((s) => ({ ...withoutQuoteMarks(s), speaker: null, speakerDescription: null, cue: null }));
  return { id, entities, quotes };
}
