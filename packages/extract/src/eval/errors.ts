import type { GoldDocument, GoldQuoteDocument } from "./corpus.ts";
import { type PredictedDocument, scoreNer, spanOverlap } from "./score-ner.ts";
import { type PredictedQuoteDocument, scoreQuotes } from "./score-quotes.ts";

type Span = { start: number; end: number };

const oneLine = (s: string) => s.replace(/\s+/g, " ");

/** The span's text with up to `width` characters either side, the span itself in [brackets]. */
function inContext(text: string, span: Span, width = 40): string {
  const before = oneLine(text.slice(Math.max(0, span.start - width), span.start));
  const after = oneLine(text.slice(span.end, span.end + width));
  return `…${before}[${oneLine(text.slice(span.start, span.end))}]${after}…`;
}

/** What the other side said about the span: the overlapping mentions of other types ("as place: Iran"). */
function overlapping(mentions: readonly (Span & { type: string })[], span: Span, text: string): string {
  const hits = mentions.filter((m) => spanOverlap(m, span) > 0);
  return hits.map((m) => ` (${m.type}: ${oneLine(text.slice(m.start, m.end))})`).join("");
}

/**
 * Every scoring error, one line each and grouped by document: entity misses (fn) and false predictions (fp)
 * with the overlapping mentions of the other side, quotes missed, misattributed or predicted on no gold quote.
 */
export function formatErrors(
  gold: readonly GoldDocument[],
  goldQuotes: readonly GoldQuoteDocument[],
  predicted: readonly (PredictedDocument & PredictedQuoteDocument)[],
): string {
  const lines = new Map<string, string[]>();
  const add = (docId: string, line: string) => lines.set(docId, [...(lines.get(docId) ?? []), line]);
  const textOf = new Map(gold.map((d) => [d.id, d.text]));
  const predictedOf = new Map(predicted.map((p) => [p.id, p]));
  scoreNer(gold, predicted, (docId, kind, span, type) => {
    const text = textOf.get(docId) ?? "";
    const doc = gold.find((d) => d.id === docId);
    const others = kind === "fn" ? (predictedOf.get(docId)?.entities ?? []) : (doc?.entities ?? []);
    add(docId, `${kind} ${type.padEnd(12)} ${inContext(text, span)}${overlapping(others, span, text)}`);
  });
  scoreQuotes(goldQuotes, predicted, (docId, kind, quote, match) => {
    const text = textOf.get(docId) ?? "";
    const speakers = match
      ? ` gold=${quote.speaker} predicted=${match.speaker}`
      : ` speaker=${quote.speaker}`;
    add(docId, `quote ${kind.padEnd(8)}${speakers} ${inContext(text, quote, 60)}`);
  });
  return [...lines].map(([docId, errors]) => [`== ${docId}`, ...errors.sort()].join("\n")).join("\n");
}
