import type { GoldQuoteDocument } from "./corpus.ts";
import { normaliseMentionText, spanOverlap } from "./score-ner.ts";

export interface PredictedQuote {
  start: number;
  end: number;
  speaker: string | null;
}
export interface PredictedQuoteDocument {
  id: string;
  quotes: readonly PredictedQuote[];
}

export interface QuoteScore {
  gold: number;
  predicted: number;
  found: number;
  attributed: number;
  /** Unmatched predictions overlapping a scare quote or title. */
  onNonQuotes: number;
  /** Unmatched predictions overlapping neither a gold quote nor a nonQuote. */
  falsePositives: number;
  /** found / gold */
  recall: number;
  /** attributed / gold */
  speakerAccuracy: number;
}

/** Same speaker: equal names, or one name contains the other and both end in the same word ("Mohib"). */
export function speakersAgree(predicted: string | null, gold: string | null): boolean {
  const p = normaliseMentionText(predicted);
  const g = normaliseMentionText(gold);
  if (!g) return !p;
  if (!p) return false;
  if (p === g) return true;
  const last = (s: string) => s.split(" ").pop();
  return last(p) === last(g) && (g.includes(p) || p.includes(g));
}

/**
 * A gold quote missed ("missed"), found with another speaker ("speaker", with the prediction), or a
 * prediction matching no gold quote ("false"), reported to an error listing.
 */
export type QuoteErrorSink = (
  docId: string,
  kind: "missed" | "speaker" | "false",
  quote: { start: number; end: number; speaker: string | null },
  predicted?: PredictedQuote,
) => void;

/** A gold quote is found when an unused prediction covers at least half of it (the largest such overlap). */
export function scoreQuotes(
  gold: readonly GoldQuoteDocument[],
  predicted: readonly PredictedQuoteDocument[],
  onError?: QuoteErrorSink,
): QuoteScore {
  const byId = new Map(predicted.map((p) => [p.id, p]));
  const score = { gold: 0, predicted: 0, found: 0, attributed: 0, onNonQuotes: 0, falsePositives: 0 };
  for (const doc of gold) {
    const preds = byId.get(doc.id)?.quotes ?? [];
    score.predicted += preds.length;
    const used = new Set<number>();
    for (const g of doc.quotes) {
      score.gold++;
      let best = -1;
      let bestOverlap = 0;
      preds.forEach((q, i) => {
        const o = spanOverlap(g, q);
        if (!used.has(i) && o >= 0.5 * (g.end - g.start) && o > bestOverlap) {
          best = i;
          bestOverlap = o;
        }
      });
      const match = preds[best];
      if (!match) {
        onError?.(doc.id, "missed", g);
        continue;
      }
      used.add(best);
      score.found++;
      if (speakersAgree(match.speaker, g.speaker)) score.attributed++;
      else onError?.(doc.id, "speaker", g, match);
    }
    preds.forEach((q, i) => {
      if (used.has(i)) return;
      if (doc.nonQuotes.some((n) => spanOverlap(n, q) > 0)) score.onNonQuotes++;
      else if (!doc.quotes.some((g) => spanOverlap(g, q) > 0)) score.falsePositives++;
      else return;
      onError?.(doc.id, "false", q);
    });
  }
  return {
    ...score,
    recall: score.found / (score.gold || 1),
    speakerAccuracy: score.attributed / (score.gold || 1),
  };
}
