import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { type StepResult, stepError } from "@newsgraph/schema";
import { z } from "zod";
import { compromiseCorpusRecord } from "./compromise-baseline.ts";
import type { CorpusRecord, GoldDocument, GoldQuoteDocument } from "./corpus.ts";
import { type EvalReport, extractCorpusRecord, scoreCorpusRecords } from "./run-eval.ts";

const Span = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });

/** Hand-made gold for whole web pages: offsets, types and speakers only, the page text is read separately. */
export const UnseenGold = z.object({
  corpus: z.string(),
  documents: z.array(
    z.object({
      id: z.string().min(1),
      sha256: z.string().length(64),
      /** The annotated stretch of the page (headline to end of the article); predictions outside it are not scored. */
      region: z.tuple([z.number().int(), z.number().int()]),
      entities: z.array(Span.extend({ type: z.string() })),
      quotes: z.array(Span.extend({ speaker: z.string().nullable() })),
      nonQuotes: z.array(Span).default([]),
    }),
  ),
});
export type UnseenGold = z.infer<typeof UnseenGold>;

const inRegion = (region: readonly [number, number]) => (s: { start: number; end: number }) =>
  s.start >= region[0] && s.end <= region[1];

function restrict(record: CorpusRecord, region: readonly [number, number]): CorpusRecord {
  const keep = inRegion(region);
  return { ...record, entities: record.entities.filter(keep), quotes: record.quotes.filter(keep) };
}

/**
 * Score the extractor (and compromise) on whole pages it has never been developed on, against the gold
 * in `goldPath`, reading each page's text from `textDir/<id>.txt`. Same metric as the GUM eval.
 */
export function runUnseenEval(goldPath: string, textDir: string): StepResult<EvalReport> {
  let gold: UnseenGold;
  try {
    gold = UnseenGold.parse(JSON.parse(fs.readFileSync(goldPath, "utf8")));
  } catch (err) {
    return stepError("read", goldPath, "invalid_gold", err instanceof Error ? err.message : String(err));
  }
  const goldDocs: GoldDocument[] = [];
  const goldQuotes: GoldQuoteDocument[] = [];
  const ours: CorpusRecord[] = [];
  const baseline: CorpusRecord[] = [];
  const failures: EvalReport["failures"] = [];
  for (const doc of gold.documents) {
    const file = path.join(textDir, `${doc.id}.txt`);
    const text = fs.readFileSync(file, "utf8");
    if (createHash("sha256").update(text).digest("hex") !== doc.sha256)
      return stepError(
        "read",
        file,
        "changed_text",
        "the page text differs from the one the gold was made on",
      );
    const slice = (s: { start: number; end: number }) => text.slice(s.start, s.end);
    goldDocs.push({
      id: doc.id,
      text,
      entities: doc.entities.map((e) => ({ ...e, text: slice(e), named: true })),
      // Every web gold set annotates the longest name only.
      flat: true,
    });
    goldQuotes.push({
      id: doc.id,
      quotes: doc.quotes.map((q) => ({ ...q, text: slice(q) })),
      nonQuotes: doc.nonQuotes.map((q) => ({ ...q, text: slice(q) })),
    });
    const record = extractCorpusRecord(doc.id, text);
    if (record.ok) ours.push(restrict(record.value, doc.region));
    else {
      failures.push(record);
      ours.push({ id: doc.id, entities: [], quotes: [] });
    }
    baseline.push(restrict(compromiseCorpusRecord(doc.id, text), doc.region));
  }
  return {
    ok: true,
    value: {
      documents: goldDocs.length,
      newsgraph: scoreCorpusRecords("newsgraph", goldDocs, goldQuotes, ours),
      compromise: scoreCorpusRecords("compromise", goldDocs, goldQuotes, baseline),
      failures,
      predictions: { newsgraph: ours, compromise: baseline },
      gold: { entities: goldDocs, quotes: goldQuotes },
    },
  };
}
