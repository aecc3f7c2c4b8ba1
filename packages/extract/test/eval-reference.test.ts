import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { sharedDir, sharedFilesPresent } from "../scripts/shared-paths.ts";
import { CorpusRecord, GoldDocument, GoldQuoteDocument, readJsonlFile } from "../src/eval/corpus.ts";
import { scoreNer } from "../src/eval/score-ner.ts";
import { scoreQuotes } from "../src/eval/score-quotes.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
const shared = sharedDir();
const devPath = path.join(shared, "corpora/gum-news/dev.jsonl");
const quotesPath = path.join(shared, "corpora/gum-news/quotes-dev.jsonl");
const referenceScorer = path.join(shared, "eval/score-entities.mjs");
const predPath = path.join(here, "fixtures/compromise-gum-dev.pred.jsonl");
const available = sharedFilesPresent("eval-reference", [devPath, quotesPath, referenceScorer]);

const load = <T>(result: { ok: true; value: T } | { ok: false; message: string }): T => {
  if (!result.ok) throw new Error(result.message);
  return result.value;
};

function referenceScore(kind: "ner" | "quotes", gold: string): Record<string, number> {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "ng-eval-")), "score.json");
  execFileSync(process.execPath, [referenceScorer, kind, gold, predPath], {
    env: { ...process.env, SCORE_JSON: out },
    stdio: "pipe",
  });
  const score = JSON.parse(fs.readFileSync(out, "utf8"));
  fs.rmSync(path.dirname(out), { recursive: true });
  return score;
}

describe.skipIf(!available)("scorer agrees with the reference scorer on compromise's dev predictions", () => {
  const predictions = load(readJsonlFile(predPath, CorpusRecord));

  it("NER", () => {
    const ours = scoreNer(load(readJsonlFile(devPath, GoldDocument)), predictions);
    const reference = referenceScore("ner", devPath);
    expect(ours.micro.f1.toFixed(3)).toBe(reference.f1?.toFixed(3));
    expect(ours.lowestTypeF1.toFixed(3)).toBe(reference.minType?.toFixed(3));
    expect(ours.micro.f1.toFixed(3)).toBe("0.635");
    expect(ours.perType.organization.f1.toFixed(3)).toBe("0.494");
    expect(ours.perType.person).toMatchObject({ tp: 161, fp: 12, fn: 150 });
  });

  it("quotes", () => {
    const ours = scoreQuotes(load(readJsonlFile(quotesPath, GoldQuoteDocument)), predictions);
    const reference = referenceScore("quotes", quotesPath);
    expect(ours.recall.toFixed(3)).toBe(reference.recall?.toFixed(3));
    expect(ours.speakerAccuracy.toFixed(3)).toBe(reference.speaker?.toFixed(3));
    expect(ours.onNonQuotes).toBe(reference.onNonQuotes);
    expect(ours.falsePositives).toBe(reference.falsePos);
    expect(ours).toMatchObject({
      gold: 93,
      predicted: 94,
      found: 71,
      attributed: 5,
      onNonQuotes: 23,
      falsePositives: 0,
    });
  });
});
