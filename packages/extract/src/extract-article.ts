import { parseArticle } from "@newsgraph/parser";
import { type Article, ArticleGraph, type StepResult, validateRecord } from "@newsgraph/schema";
import { extractDates } from "./dates/index.ts";
import { extractEntities } from "./entities/index.ts";
import { extractFigures } from "./figures/index.ts";
import { extractQuotes } from "./quotes/index.ts";

/** Article → validated ArticleGraph (entities, quotes, figures, dates, relations). Pure. */
export function extractArticle(article: Article): StepResult<ArticleGraph> {
  const { entities, relations } = extractEntities(article);
  const quotes = extractQuotes(article, entities);
  const figures = extractFigures(article);
  const dates = extractDates(article);
  return validateRecord(
    ArticleGraph,
    { ...article, entities, relations, quotes, figures, dates },
    article.source,
  );
}

/** Plain text (e.g. a clean corpus document) → ArticleGraph whose offsets point into that exact text. */
export function extractPlainText(text: string, source: string): StepResult<ArticleGraph> {
  const article = parseArticle(text, { source, contentType: "text" });
  if (!article.ok) return article;
  return extractArticle(article.value);
}
