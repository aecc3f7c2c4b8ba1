import { createHash } from "node:crypto";
import { parseArticle } from "@newsgraph/parser";
import {
  type Article,
  ArticleGraph,
  CompiledArticle,
  checkArticleGraph,
  DateMention,
  Entity,
  ExtractionNote,
  Figure,
  Quote,
  Relation,
  type StepResult,
  validateRecord,
} from "@newsgraph/schema";
import { z } from "zod";
import { articleBlocks, blockSentences } from "./blocks.ts";
import { extractDates } from "./dates/index.ts";
import { contributorEntities } from "./entities/contributors.ts";
import { extractEntities } from "./entities/index.ts";
import { extractFigures } from "./figures/index.ts";
import { collectingCaps, languageSkippedNote } from "./notes.ts";
import { extractQuotes } from "./quotes/index.ts";

/**
 * The parts of an ArticleGraph compiled once each (`z.compile`): the same checks, defaults and output as
 * the schema, with generated fast paths instead of the generic parser walking every mention of every
 * record. One part per array of the graph, and the article's own fields through the parser's
 * `CompiledArticle`, rather than `z.compile(ArticleGraph)` whole: that one generated function was the
 * largest job V8's optimising compiler ran in an extraction process (two jobs of 300–360 ms in the
 * bench's first pass, where it shares the one core with the extraction); the parts are small jobs, and
 * the article's part is the parser's, already compiled.
 */
const CompiledEntity = z.compile(Entity);
const CompiledQuote = z.compile(Quote);
const CompiledFigure = z.compile(Figure);
const CompiledDateMention = z.compile(DateMention);
const CompiledRelation = z.compile(Relation);
const CompiledExtractionNote = z.compile(ExtractionNote);

/** Each item through `schema` into a new array, or null when `items` is no array or an item fails. */
function parseEach<T>(
  schema: { safeParse(v: unknown): z.ZodSafeParseResult<T> },
  items: unknown,
): T[] | null {
  if (!Array.isArray(items)) return null;
  const out: T[] = [];
  for (const item of items) {
    const parsed = schema.safeParse(item);
    if (!parsed.success) return null;
    out.push(parsed.data);
  }
  return out;
}

/**
 * `record` as ArticleGraph parses it, part by part, or null when any part fails or `checkArticleGraph`
 * finds a problem: the output of a valid record is the schema's, field for field and in its order (the
 * article's fields, then the graph's), and an invalid one is left to the schema itself for its issues.
 */
function fastArticleGraph(record: Record<string, unknown>): ArticleGraph | null {
  const article = CompiledArticle.safeParse(record);
  if (!article.success) return null;
  const entities = parseEach(CompiledEntity, record.entities);
  const quotes = parseEach(CompiledQuote, record.quotes);
  const figures = parseEach(CompiledFigure, record.figures);
  const dates = parseEach(CompiledDateMention, record.dates);
  const relations = parseEach(CompiledRelation, record.relations);
  const extractionNotes = parseEach(CompiledExtractionNote, record.extractionNotes);
  if (!entities || !quotes || !figures || !dates || !relations || !extractionNotes) return null;
  const graph: ArticleGraph = {
    ...article.data,
    entities,
    quotes,
    figures,
    dates,
    relations,
    extractionNotes,
  };
  let valid = true;
  checkArticleGraph(graph, {
    addIssue: () => {
      valid = false;
    },
  } as unknown as z.RefinementCtx);
  return valid ? graph : null;
}

/** The record validated as an ArticleGraph: `fastArticleGraph`, else the schema's own parse and issues. */
export function validateGraph(record: Record<string, unknown>, source: string): StepResult<ArticleGraph> {
  const graph = fastArticleGraph(record);
  return graph ? { ok: true, value: graph } : validateRecord(ArticleGraph, record, source);
}

/** Whether the English-only steps (entities, quotes, figures, dates) run: English or undetected language. */
export function isEnglishOrUnknown(language: string | null): boolean {
  return language === null || language.toLowerCase().startsWith("en");
}

/**
 * Article → validated ArticleGraph (entities, quotes, figures, dates, relations). Pure.
 * An article whose language the parser detected as other than English gets no entities, quotes,
 * figures or dates from the text (the record says which language it is, and an extraction note
 * says those steps were skipped); only the people the parser found in its credits (photographers,
 * contributors) are kept. A documented cap that applied (MAX_LOOKBACK_SENTENCES, MAX_SHARED_KEY,
 * MAX_FUZZY_NAMES) is noted too.
 */
export function extractArticle(article: Article): StepResult<ArticleGraph> {
  if (!isEnglishOrUnknown(article.language)) {
    return validateGraph(
      {
        ...article,
        entities: contributorEntities(article, []),
        relations: [],
        quotes: [],
        figures: [],
        dates: [],
        extractionNotes: [languageSkippedNote(article.language ?? "unknown")],
      },
      article.source,
    );
  }
  const { value, notes } = collectingCaps(() => {
    // The blocks are read by every step, never changed: build them once.
    const blocks = articleBlocks(article);
    const sentences = blockSentences(blocks);
    const { entities, relations } = extractEntities(article, blocks, sentences);
    const quotes = extractQuotes(article, entities, blocks, sentences);
    return {
      entities,
      relations,
      quotes,
      figures: extractFigures(article, blocks),
      dates: extractDates(article, blocks),
    };
  });
  return validateGraph({ ...article, ...value, extractionNotes: notes }, article.source);
}

/**
 * Plain text (e.g. a clean corpus document) → ArticleGraph whose offsets point into that exact text.
 * The parser reads it first; when it rejects the text only for lack of a headline (a corpus line
 * such as "Barack Obama met Angela Merkel in Berlin. Obama said ..."), the text is read as a
 * headline-less article instead: `plainTextArticle`.
 */
export function extractPlainText(text: string, source: string): StepResult<ArticleGraph> {
  const article = parseArticle(text, { source, contentType: "text" });
  if (article.ok) return extractArticle(article.value);
  if (article.code !== "no_title") return article;
  return extractArticle(plainTextArticle(text, source));
}

/**
 * A text with no headline as an article: an empty title, every paragraph (separated by blank lines,
 * or by line breaks when the text has no blank line) as body, offsets into the exact input. The
 * language is the parser's, read from the same text under a placeholder headline.
 */
export function plainTextArticle(text: string, source: string): Article {
  const hash = createHash("sha256").update(text).digest("hex");
  const separator = /\n[ \t]*\n/.test(text) ? /\n[ \t]*\n\s*/g : /\n\s*/g;
  const paragraphs: Article["sections"][number]["paragraphs"] = [];
  let from = 0;
  const push = (start: number, end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body.length > 0)
      paragraphs.push({
        text: body,
        start: start + lead,
        end: start + lead + body.length,
        kind: "paragraph",
      });
  };
  for (const m of text.matchAll(separator)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return {
    id: `a_${hash.slice(0, 16)}`,
    source,
    url: null,
    contentType: "text",
    contentHash: hash,
    text,
    title: { text: "", start: 0, end: 0 },
    teaser: null,
    publishedAt: null,
    updatedAt: null,
    publisher: null,
    language: languageOf(text, source),
    dateline: null,
    sections: paragraphs.length > 0 ? [{ heading: null, paragraphs }] : [],
    images: [],
    contributors: [],
    editor: null,
    corrections: [],
  };
}

function languageOf(text: string, source: string): string | null {
  const probe = parseArticle(`Untitled document\n\n${text}`, { source, contentType: "text" });
  return probe.ok ? probe.value.language : null;
}
