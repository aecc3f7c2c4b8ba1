import type { GoldDocument } from "./corpus.ts";

export const SCORED_TYPES = ["person", "organization", "place"] as const;
export type ScoredType = (typeof SCORED_TYPES)[number];

interface Spanned {
  start: number;
  end: number;
  text: string;
}
export interface PredictedMention extends Spanned {
  type: string;
}
export interface PredictedDocument {
  id: string;
  entities: readonly PredictedMention[];
}

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
  /** Matches whose text equals the gold text, ignoring a leading article and a trailing "'s". */
  exact: number;
}

export interface PrfScore extends Tally {
  precision: number;
  recall: number;
  f1: number;
  /** exact / (tp + fn): the share of gold mentions found with exactly the gold boundaries. */
  exactShare: number;
}

export interface NerScore {
  perType: Record<ScoredType, PrfScore>;
  micro: PrfScore;
  lowestTypeF1: number;
  missingDocuments: number;
}

/** Comparison form of a mention's text: curly quotes straightened, leading article and trailing "'s" dropped. */
export function normaliseMentionText(s: string | null | undefined): string {
  return String(s ?? "")
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/^(the|a|an)\s+/i, "")
    .replace(/('s|')$/i, "")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

export function spanOverlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

export function f1Of(precision: number, recall: number): number {
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
}

/** Predicted type labels as systems write them (PER, ORG, GPE, …) → the scored types. */
export function scoredTypeOf(type: string): string {
  const t = type.toLowerCase();
  if (/^(person|per|people)$/.test(t)) return "person";
  if (/^(organization|organisation|org)$/.test(t)) return "organization";
  if (/^(place|location|loc|gpe)$/.test(t)) return "place";
  return t;
}

function isScoredType(type: string): type is ScoredType {
  return (SCORED_TYPES as readonly string[]).includes(type);
}

export function prfOf(tally: Tally): PrfScore {
  const precision = tally.tp / (tally.tp + tally.fp || 1);
  const recall = tally.tp / (tally.tp + tally.fn || 1);
  return {
    ...tally,
    precision,
    recall,
    f1: f1Of(precision, recall),
    exactShare: tally.exact / (tally.tp + tally.fn || 1),
  };
}

/** An unmatched gold mention ("fn") or prediction ("fp"), reported to an error listing. */
export type NerErrorSink = (kind: "fn" | "fp", span: Spanned, type: ScoredType) => void;

/** Score one document's predictions of one type against its gold mentions. */
export function tallyType(
  gold: readonly (Spanned & { type: string; named: boolean })[],
  predicted: readonly Spanned[],
  type: ScoredType,
  onError?: NerErrorSink,
  /** Flat gold's names of every type (events too): a prediction inside a longer one is not judged. */
  flatNames?: readonly Spanned[],
): Tally {
  const ofType = gold.filter((g) => g.type === type);
  const unjudged = (p: Spanned) =>
    flatNames?.some((g) => g.start <= p.start && p.end <= g.end && g.end - g.start > p.end - p.start) ??
    false;
  const named = ofType.filter((g) => g.named);
  const isOptional = (g: Spanned) =>
    named.some((o) => o !== g && o.start <= g.start && g.end <= o.end && o.end - o.start > g.end - g.start);
  const pairs: [number, number, number][] = [];
  named.forEach((g, gi) => {
    predicted.forEach((p, pi) => {
      const o = spanOverlap(g, p);
      if (o > 0) pairs.push([o, gi, pi]);
    });
  });
  pairs.sort((a, b) => b[0] - a[0]);
  const matchedGold = new Set<number>();
  const matchedPred = new Set<number>();
  const tally: Tally = { tp: 0, fp: 0, fn: 0, exact: 0 };
  for (const [, gi, pi] of pairs) {
    if (matchedGold.has(gi) || matchedPred.has(pi)) continue;
    matchedGold.add(gi);
    matchedPred.add(pi);
    tally.tp++;
    if (normaliseMentionText(named[gi]?.text) === normaliseMentionText(predicted[pi]?.text)) tally.exact++;
  }
  named.forEach((g, gi) => {
    if (matchedGold.has(gi) || isOptional(g)) return;
    tally.fn++;
    onError?.("fn", g, type);
  });
  predicted.forEach((p, pi) => {
    if (matchedPred.has(pi)) return;
    if (ofType.some((g) => spanOverlap(g, p) > 0) || unjudged(p)) return;
    tally.fp++;
    onError?.("fp", p, type);
  });
  return tally;
}

/**
 * Named person/organization/place mentions: type-matched span overlap, one-to-one, largest overlap first.
 * A named gold mention nested in a longer named one of its type is optional; a prediction overlapping
 * only unnamed (or optional) gold of its type counts neither way, and so does, in flat gold, a
 * prediction inside a longer gold mention of another type.
 */
export function scoreNer(
  gold: readonly GoldDocument[],
  predicted: readonly PredictedDocument[],
  onError?: (docId: string, ...error: Parameters<NerErrorSink>) => void,
): NerScore {
  const byId = new Map(predicted.map((p) => [p.id, p]));
  const tallies = Object.fromEntries(
    SCORED_TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0, exact: 0 }]),
  ) as Record<ScoredType, Tally>;
  let missingDocuments = 0;
  for (const doc of gold) {
    const prediction = byId.get(doc.id);
    if (!prediction) missingDocuments++;
    const preds = (prediction?.entities ?? []).map((e) => ({ ...e, type: scoredTypeOf(e.type) }));
    const goldOfTypes = doc.entities.filter((e) => isScoredType(e.type));
    for (const type of SCORED_TYPES) {
      const t = tallyType(
        goldOfTypes,
        preds.filter((p) => p.type === type),
        type,
        onError && ((...error) => onError(doc.id, ...error)),
        doc.flat === true ? doc.entities.filter((e) => e.named) : undefined,
      );
      const sum = tallies[type];
      sum.tp += t.tp;
      sum.fp += t.fp;
      sum.fn += t.fn;
      sum.exact += t.exact;
    }
  }
  const perType = Object.fromEntries(SCORED_TYPES.map((t) => [t, prfOf(tallies[t])])) as Record<
    ScoredType,
    PrfScore
  >;
  const total = SCORED_TYPES.reduce(
    (acc, t) => ({
      tp: acc.tp + tallies[t].tp,
      fp: acc.fp + tallies[t].fp,
      fn: acc.fn + tallies[t].fn,
      exact: acc.exact + tallies[t].exact,
    }),
    { tp: 0, fp: 0, fn: 0, exact: 0 },
  );
  return {
    perType,
    micro: prfOf(total),
    lowestTypeF1: Math.min(...SCORED_TYPES.map((t) => perType[t].f1)),
    missingDocuments,
  };
}
