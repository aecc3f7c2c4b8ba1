/**
 * Article-body token F1, the metric of the article-extraction benchmark: tokens are runs of Unicode
 * letters, numbers and "_"; each page is a multiset of 4-token windows; precision is averaged over
 * pages with a non-empty prediction, recall over pages with a non-empty gold body; F1 = 2PR/(P+R).
 */
const TOKEN = /[\p{L}\p{N}_]+/gu;
const WINDOW = 4;

export interface PageCounts {
  tp: number;
  fp: number;
  fn: number;
}

export interface PageScore extends PageCounts {
  id: string;
  precision: number;
  recall: number;
  f1: number;
}

export interface BodyScore {
  f1: number;
  precision: number;
  recall: number;
  pages: PageScore[];
}

export function bodyTokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

export function shingleCounts(tokens: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  if (tokens.length === 0) return counts;
  const windows = Math.max(1, tokens.length - WINDOW + 1);
  for (let i = 0; i < windows; i++) {
    const key = tokens.slice(i, i + WINDOW).join(" ");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export function pageCounts(gold: string, predicted: string): PageCounts {
  const g = shingleCounts(bodyTokens(gold));
  const p = shingleCounts(bodyTokens(predicted));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [k, gc] of g) {
    const pc = p.get(k) ?? 0;
    tp += Math.min(gc, pc);
    fn += Math.max(0, gc - pc);
  }
  for (const [k, pc] of p) fp += Math.max(0, pc - (g.get(k) ?? 0));
  return { tp, fp, fn };
}

function ratio(part: number, whole: number, c: PageCounts): number {
  if (c.fp === 0 && c.fn === 0) return 1;
  return whole === 0 ? 0 : part / whole;
}

const mean = (xs: readonly number[]): number =>
  xs.length === 0 ? Number.NaN : xs.reduce((a, b) => a + b, 0) / xs.length;

/** Scores predicted bodies against gold bodies, both keyed by page id; a missing prediction counts as empty. */
export function scoreBodies(
  gold: ReadonlyMap<string, string>,
  predicted: ReadonlyMap<string, string>,
): BodyScore {
  const pages: PageScore[] = [];
  for (const [id, goldText] of gold) {
    const c = pageCounts(goldText, predicted.get(id) ?? "");
    const precision = ratio(c.tp, c.tp + c.fp, c);
    const recall = ratio(c.tp, c.tp + c.fn, c);
    const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
    pages.push({ id, ...c, precision, recall, f1 });
  }
  const precision = mean(pages.filter((p) => p.tp + p.fp > 0).map((p) => p.precision));
  const recall = mean(pages.filter((p) => p.tp + p.fn > 0).map((p) => p.recall));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { f1, precision, recall, pages };
}
