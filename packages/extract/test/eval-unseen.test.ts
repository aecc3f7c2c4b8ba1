import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { sharedDir, sharedFilesPresent } from "../scripts/shared-paths.ts";
import { runUnseenEval } from "../src/eval/index.ts";

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), "fixtures/unseen");
const textDir = path.join(sharedDir(), "corpora/web-pages/text");

/** The extractor's scores on one gold file, after checking no page failed. */
function scoresOn(gold: string) {
  const report = runUnseenEval(path.join(fixtures, gold), textDir);
  if (!report.ok) throw new Error(report.message);
  expect(report.value.failures).toEqual([]);
  return report.value.newsgraph;
}

interface Floors {
  set: string;
  gold: string;
  micro: number;
  lowestType: number;
  found: number;
  attributed: number;
  /** Scare quotes and titles taken for quotes, at most. */
  nonQuotes: number;
}

/**
 * Floors just under the current figures. Every set after the first was annotated before the extractor
 * was run on its pages and held out for one measurement (dev-2 0.690 → 0.698, dev-3 0.730 → 0.781,
 * dev-4 0.630 → 0.695, dev-5 0.617 → 0.675; dev-6 0.604 and dev-7 0.793 at the start of the session
 * that had them annotated, dev-7 again at its end: 0.793, and 0.822 at the end of the next session
 * (0.816 with nested predictions judged); dev-8, tech and lifestyle pages, 0.525; dev-9, deal pages, a
 * theatre's blog, swim results and two marketing blogs, 0.441), a development set
 * since (dev-7 excepted: its errors are never read). The web gold is flat (longest
 * name only), so a prediction inside a longer gold name is not judged (see scoreNer). dev-6 and dev-7's
 * gold also annotates related-video carousels the parser leaves out of the article and countries as
 * organizations wherever they are parties to trade or talks. These sets leave plural group nouns
 * ("Democrats", "Afghans") unannotated; the extractor follows GUM, which counts them as named persons,
 * so they cost a little precision here.
 */
const FLOORS: Floors[] = [
  {
    set: "web pages",
    gold: "web-pages-gold.json",
    micro: 0.92,
    lowestType: 0.86,
    found: 0.95,
    attributed: 0.95,
    nonQuotes: 0,
  },
  {
    set: "dev-2",
    gold: "held-out-gold.json",
    micro: 0.89,
    lowestType: 0.855,
    found: 0.89,
    attributed: 0.89,
    nonQuotes: 2,
  },
  {
    set: "dev-3",
    gold: "held-out-2-gold.json",
    micro: 0.885,
    lowestType: 0.845,
    found: 0.96,
    attributed: 0.94,
    nonQuotes: 1,
  },
  {
    set: "dev-4",
    gold: "held-out-3-gold.json",
    micro: 0.9,
    lowestType: 0.815,
    found: 0.78,
    attributed: 0.78,
    nonQuotes: 0,
  },
  {
    set: "dev-5",
    gold: "held-out-4-gold.json",
    micro: 0.9,
    lowestType: 0.88,
    found: 0.96,
    attributed: 0.81,
    nonQuotes: 2,
  },
  {
    set: "dev-6",
    gold: "held-out-5-gold.json",
    micro: 0.845,
    lowestType: 0.79,
    found: 0.86,
    attributed: 0.81,
    nonQuotes: 2,
  },
  {
    set: "dev-8",
    gold: "held-out-7-gold.json",
    micro: 0.86,
    lowestType: 0.8,
    found: 0.5,
    attributed: 0.5,
    nonQuotes: 1,
  },
  {
    set: "dev-9",
    gold: "held-out-8-gold.json",
    micro: 0.6,
    lowestType: 0.54,
    found: 0.66,
    attributed: 0,
    nonQuotes: 1,
  },
  {
    set: "dev-7",
    gold: "held-out-6-gold.json",
    micro: 0.815,
    lowestType: 0.725,
    found: 0.75,
    attributed: 0.66,
    nonQuotes: 1,
  },
];

describe("unseen web pages (hand-made gold)", () => {
  const present = sharedFilesPresent("unseen web pages", [textDir]);
  it.skipIf(!present).each(FLOORS)("scores $set ($gold) above its floors", (floors) => {
    const { ner, quotes } = scoresOn(floors.gold);
    expect(ner.micro.f1).toBeGreaterThanOrEqual(floors.micro);
    expect(ner.lowestTypeF1).toBeGreaterThanOrEqual(floors.lowestType);
    expect(quotes.recall).toBeGreaterThanOrEqual(floors.found);
    expect(quotes.speakerAccuracy).toBeGreaterThanOrEqual(floors.attributed);
    expect(quotes.onNonQuotes).toBeLessThanOrEqual(floors.nonQuotes);
  });
});
