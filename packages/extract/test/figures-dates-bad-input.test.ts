import { describe, expect, it } from "vitest";
import { findDates } from "../src/dates/find-dates.ts";
import { extractDates } from "../src/dates/index.ts";
import { findFigures } from "../src/figures/find-figures.ts";
import { extractFigures } from "../src/figures/index.ts";
import { seedArticle } from "./fixtures/seed-article.ts";

describe("figures and dates on bad input", () => {
  it("return nothing for empty or numberless text", () => {
    expect(findFigures("")).toEqual([]);
    expect(findDates("", "2023-07-04")).toEqual([]);
    expect(findFigures("No numbers here at all, only words.")).toEqual([]);
    expect(findDates("No dates here at all, only words.", "2023-07-04")).toEqual([]);
  });

  it("read all-caps text", () => {
    const text = "OVER 300 SOLDIERS DIED IN MAY 2021.";
    expect(findFigures(text).map((f) => [f.text, f.value, f.qualifier])).toEqual([
      ["OVER 300 SOLDIERS", 300, "over"],
    ]);
    expect(findDates(text, null).map((d) => [d.text, d.value])).toEqual([["MAY 2021", "2021-05"]]);
  });

  it("stay within a long paragraph of one sentence and keep offsets inside it", () => {
    const unit = "the army said on Tuesday that in May 2021 some 300 soldiers moved north and ";
    const text = unit.repeat(2000);
    const figures = findFigures(text);
    const dates = findDates(text, "2023-07-04");
    expect(figures).toHaveLength(2000);
    expect(figures.every((f) => f.end <= text.length && f.text === "some 300 soldiers")).toBe(true);
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.every((d) => text.slice(d.start, d.end) === d.text)).toBe(true);
  });

  it("find no dates in a run of small numbers", () => {
    expect(findDates("1 2 3 4 5 6 7 8 9 10 ".repeat(500), "2023-07-04")).toEqual([]);
  });

  it("skip an article detected as another language rather than produce junk", () => {
    const german = { ...seedArticle(), language: "de" };
    expect(extractFigures(german)).toEqual([]);
    expect(extractDates(german)).toEqual([]);
    expect(extractFigures({ ...german, language: "en-GB" })).toHaveLength(7);
  });
});
