import type { Article } from "@newsgraph/schema";
import { minOf } from "../text/arrays.ts";

function inside(
  spans: readonly { start: number; end: number }[],
  span: { start: number; end: number } | null,
): boolean {
  return span !== null && spans.some((c) => c.start >= span.start && c.end <= span.end);
}

/** 0..1 from how often, how early and where (title, teaser) the entity is mentioned. */
export function salience(spans: readonly { start: number; end: number }[], article: Article): number {
  const length = Math.max(1, article.text.length);
  const first = minOf(spans, (c) => c.start);
  const frequency = Math.min(1, Math.log2(1 + spans.length) / 4);
  const position = 1 - first / length;
  const score =
    0.45 * frequency +
    0.2 * position +
    (inside(spans, article.title) ? 0.2 : 0) +
    (inside(spans, article.teaser) ? 0.15 : 0);
  return Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000;
}
