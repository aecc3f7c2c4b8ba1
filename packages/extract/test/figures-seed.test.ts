import fs from "node:fs";
import { parseArticle } from "@newsgraph/parser";
import { describe, expect, it } from "vitest";
import { extractFigures } from "../src/figures/index.ts";
import { seedArticle } from "./fixtures/seed-article.ts";

describe("extractFigures on the seed", () => {
  const article = seedArticle();
  const figures = extractFigures(article);

  it("finds every figure with its value, what is counted and its qualifier", () => {
    expect(
      figures.map(({ text, value, valueMax, counted, qualifier, unit }) => ({
        text,
        value,
        valueMax,
        counted,
        qualifier,
        unit,
      })),
    ).toEqual([
      {
        text: "approximately 13,000 MINUSMA peacekeepers",
        value: 13000,
        valueMax: null,
        counted: "MINUSMA peacekeepers",
        qualifier: "approximately",
        unit: null,
      },
      { text: "Thousands", value: 1000, valueMax: null, counted: null, qualifier: "thousands", unit: null },
      {
        text: "More than 13,000 soldiers and police officers",
        value: 13000,
        valueMax: null,
        counted: "soldiers and police officers",
        qualifier: "more than",
        unit: null,
      },
      {
        text: "around 1,100 German soldiers",
        value: 1100,
        valueMax: null,
        counted: "German soldiers",
        qualifier: "around",
        unit: null,
      },
      {
        text: "Around 1,100 soldiers",
        value: 1100,
        valueMax: null,
        counted: "soldiers",
        qualifier: "around",
        unit: null,
      },
      {
        text: "Thousands of Malians",
        value: 1000,
        valueMax: null,
        counted: "Malians",
        qualifier: "thousands",
        unit: null,
      },
      {
        text: "over 300 peacekeeping soldiers",
        value: 300,
        valueMax: null,
        counted: "peacekeeping soldiers",
        qualifier: "over",
        unit: null,
      },
    ]);
  });

  it("gives offsets into the article text", () => {
    for (const f of figures) expect(article.text.slice(f.start, f.end)).toBe(f.text);
  });

  it("does not count the year of the Tuareg rebellion or a couple of months", () => {
    expect(figures.some((f) => f.text.includes("2012") || f.text.includes("couple"))).toBe(false);
  });

  it("finds the same on the seed as the parser structures it", () => {
    const parsed = parseArticle(fs.readFileSync(article.source, "utf8"), { source: article.source });
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.value.publishedAt?.slice(0, 10)).toBe("2023-07-04");
    expect(extractFigures(parsed.value).map((x) => x.text)).toEqual(
      extractFigures(article).map((x) => x.text),
    );
  });
});
