import {
  type BatchStage,
  type BatchSummary,
  expandInputs,
  formatBatchSummary,
  type InputDocument,
  type Processed,
  runBatch,
} from "@newsgraph/ingest";
import type { ArticleGraph } from "@newsgraph/schema";
import { type Article, articleBody, formatStepError, type StepResult } from "@newsgraph/schema";
import { createRecordWriter, writeJsonLine } from "../output.ts";
import { resolveArgument } from "../paths.ts";
import { createProgressReporter } from "../progress.ts";

export interface BatchCommandOptions {
  stage: BatchStage;
  /** The command name shown on the progress bar and summary (default: the stage). */
  label?: string;
  json?: boolean;
  out?: string;
  maxBytes?: number;
  load?: (graph: ArticleGraph) => Promise<StepResult<unknown>>;
  onSummary?: (summary: BatchSummary) => void;
}

/** Expands the inputs, runs the batch with a progress bar, prints records and the summary; returns the exit code. */
export async function runBatchCommand(
  inputs: readonly string[],
  options: BatchCommandOptions,
): Promise<number> {
  const { files, errors } = await expandInputs(inputs.map((arg) => resolveArgument(arg)));
  const label = options.label ?? options.stage;
  const progress = createProgressReporter(label);
  const writeRecord = options.out ? createRecordWriter(resolveArgument(options.out)) : null;
  const quiet = options.json || options.stage === "load";
  let summary: BatchSummary;
  try {
    summary = await runBatch(files, {
      until: options.stage,
      ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
      ...(options.load ? { load: options.load } : {}),
      onProgress: (p) => progress.update(p),
      onResult: async (processed: Processed, doc: InputDocument) => {
        const record = processed.stage === "parse" ? processed.article : processed.graph;
        if (writeRecord) writeRecord(record, doc);
        if (options.json) await writeJsonLine(record);
        else if (!quiet) progress.log(describeRecord(record));
      },
    });
  } finally {
    progress.stop();
  }
  summary = {
    ...summary,
    documents: summary.documents + errors.length,
    failed: [...errors, ...summary.failed],
  };
  options.onSummary?.(summary);
  printSummary(label, options.stage, summary);
  return summary.failed.length > 0 ? 1 : 0;
}

export function printSummary(label: string, stage: BatchStage, summary: BatchSummary): void {
  process.stderr.write(`${label}: ${formatBatchSummary(summary, stage)}\n`);
  if (summary.failed.length === 0) return;
  process.stderr.write("failed:\n");
  for (const error of summary.failed) process.stderr.write(`  ${formatStepError(error)}\n`);
}

function describeRecord(record: Article | ArticleGraph): string {
  const paragraphs = record.sections.reduce((n, s) => n + s.paragraphs.length, 0);
  const facts = [
    record.publishedAt ?? "no date",
    record.publisher ?? "no publisher",
    `${paragraphs} paragraphs`,
    `${articleBody(record).length} body chars`,
    `${record.images.length} images`,
  ];
  if ("entities" in record) {
    facts.push(
      `${record.entities.length} entities`,
      `${record.quotes.length} quotes`,
      `${record.figures.length} figures`,
    );
  }
  return `${record.source}: ${JSON.stringify(record.title.text)} (${facts.join(", ")})`;
}
