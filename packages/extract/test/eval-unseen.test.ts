import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { sharedDir, sharedFilesPresent } from "../scripts/shared-paths.ts";
import { runUnseenEval } from "../src/eval/index.ts";

const goldPath = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  "fixtures/unseen/web-pages-gold.json",
);
const textDir = path.join(sharedDir(), "corpora/web-pages/text");

describe("unseen web pages (hand-made gold)", () => {
  const present = sharedFilesPresent("unseen web pages", [textDir]);
  it.skipIf(!present)("scores named mentions and quotes above the floors", () => {
    const report = runUnseenEval(goldPath, textDir);
    if (!report.ok) throw new Error(report.message);
    const { ner, quotes } = report.value.newsgraph;
    expect(report.value.failures).toEqual([]);
    expect(ner.micro.f1).toBeGreaterThanOrEqual(0.78);
    expect(quotes.recall).toBeGreaterThanOrEqual(0.7);
    expect(quotes.onNonQuotes).toBe(0);
  });
});
