import type { Article, Figure } from "@newsgraph/schema";
import { articleBlocks, type Block } from "../blocks.ts";
import { mapPacked } from "../text/arrays.ts";
import { findFigures } from "./find-figures.ts";

export { findFigures } from "./find-figures.ts";

/**
 * Figures in the article's own text (title, teaser, headings, paragraphs, captions), offsets into
 * `article.text`. English only: an article detected as another language has none.
 */
export function extractFigures(article: Article, blocks: Block[] = articleBlocks(article)): Figure[] {
  if (article.language && !article.language.toLowerCase().startsWith("en")) return [];
  return blocks.flatMap((block) =>
    mapPacked(findFigures(block.text), (f) => ({
      ...f,
      start: f.start + block.start,
      end: f.end + block.start,
    })),
  );
}
