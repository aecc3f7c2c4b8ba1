import type { extractArticle } from "@newsgraph/extract";
import { parseArticle } from "@newsgraph/parser";
import {
  Article,
  ArticleGraph,
  type StepError,
  type StepResult,
  stepError,
  validateRecord,
} from "@newsgraph/schema";
import type { InputDocument, RawInput } from "./documents.ts";
import { DEFAULT_MAX_BYTES } from "./read-input.ts";

export type ProcessStage = "parse" | "extract";

export type Extractor = typeof extractArticle;

/** The extractor, imported only when a step needs it (parsing alone never loads its lexicons and gazetteers). */
export async function loadExtractor(): Promise<Extractor> {
  return (await import("@newsgraph/extract")).extractArticle;
}

export interface ProcessOptions {
  /** "parse" stops at the Article; "extract" goes on to the validated ArticleGraph. */
  until: ProcessStage;
  maxBytes?: number;
  /** Required when `until` is "extract" (see `loadExtractor`). */
  extract?: Extractor;
}

export type Processed =
  | { stage: "parse"; article: Article; parsed: boolean }
  | { stage: "extract"; graph: ArticleGraph; parsed: boolean; extracted: boolean };

/** Raw page → Article (parse). */
export function parseRawInput(raw: RawInput, maxBytes = DEFAULT_MAX_BYTES): StepResult<Article> {
  try {
    return parseArticle(raw.content, {
      source: raw.source,
      url: raw.url,
      retrievedAt: raw.retrievedAt,
      maxBytes,
      ...(raw.contentType ? { contentType: raw.contentType } : {}),
    });
  } catch (err) {
    return stepError("parse", raw.source, "parser_crash", errorMessage(err));
  }
}

/** Article → validated ArticleGraph (extract, then validate against the contract). */
export function extractGraph(article: Article, extract: Extractor): StepResult<ArticleGraph> {
  let graph: StepResult<ArticleGraph>;
  try {
    graph = extract(article);
  } catch (err) {
    return stepError("extract", article.source, "extractor_crash", errorMessage(err));
  }
  if (!graph.ok) return graph;
  return validateRecord(ArticleGraph, graph.value, article.source);
}

/** One document through parse (raw pages) or validation (stored records), then extraction when asked. Pure. */
export function processDocument(doc: InputDocument, options: ProcessOptions): StepResult<Processed> {
  const result = processUnlocated(doc, options);
  return result.ok ? result : locateError(result, doc);
}

function processUnlocated(
  doc: InputDocument,
  { until, maxBytes, extract }: ProcessOptions,
): StepResult<Processed> {
  let article: Article;
  let parsed = false;
  if (doc.kind === "raw") {
    const result = parseRawInput(doc.raw, maxBytes);
    if (!result.ok) return result;
    article = result.value;
    parsed = true;
  } else {
    const isGraph = typeof doc.record === "object" && doc.record !== null && "entities" in doc.record;
    if (isGraph && until === "extract") {
      const graph = validateRecord(ArticleGraph, doc.record, doc.file);
      return graph.ok
        ? { ok: true, value: { stage: "extract", graph: graph.value, parsed, extracted: false } }
        : graph;
    }
    const result = validateRecord(Article, doc.record, doc.file);
    if (!result.ok) return result;
    article = result.value;
  }
  if (until === "parse") return { ok: true, value: { stage: "parse", article, parsed } };
  if (!extract) throw new Error("processDocument: extraction needs an extractor (loadExtractor())");
  const graph = extractGraph(article, extract);
  if (!graph.ok) return graph;
  return { ok: true, value: { stage: "extract", graph: graph.value, parsed, extracted: true } };
}

/** Point an error at the input file (and JSON line) the document came from. */
export function locateError(error: StepError, doc: { file: string; line?: number }): StepError {
  if (doc.line === undefined) return error.source === doc.file ? error : { ...error, source: doc.file };
  return { ...error, source: doc.file, line: doc.line };
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** A stored record checked against the contract: an ArticleGraph when it has entities, an Article otherwise. */
export function validateDocument(doc: InputDocument): StepResult<Article | ArticleGraph> {
  if (doc.kind === "raw") {
    const message = "is a raw page, not a parsed record (parse or extract it first)";
    return locateError(stepError("validate", doc.file, "not_a_record", message), doc);
  }
  const isGraph = typeof doc.record === "object" && doc.record !== null && "entities" in doc.record;
  const result = isGraph
    ? validateRecord(ArticleGraph, doc.record, doc.file)
    : validateRecord(Article, doc.record, doc.file);
  return result.ok ? result : locateError(result, doc);
}
