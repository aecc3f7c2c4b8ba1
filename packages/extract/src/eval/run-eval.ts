import type { StepResult } from "@newsgraph/schema";
import { formatStepError, type StepError } from "@newsgraph/schema";
import { extractPlainText } from "../extract-article.ts";
import { compromiseCorpusRecord } from "./compromise-baseline.ts";
import {
  type CorpusRecord,
  GoldDocument,
  GoldQuoteDocument,
  readJsonlFile,
  toCorpusRecord,
} from "./corpus.ts";
import { type NerScore, type PrfScore, SCORED_TYPES, scoreNer } from "./score-ner.ts";
import { type QuoteScore, scoreQuotes } from "./score-quotes.ts";

export interface SystemScore {
  name: string;
  ner: NerScore;
  quotes: QuoteScore;
}

export interface EvalReport {
  documents: number;
  newsgraph: SystemScore;
  compromise: SystemScore;
  /** Documents the extractor failed on (scored as empty predictions). */
  failures: StepError[];
  /** The scored predictions, one corpus record per document, for the reference scorer or inspection. */
  predictions: { newsgraph: CorpusRecord[]; compromise: CorpusRecord[] };
  /** The gold they were scored against, for listing the errors (`formatErrors`). */
  gold: { entities: GoldDocument[]; quotes: GoldQuoteDocument[] };
}

export interface EvalPaths {
  /** gum-news `dev.jsonl`: texts with gold entity mentions. */
  devPath: string;
  /** gum-news `quotes-dev.jsonl`: gold quotes and nonQuotes for the same documents. */
  quotesPath: string;
}

/** The newsgraph extractor on one plain text, as a corpus record, or the error it returned. */
export function extractCorpusRecord(id: string, text: string): StepResult<CorpusRecord> {
  const graph = extractPlainText(text, id);
  return graph.ok ? { ok: true, value: toCorpusRecord(graph.value, id) } : graph;
}

/** Score predictions against the gold files (no extraction): what `--jsonl-out` output is judged by. */
export function scoreCorpusRecords(
  name: string,
  gold: readonly GoldDocument[],
  goldQuotes: readonly GoldQuoteDocument[],
  predicted: readonly CorpusRecord[],
): SystemScore {
  return { name, ner: scoreNer(gold, predicted), quotes: scoreQuotes(goldQuotes, predicted) };
}

/** Run the extractor and compromise on every dev text and score both with the same metric. */
export function runExtractorEval(paths: EvalPaths): StepResult<EvalReport> {
  const gold = readJsonlFile(paths.devPath, GoldDocument);
  if (!gold.ok) return gold;
  const goldQuotes = readJsonlFile(paths.quotesPath, GoldQuoteDocument);
  if (!goldQuotes.ok) return goldQuotes;
  const failures: StepError[] = [];
  const ours: CorpusRecord[] = [];
  const baseline: CorpusRecord[] = [];
  for (const doc of gold.value) {
    const record = extractCorpusRecord(doc.id, doc.text);
    if (record.ok) ours.push(record.value);
    else {
      failures.push(record);
      ours.push({ id: doc.id, entities: [], quotes: [] });
    }
    baseline.push(compromiseCorpusRecord(doc.id, doc.text));
  }
  return {
    ok: true,
    value: {
      documents: gold.value.length,
      newsgraph: scoreCorpusRecords("newsgraph", gold.value, goldQuotes.value, ours),
      compromise: scoreCorpusRecords("compromise", gold.value, goldQuotes.value, baseline),
      failures,
      predictions: { newsgraph: ours, compromise: baseline },
      gold: { entities: gold.value, quotes: goldQuotes.value },
    },
  };
}

const pct = (x: number) => (100 * x).toFixed(1);

/**
 * Side-by-side table: per type precision, recall, F1 and the share of gold mentions found with exact
 * boundaries, then micro scores, then quote detection and speaker accuracy.
 */
export function formatEvalReport(report: EvalReport): string {
  const systems = [report.newsgraph, report.compromise];
  const columns = ["P", "R", "F1", "exact"];
  const width = columns.length * 7;
  const group = (values: string[]) => values.map((v) => v.padStart(7)).join("");
  const row = (label: string, cells: (s: SystemScore) => string) =>
    `${label.padEnd(16)}${systems.map((s) => cells(s).padStart(width)).join("  ")}`;
  const prfRow = (label: string, pick: (s: SystemScore) => PrfScore) =>
    row(label, (s) => {
      const v = pick(s);
      return group([pct(v.precision), pct(v.recall), pct(v.f1), pct(v.exactShare)]);
    });
  const q = report.newsgraph.quotes;
  const lines = [
    `NER: named person/organization/place mentions, ${report.documents} documents`,
    row("", (s) => s.name),
    row("", () => group(columns)),
    ...SCORED_TYPES.map((t) => prfRow(t, (s) => s.ner.perType[t])),
    prfRow("micro", (s) => s.ner.micro),
    row("lowest type F1", (s) => pct(s.ner.lowestTypeF1)),
    "",
    `Quotes: ${q.gold} gold quotes`,
    row("predicted", (s) => String(s.quotes.predicted)),
    row("found", (s) => `${pct(s.quotes.recall)}%`),
    row("attributed", (s) => `${pct(s.quotes.speakerAccuracy)}%`),
    row("scare/titles", (s) => String(s.quotes.onNonQuotes)),
    row("other false", (s) => String(s.quotes.falsePositives)),
  ];
  if (report.failures.length > 0) {
    lines.push("", `extraction failed on ${report.failures.length} documents:`);
    lines.push(...report.failures.map((f) => `  ${formatStepError(f)}`));
  }
  return lines.join("\n");
}
