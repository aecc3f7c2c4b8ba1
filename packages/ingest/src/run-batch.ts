import type { ArticleGraph, StepError, StepResult } from "@newsgraph/schema";
import { stepError } from "@newsgraph/schema";
import { countDocuments, type InputDocument, readDocuments } from "./documents.ts";
import type { InputFile } from "./expand-inputs.ts";
import {
  errorMessage,
  loadExtractor,
  locateError,
  type Processed,
  processDocument,
} from "./process-document.ts";

export type BatchStage = "parse" | "extract" | "load";

export interface BatchProgress {
  done: number;
  total: number;
  failed: number;
  /** The file being worked on. */
  current: string;
}

export interface BatchOptions {
  /** The last step to run: parse, extract (includes validate), or load (stores each graph). */
  until: BatchStage;
  maxBytes?: number;
  /** Stores one validated graph; required when `until` is "load". */
  load?: (graph: ArticleGraph) => Promise<StepResult<unknown>>;
  /** Called with every document that made it through the steps, in input order. */
  onResult?: (result: Processed, doc: InputDocument) => void | Promise<void>;
  /** Called with every failure as it happens. */
  onError?: (error: StepError) => void;
  onProgress?: (progress: BatchProgress) => void;
}

export interface BatchSummary {
  documents: number;
  parsed: number;
  extracted: number;
  stored: number;
  failed: StepError[];
  durationMs: number;
}

/** Every document of every file through the steps, one at a time; a failure is recorded and the batch goes on. */
export async function runBatch(files: readonly InputFile[], options: BatchOptions): Promise<BatchSummary> {
  const started = performance.now();
  const summary: BatchSummary = {
    documents: 0,
    parsed: 0,
    extracted: 0,
    stored: 0,
    failed: [],
    durationMs: 0,
  };
  if (options.until === "load" && !options.load)
    throw new Error("runBatch: the load step needs a load function");
  const fail = (error: StepError) => {
    summary.failed.push(error);
    options.onError?.(error);
  };
  const extract = options.until === "parse" ? undefined : await loadExtractor();
  let total = 0;
  if (options.onProgress) for (const file of files) total += await countDocuments(file);
  const report = (current: string) =>
    options.onProgress?.({
      done: summary.documents,
      total: Math.max(total, summary.documents),
      failed: summary.failed.length,
      current,
    });

  for (const file of files) {
    for await (const doc of readDocuments(
      file,
      options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes },
    )) {
      if ("ok" in doc) {
        summary.documents++;
        fail(doc);
        report(file.path);
        continue;
      }
      summary.documents++;
      const result = processDocument(doc, {
        until: options.until === "parse" ? "parse" : "extract",
        ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
        ...(extract ? { extract } : {}),
      });
      if (!result.ok) {
        fail(result);
      } else {
        if (result.value.parsed) summary.parsed++;
        if (result.value.stage === "extract" && result.value.extracted) summary.extracted++;
        const stored = await storeIfLoading(result.value, doc, options);
        if (stored && !stored.ok) fail(stored);
        else {
          if (stored) summary.stored++;
          await options.onResult?.(result.value, doc);
        }
      }
      report(file.path);
    }
  }
  summary.durationMs = performance.now() - started;
  return summary;
}

async function storeIfLoading(
  processed: Processed,
  doc: InputDocument,
  options: BatchOptions,
): Promise<StepResult<unknown> | null> {
  if (options.until !== "load" || !options.load || processed.stage !== "extract") return null;
  try {
    const stored = await options.load(processed.graph);
    return stored.ok ? stored : locateError(stored, doc);
  } catch (err) {
    return locateError(stepError("load", processed.graph.source, "load_failed", errorMessage(err)), doc);
  }
}

/** "3 documents: 2 parsed, 2 extracted, 2 stored, 1 failed in 0.84 s" (only the steps that ran). */
export function formatBatchSummary(summary: BatchSummary, stage: BatchStage): string {
  const counts = [`${summary.parsed} parsed`];
  if (stage !== "parse") counts.push(`${summary.extracted} extracted`);
  if (stage === "load") counts.push(`${summary.stored} stored`);
  counts.push(`${summary.failed.length} failed`);
  const noun = summary.documents === 1 ? "document" : "documents";
  return `${summary.documents} ${noun}: ${counts.join(", ")} in ${(summary.durationMs / 1000).toFixed(2)} s`;
}
