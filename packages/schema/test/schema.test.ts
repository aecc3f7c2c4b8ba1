import { describe, expect, it } from "vitest";
import { ArticleGraph, formatStepError, validateRecord } from "../src/index.ts";

const base = {
  id: "a_1",
  source: "x.txt",
  url: null,
  contentType: "text",
  contentHash: "0".repeat(64),
  text: "Title\n\nBody.",
  title: { text: "Title", start: 0, end: 5 },
  teaser: null,
  publishedAt: "2023-07-04",
  updatedAt: null,
  publisher: null,
  language: "en",
  sections: [],
  images: [],
  contributors: [],
  editor: null,
  corrections: [],
  entities: [],
  quotes: [],
  figures: [],
  dates: [],
  relations: [],
};

describe("ArticleGraph", () => {
  it("accepts a minimal graph", () => {
    expect(validateRecord(ArticleGraph, base, "x.txt").ok).toBe(true);
  });

  it("rejects spans outside the text and names the field", () => {
    const bad = {
      ...base,
      quotes: [
        {
          text: "x",
          start: 5,
          end: 500,
          kind: "direct",
          speakerId: null,
          speaker: null,
          speakerDescription: null,
          speakerMention: null,
          cue: null,
        },
      ],
    };
    const r = validateRecord(ArticleGraph, bad, "x.txt");
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(formatStepError(r)).toMatch(
        /^x\.txt: validate failed \(invalid_record\): quotes\.0: span 5\.\.500 is outside/,
      );
  });

  it("rejects a quote whose speaker is not an entity", () => {
    const bad = {
      ...base,
      quotes: [
        {
          text: "T",
          start: 0,
          end: 1,
          kind: "direct",
          speakerId: "e9",
          speaker: "X",
          speakerDescription: null,
          speakerMention: null,
          cue: "said",
        },
      ],
    };
    expect(validateRecord(ArticleGraph, bad, "x.txt").ok).toBe(false);
  });

  it("rejects a date that is not ISO", () => {
    expect(validateRecord(ArticleGraph, { ...base, publishedAt: "July 4, 2023" }, "x.txt").ok).toBe(false);
  });
});
