import type { Article, DateMention } from "@newsgraph/schema";
import { articleBlocks, type Block } from "../blocks.ts";
import { mapPacked } from "../text/arrays.ts";
import { findDates, resolutionReference } from "./find-dates.ts";

export { findDates, referenceDate } from "./find-dates.ts";

/**
 * Dates in the article's own text, normalised against `publishedAt`; offsets into `article.text`.
 * English only: an article detected as another language has none.
 */
export function extractDates(article: Article, blocks: Block[] = articleBlocks(article)): DateMention[] {
  if (article.language && !article.language.toLowerCase().startsWith("en")) return [];
  const reference = resolutionReference(article.publishedAt);
  return blocks.flatMap((block) =>
    mapPacked(findDates(block.text, article.publishedAt, reference), (d) => ({
      ...d,
      start: d.start + block.start,
      end: d.end + block.start,
    })),
  );
}
