import type { ArticleGraph, StepResult } from "@newsgraph/schema";
import { type DatabaseHandle, storageModule, type UpsertResult } from "./database.ts";
import type { RawInput } from "./documents.ts";
import { expandInputs } from "./expand-inputs.ts";
import { extractGraph, loadExtractor, parseRawInput } from "./process-document.ts";
import { type BatchOptions, type BatchSummary, runBatch } from "./run-batch.ts";

export interface GraphLoaderOptions {
  /** The ingest run the stored articles belong to. */
  runId?: string;
  onStored?: (result: UpsertResult) => void;
}

/** Stores one validated graph in its own transaction (idempotent by URL and content hash). */
export function graphLoader(
  db: DatabaseHandle,
  options: GraphLoaderOptions = {},
): (graph: ArticleGraph) => Promise<StepResult<UpsertResult>> {
  return async (graph) => {
    const storage = await storageModule();
    if (!storage.ok) return { ...storage, source: graph.source };
    const stored = await storage.value.upsertValidArticleGraph(
      db,
      graph,
      options.runId === undefined ? {} : { runId: options.runId },
    );
    if (stored.ok) options.onStored?.(stored.value);
    return stored;
  };
}

/** One raw page: parse → extract → validate → load. */
export async function ingestDocument(
  db: DatabaseHandle,
  raw: RawInput,
  options: { maxBytes?: number; runId?: string } = {},
): Promise<StepResult<ArticleGraph>> {
  const article = parseRawInput(raw, options.maxBytes);
  if (!article.ok) return article;
  const graph = extractGraph(article.value, await loadExtractor());
  if (!graph.ok) return graph;
  const stored = await graphLoader(
    db,
    options.runId === undefined ? {} : { runId: options.runId },
  )(graph.value);
  return stored.ok ? graph : stored;
}

export type IngestOptions = Omit<BatchOptions, "until" | "load"> & GraphLoaderOptions;

/** Files, directories and globs: every document parsed, extracted, validated and stored, one at a time. */
export async function ingestFiles(
  db: DatabaseHandle,
  paths: readonly string[],
  options: IngestOptions = {},
): Promise<BatchSummary> {
  const { runId, onStored, ...batch } = options;
  const { files, errors } = await expandInputs(paths);
  for (const error of errors) options.onError?.(error);
  const load = graphLoader(db, {
    ...(runId === undefined ? {} : { runId }),
    ...(onStored ? { onStored } : {}),
  });
  const summary = await runBatch(files, { ...batch, until: "load", load });
  return { ...summary, documents: summary.documents + errors.length, failed: [...errors, ...summary.failed] };
}
