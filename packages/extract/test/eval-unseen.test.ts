import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { sharedDir, sharedFilesPresent } from "../scripts/shared-paths.ts";
import { runUnseenEval } from "../src/eval/index.ts";

const goldPath = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  "fixtures/unseen/web-pages-gold.json",
);
const heldOutPath = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  "fixtures/unseen/held-out-gold.json",
);
const devThreePath = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  "fixtures/unseen/held-out-2-gold.json",
);
const textDir = path.join(sharedDir(), "corpora/web-pages/text");

/** The extractor's scores on one gold file, after checking no page failed. */
function scoresOn(gold: string) {
  const report = runUnseenEval(gold, textDir);
  if (!report.ok) throw new Error(report.message);
  expect(report.value.failures).toEqual([]);
  return report.value.newsgraph;
}

describe("unseen web pages (hand-made gold)", () => {
  const present = sharedFilesPresent("unseen web pages", [textDir]);
  it.skipIf(!present)("scores named mentions and quotes above the floors", () => {
    const { ner, quotes } = scoresOn(goldPath);
    expect(ner.micro.f1).toBeGreaterThanOrEqual(0.89);
    expect(ner.lowestTypeF1).toBeGreaterThanOrEqual(0.79);
    expect(quotes.recall).toBeGreaterThanOrEqual(0.95);
    expect(quotes.speakerAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(quotes.onNonQuotes).toBe(0);
  });

  // Annotated before the extractor was run on these pages (held out for one measurement, 0.690 → 0.698),
  // a second development set since: floors just under the current figures.
  it.skipIf(!present)("scores the second development set (held-out-gold.json) above its floors", () => {
    const { ner, quotes } = scoresOn(heldOutPath);
    expect(ner.micro.f1).toBeGreaterThanOrEqual(0.77);
    expect(ner.lowestTypeF1).toBeGreaterThanOrEqual(0.68);
    expect(quotes.recall).toBeGreaterThanOrEqual(0.84);
    expect(quotes.speakerAccuracy).toBeGreaterThanOrEqual(0.84);
  });

  // Annotated before the extractor was run on these pages (held out for one measurement, 0.730 → 0.781),
  // a third development set since: floors just under the current figures.
  it.skipIf(!present)("scores the third development set (held-out-2-gold.json) above its floors", () => {
    const { ner, quotes } = scoresOn(devThreePath);
    expect(ner.micro.f1).toBeGreaterThanOrEqual(0.78);
    expect(ner.lowestTypeF1).toBeGreaterThanOrEqual(0.63);
    expect(quotes.recall).toBeGreaterThanOrEqual(0.94);
    expect(quotes.speakerAccuracy).toBeGreaterThanOrEqual(0.91);
    expect(quotes.onNonQuotes).toBeLessThanOrEqual(1);
  });
});
