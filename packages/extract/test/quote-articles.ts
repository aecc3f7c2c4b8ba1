import { parseArticle } from "@newsgraph/parser";
import type { Quote } from "@newsgraph/schema";
import { extractEntities } from "../src/entities/index.ts";
import { extractQuotes } from "../src/quotes/index.ts";

/** A made-up article of `paragraphs` under a fixed headline, parsed (`source` names it in errors). */
function articleOf(paragraphs: string[], source: string) {
  const text = ["Officials react to the decision", ...paragraphs].join("\n\n");
  const article = parseArticle(text, { source, contentType: "text" });
  if (!article.ok) throw new Error(article.message);
  return article.value;
}

/** Quotes of a made-up article, with no entities to resolve speakers against. */
export function quotesOf(paragraphs: string[], source = "styles.txt"): Quote[] {
  return extractQuotes(articleOf(paragraphs, source), []);
}

/** Quotes of a made-up article whose speakers are resolved against its own entities. */
export function attributedQuotesOf(paragraphs: string[], source = "styles.txt"): Quote[] {
  const article = articleOf(paragraphs, source);
  return extractQuotes(article, extractEntities(article).entities);
}
