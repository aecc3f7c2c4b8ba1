import { describe, expect, it } from "vitest";
import { findFigures } from "../src/figures/find-figures.ts";

const brief = (text: string) =>
  findFigures(text).map(({ text: t, value, valueMax, counted, qualifier, unit }) => ({
    text: t,
    value,
    valueMax,
    counted,
    qualifier,
    unit,
  }));

describe("findFigures", () => {
  it("reads a share of a whole in percent, with what it counts, and no part of a thing or a period", () => {
    const shares = (text: string) => findFigures(text).map((f) => [f.text, f.value, f.unit, f.counted]);
    expect(
      shares(
        "Nearly half of all voters back the plan, two-thirds of farmers oppose it and one in five respondents is unsure.",
      ),
    ).toEqual([
      ["Nearly half of all voters", 50, "%", "voters"],
      ["two-thirds of farmers", 66.67, "%", "farmers"],
      ["one in five respondents", 20, "%", "respondents"],
    ]);
    expect(
      shares("In the first half of 2020 the upper half of the hull rusted; use a cup and a half of honey."),
    ).toEqual([]);
  });

  it("reads money and percentages with their unit", () => {
    expect(
      brief(
        "The EU pledged $4.5 billion in aid, while turnout fell to 12% and 40 percent of voters stayed home.",
      ),
    ).toEqual([
      {
        text: "$4.5 billion",
        value: 4_500_000_000,
        valueMax: null,
        counted: null,
        qualifier: null,
        unit: "USD",
      },
      { text: "12%", value: 12, valueMax: null, counted: null, qualifier: null, unit: "%" },
      {
        text: "40 percent of voters",
        value: 40,
        valueMax: null,
        counted: "voters",
        qualifier: null,
        unit: "%",
      },
    ]);
    expect(brief("A €20m contract and only 10 per cent and forty percent.")).toEqual([
      { text: "€20m", value: 20_000_000, valueMax: null, counted: null, qualifier: null, unit: "EUR" },
      { text: "only 10 per cent", value: 10, valueMax: null, counted: null, qualifier: "only", unit: "%" },
      { text: "forty percent", value: 40, valueMax: null, counted: null, qualifier: null, unit: "%" },
    ]);
  });

  it("reads spelled-out numbers, dozens and vague quantities", () => {
    expect(
      brief("Floods displaced two million people; a dozen villages and dozens of homes were lost."),
    ).toEqual([
      {
        text: "two million people",
        value: 2_000_000,
        valueMax: null,
        counted: "people",
        qualifier: null,
        unit: null,
      },
      {
        text: "a dozen villages",
        value: 12,
        valueMax: null,
        counted: "villages",
        qualifier: null,
        unit: null,
      },
      {
        text: "dozens of homes",
        value: 12,
        valueMax: null,
        counted: "homes",
        qualifier: "dozens",
        unit: null,
      },
    ]);
    expect(brief("Tens of thousands of protesters marched, more than a thousand were held.")).toEqual([
      {
        text: "Tens of thousands of protesters",
        value: 10_000,
        valueMax: null,
        counted: "protesters",
        qualifier: "tens of thousands",
        unit: null,
      },
      {
        text: "more than a thousand",
        value: 1000,
        valueMax: null,
        counted: null,
        qualifier: "more than",
        unit: null,
      },
    ]);
  });

  it("reads ranges", () => {
    expect(brief("Between 10 and 12 soldiers died; the form has 40 to 50 questions.")).toEqual([
      {
        text: "Between 10 and 12 soldiers",
        value: 10,
        valueMax: 12,
        counted: "soldiers",
        qualifier: "between",
        unit: null,
      },
      {
        text: "40 to 50 questions",
        value: 40,
        valueMax: 50,
        counted: "questions",
        qualifier: null,
        unit: null,
      },
    ]);
  });

  it("stops what is counted at a verb, preposition or clause", () => {
    expect(
      brief("Some 12,000 asylee hopefuls from five nationalities, of whom 300 were children, applied."),
    ).toEqual([
      {
        text: "Some 12,000 asylee hopefuls",
        value: 12000,
        valueMax: null,
        counted: "asylee hopefuls",
        qualifier: "some",
        unit: null,
      },
      {
        text: "five nationalities",
        value: 5,
        valueMax: null,
        counted: "nationalities",
        qualifier: null,
        unit: null,
      },
      { text: "300", value: 300, valueMax: null, counted: null, qualifier: null, unit: null },
    ]);
  });

  it("leaves out years, dates, times, labels, scores, ordinals and compounds", () => {
    const text =
      "In 2022 the 2012 rebellion resumed. On 4 July at 5 p.m., Resolution 2100 passed on July 4, 2023. " +
      "Panama lost 6 – 1 in the 3rd round; a 40-year-old man, COVID-19 and one official, the six-member team.";
    expect(findFigures(text)).toEqual([]);
  });

  it("tells plural nouns from singular ones ending in s", () => {
    const text = "More than 600,000 Israelis, 50 Airbus planes, 3 crisis talks and 01.01.2019 or 2018.04.05.";
    expect(findFigures(text).map((f) => [f.text, f.counted])).toEqual([
      ["More than 600,000 Israelis", "Israelis"],
      ["50 Airbus planes", "Airbus planes"],
      ["3 crisis talks", "crisis talks"],
    ]);
  });

  it("takes no figure from a date with a month's short form and dot (Feb. 7) or a model number (iPhone 16)", () => {
    const text =
      "The phones go on sale on Feb. 7 in the US. Apple's iPhone 16 sold strongly, and 16 iPhones were stolen.";
    expect(findFigures(text).map((f) => f.text)).toEqual(["16 iPhones"]);
  });

  it("takes no figure from a clock time or a ratio (2:11 left, a 16:9 screen)", () => {
    const text = "Davis fouled out with 2:11 left. It has a 16:9 screen and 300 people watched.";
    expect(findFigures(text).map((f) => f.text)).toEqual(["300 people"]);
  });

  it("reads a change and a level in different units as two figures, not a range ('rose 0.3% to $0.6512')", () => {
    const text = "The Australian dollar rose 0.3% to $0.6512. Prices rose 2% to 3%.";
    expect(findFigures(text).map((f) => [f.text, f.valueMax])).toEqual([
      ["0.3%", null],
      ["$0.6512", null],
      ["2% to 3%", 3],
    ]);
  });

  it("takes no figure from a street block ('the 1200 block of Broadway')", () => {
    expect(
      findFigures("They were arrested in the 1200 block of Broadway with 3 friends.").map((f) => f.text),
    ).toEqual(["3 friends"]);
  });

  it("takes no figure from a rank ('ranked No. 1')", () => {
    expect(findFigures("The Italian, ranked No. 1, won 3 titles.").map((f) => f.text)).toEqual(["3 titles"]);
  });

  it("does not take the verb may for a month", () => {
    expect(findFigures("Some 300 may have died.").map((f) => f.text)).toEqual(["Some 300"]);
  });

  it("leaves out a list number at the start of a block", () => {
    expect(findFigures("1. Skip to content")).toEqual([]);
  });

  it("keeps offsets into the text it was given", () => {
    const text = "Officials said nearly 300 houses burned.";
    const [figure] = findFigures(text);
    expect(figure && text.slice(figure.start, figure.end)).toBe("nearly 300 houses");
  });

  it("scales a decimal to the exact amount it writes ($33.2 billion is 33,200,000,000, not 33,200,000,000.000004)", () => {
    const values = (text: string) => findFigures(text).map((f) => [f.text, f.value]);
    expect(
      values("Revenue was $33.2 billion, up from $1.1 million, and 0.7 million people and 2.3bn euros."),
    ).toEqual([
      ["$33.2 billion", 33_200_000_000],
      ["$1.1 million", 1_100_000],
      ["0.7 million people", 700_000],
      ["2.3bn euros", 2_300_000_000],
    ]);
  });
});
