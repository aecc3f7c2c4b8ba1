import { describe, expect, it } from "vitest";
import type { GoldDocument, GoldQuoteDocument } from "../src/eval/corpus.ts";
import { formatErrors } from "../src/eval/errors.ts";
import { normaliseMentionText, scoreNer, tallyType } from "../src/eval/score-ner.ts";
import { scoreQuotes, speakersAgree } from "../src/eval/score-quotes.ts";

const text =
  "President Donald Trump met Hamdullah Mohib in Washington D.C. at the company office of Apple's board.";
const span = (s: string, type: string, named = true, from = 0) => {
  const start = text.indexOf(s, from);
  if (start < 0) throw new Error(`no ${s}`);
  return { start, end: start + s.length, text: s, type, named };
};
const pred = (s: string, type: string, from = 0) => {
  const { named: _named, ...rest } = span(s, type, true, from);
  return rest;
};

describe("tallyType", () => {
  it("treats a named mention nested in a longer named mention of its type as optional", () => {
    const gold = [span("Washington D.C.", "place"), span("D.C.", "place")];
    expect(tallyType(gold, [pred("Washington D.C.", "place")], "place")).toEqual({
      tp: 1,
      fp: 0,
      fn: 0,
      exact: 1,
    });
    expect(tallyType(gold, [pred("Washington", "place"), pred("D.C.", "place")], "place")).toEqual({
      tp: 2,
      fp: 0,
      fn: 0,
      exact: 1,
    });
  });

  it("does not judge, in flat gold only, a prediction inside a longer gold name of another type", () => {
    const gold = [span("company office of Apple", "organization")];
    const apple = [pred("Apple", "place")];
    expect(tallyType(gold, apple, "place", undefined, gold)).toEqual({ tp: 0, fp: 0, fn: 0, exact: 0 });
    // Also inside a name of an unscored type ("Milan" in the event "Milan Design Week").
    const event = [span("Mohib in Washington", "event")];
    expect(tallyType(event, [pred("Washington", "place")], "place", undefined, event).fp).toBe(0);
    // Nested gold (GUM) would have annotated the inner name: the prediction is wrong there.
    expect(tallyType(gold, apple, "place")).toEqual({ tp: 0, fp: 1, fn: 0, exact: 0 });
    // Not nested: a longer prediction around the gold name is still judged.
    expect(
      tallyType(gold, [pred("the company office of Apple's", "place")], "place", undefined, gold),
    ).toEqual({ tp: 0, fp: 1, fn: 0, exact: 0 });
  });

  it("ignores a prediction overlapping only an unnamed gold mention of its type", () => {
    const gold = [span("the company", "organization", false)];
    expect(tallyType(gold, [pred("company", "organization")], "organization")).toEqual({
      tp: 0,
      fp: 0,
      fn: 0,
      exact: 0,
    });
    expect(tallyType(gold, [pred("Apple", "organization")], "organization")).toEqual({
      tp: 0,
      fp: 1,
      fn: 0,
      exact: 0,
    });
  });

  it("matches one-to-one, largest overlap first", () => {
    const gold = [span("Donald", "person"), span("Trump met Hamdullah Mohib", "person")];
    const predictions = [pred("Donald Trump", "person"), pred("Hamdullah", "person")];
    expect(tallyType(gold, predictions, "person")).toEqual({ tp: 2, fp: 0, fn: 0, exact: 0 });
    const oneSpanTwoGold = [span("Donald Trump", "person"), span("Hamdullah Mohib", "person")];
    expect(tallyType(oneSpanTwoGold, [pred("Donald Trump met Hamdullah Mohib", "person")], "person")).toEqual(
      {
        tp: 1,
        fp: 0,
        fn: 1,
        exact: 0,
      },
    );
  });

  it("counts exact boundaries ignoring a leading article and a trailing 's", () => {
    const gold = [span("Apple's", "organization"), span("the company", "organization")];
    expect(tallyType(gold, [pred("Apple", "organization")], "organization").exact).toBe(1);
    expect(normaliseMentionText("The United Nations\u2019s")).toBe("united nations");
  });
});

