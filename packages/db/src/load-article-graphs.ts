import { ArticleGraph, type StepError, validateRecord } from "@newsgraph/schema";
import type { Database } from "./database.ts";
import { finishIngestRun, type IngestCounts, recordIngestFailures, startIngestRun } from "./ingest-runs.ts";
import { sourceOf, type UpsertOutcome, upsertValidArticleGraph } from "./upsert-article-graph.ts";

export interface LoadProgress {
  done: number;
  total: number | null;
  stored: number;
  replaced: number;
  unchanged: number;
  failed: number;
  rows: number;
  source: string;
  outcome: UpsertOutcome | "failed";
}

export interface LoadOptions {
  onProgress?: (progress: LoadProgress) => void;
  /** Record into this ingest run instead of starting one. */
  runId?: string;
  /** What this run loads (files, a glob, a count): stored on the ingest run. */
  inputs?: unknown;
  total?: number;
}

export interface LoadSummary {
  runId: string;
  seen: number;
  stored: number;
  replaced: number;
  unchanged: number;
  rows: number;
  failures: StepError[];
}

/** Loads a batch, one transaction per article; bad records are reported with their source and reason, the rest are stored. */
export async function loadArticleGraphs(
  db: Database,
  records: Iterable<unknown> | AsyncIterable<unknown>,
  options: LoadOptions = {},
): Promise<LoadSummary> {
  const total = options.total ?? (Array.isArray(records) ? records.length : null);
  const runId = options.runId ?? (await startIngestRun(db, options.inputs ?? { records: total }));
  const summary: LoadSummary = {
    runId,
    seen: 0,
    stored: 0,
    replaced: 0,
    unchanged: 0,
    rows: 0,
    failures: [],
  };
  for await (const record of records) {
    summary.seen += 1;
    const source = sourceOf(record, `record #${summary.seen}`);
    const valid = validateRecord(ArticleGraph, record, source);
    const result = valid.ok ? await upsertValidArticleGraph(db, valid.value, { source, runId }) : valid;
    let outcome: LoadProgress["outcome"] = "failed";
    if (result.ok) {
      outcome = result.value.outcome;
      summary[outcome] += 1;
      summary.rows += result.value.rows;
    } else {
      summary.failures.push(result);
      await recordIngestFailures(db, runId, [result]);
    }
    options.onProgress?.({
      done: summary.seen,
      total,
      stored: summary.stored,
      replaced: summary.replaced,
      unchanged: summary.unchanged,
      failed: summary.failures.length,
      rows: summary.rows,
      source,
      outcome,
    });
  }
  if (!options.runId) await finishIngestRun(db, runId, countsOf(summary));
  return summary;
}

export function countsOf(summary: LoadSummary): IngestCounts {
  return {
    articlesSeen: summary.seen,
    articlesStored: summary.stored,
    articlesReplaced: summary.replaced,
    articlesUnchanged: summary.unchanged,
    failureCount: summary.failures.length,
  };
}