describe("scoreNer", () => {
  const gold: GoldDocument[] = [
    {
      id: "d1",
      text,
      entities: [
        span("Donald Trump", "person"),
        span("Hamdullah Mohib", "person"),
        span("Washington D.C.", "place"),
        span("the company", "organization", false),
        span("Apple", "organization"),
        span("President Donald Trump", "abstract"),
      ],
    },
    { id: "d2", text: "Nobody.", entities: [] },
  ];

  it("scores per type and micro, and does not match across types", () => {
    const score = scoreNer(gold, [
      {
        id: "d1",
        entities: [
          pred("Donald Trump", "PER"),
          pred("Mohib", "person"),
          pred("Washington", "organization"),
          pred("Apple's", "ORG"),
          pred("board", "organization"),
        ],
      },
    ]);
    expect(score.missingDocuments).toBe(1);
    expect(score.perType.person).toMatchObject({
      tp: 2,
      fp: 0,
      fn: 0,
      exact: 1,
      precision: 1,
      recall: 1,
      f1: 1,
    });
    expect(score.perType.organization).toMatchObject({ tp: 1, fp: 2, fn: 0, exact: 1 });
    expect(score.perType.organization.precision).toBeCloseTo(1 / 3, 10);
    expect(score.perType.place).toMatchObject({ tp: 0, fp: 0, fn: 1, precision: 0, recall: 0, f1: 0 });
    expect(score.micro).toMatchObject({ tp: 3, fp: 2, fn: 1, exact: 2 });
    expect(score.micro.f1).toBeCloseTo((2 * 0.6 * 0.75) / 1.35, 10);
    expect(score.micro.exactShare).toBe(0.5);
    expect(score.lowestTypeF1).toBe(0);
  });

  it("lists the errors with their context and what the other side had there", () => {
    const predicted = [
      {
        id: "d1",
        entities: [
          pred("Donald Trump", "person"),
          pred("Washington", "organization"),
          pred("board", "organization"),
        ],
        quotes: [],
      },
    ];
    expect(
      formatErrors(gold.slice(0, 1), [{ id: "d1", quotes: [], nonQuotes: [] }], predicted).split("\n"),
    ).toEqual([
      "== d1",
      "fn organization …ashington D.C. at the company office of [Apple]'s board.…",
      "fn person       …President Donald Trump met [Hamdullah Mohib] in Washington D.C. at the company offic…",
      "fn place        …ent Donald Trump met Hamdullah Mohib in [Washington D.C.] at the company office of Apple's board.… (organization: Washington)",
      "fp organization …ent Donald Trump met Hamdullah Mohib in [Washington] D.C. at the company office of Apple's b… (place: Washington D.C.)",
      "fp organization …n D.C. at the company office of Apple's [board].…",
    ]);
  });
});

describe("scoreQuotes", () => {
  const gold: GoldQuoteDocument[] = [
    {
      id: "q1",
      quotes: [
        { start: 10, end: 30, text: "x".repeat(20), speaker: "Hamdullah Mohib" },
        { start: 40, end: 50, text: "x".repeat(10), speaker: null },
        { start: 60, end: 80, text: "x".repeat(20), speaker: "Rodaba Noori" },
      ],
      nonQuotes: [{ start: 90, end: 95, text: "xxxxx" }],
    },
  ];

  it("finds a gold quote covered at least half and checks the speaker", () => {
    const score = scoreQuotes(gold, [
      {
        id: "q1",
        quotes: [
          { start: 8, end: 20, speaker: "Ambassador Mohib" },
          { start: 40, end: 44, speaker: null },
          { start: 62, end: 80, speaker: "Noori" },
          { start: 90, end: 95, speaker: null },
          { start: 100, end: 110, speaker: "Someone" },
        ],
      },
    ]);
    expect(score).toEqual({
      gold: 3,
      predicted: 5,
      found: 2,
      attributed: 1,
      onNonQuotes: 1,
      falsePositives: 1,
      recall: 2 / 3,
      speakerAccuracy: 1 / 3,
    });
  });

  it("reports each missed, misattributed and false quote to the error listing", () => {
    const errors: string[] = [];
    scoreQuotes(
      gold,
      [
        {
          id: "q1",
          quotes: [
            { start: 8, end: 20, speaker: "Ambassador Mohib" },
            { start: 100, end: 110, speaker: null },
          ],
        },
      ],
      (docId, kind, quote) => errors.push(`${docId} ${kind} ${quote.start}`),
    );
    expect(errors).toEqual(["q1 speaker 10", "q1 missed 40", "q1 missed 60", "q1 false 100"]);
  });

  it("agrees on speakers by full name or a contained name with the same last word", () => {
    expect(speakersAgree("Mohib", "Hamdullah Mohib")).toBe(true);
    expect(speakersAgree("Ambassador Mohib", "Hamdullah Mohib")).toBe(false);
    expect(speakersAgree("the Guardian", "The Guardian")).toBe(true);
    expect(speakersAgree(null, null)).toBe(true);
    expect(speakersAgree("Noori", null)).toBe(false);
    expect(speakersAgree(null, "Noori")).toBe(false);
  });
});
