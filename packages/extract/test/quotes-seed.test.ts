import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArticle } from "@newsgraph/parser";
import type { Article, Quote } from "@newsgraph/schema";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../src/extract-article.ts";
import { extractQuotes } from "../src/quotes/index.ts";
import { seedArticle } from "./fixtures/seed-article.ts";

const seedPath = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../../data/raw/000_5fcd22bafeeb8d23.txt",
);

function parsedSeed(): Article {
  const parsed = parseArticle(fs.readFileSync(seedPath, "utf8"), { source: seedPath, contentType: "text" });
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
}

const spaced = (s: string | null | undefined) => (s == null ? null : s.replace(/\s+/g, " "));

const brief = (q: Quote) => ({
  kind: q.kind,
  opening: spaced(q.text.slice(0, 40))?.trim(),
  speaker: spaced(q.speaker),
  speakerDescription: spaced(q.speakerDescription),
  mention: spaced(q.speakerMention?.text),
  cue: q.cue,
});

const seedQuotes = [
  {
    kind: "direct",
    opening: "I consider it normal for Mali's governme",
    speaker: "Abdoulaye Sounaye",
    speakerDescription: null,
    mention: "Sahel expert Abdoulaye Sounaye",
    cue: "said",
  },
  {
    kind: "direct",
    opening: "There is a big risk that the military si",
    speaker: "Abdoulaye Sounaye",
    speakerDescription: null,
    mention: "he",
    cue: "said",
  },
  {
    kind: "direct",
    opening: "The Mali crisis cannot be solved with Wa",
    speaker: "Niagale Bagayoko",
    speakerDescription: null,
    mention: "Political scientist Niagale Bagayoko",
    cue: ":",
  },
  {
    kind: "partial",
    opening: "exceedingly strained",
    speaker: "Niagale Bagayoko",
    speakerDescription: null,
    mention: "Niagale Bagayoko",
    cue: "said",
  },
  {
    kind: "direct",
    opening: "The decision of the Malian military lead",
    speaker: "Niagale Bagayoko",
    speakerDescription: null,
    mention: "Niagale Bagayoko",
    cue: ":",
  },
  {
    kind: "direct",
    opening: "I am very satisfied with the decision of",
    speaker: null,
    speakerDescription: "a woman in Bamako",
    mention: "a woman in Bamako",
    cue: "told DW",
  },
  {
    kind: "direct",
    opening: "The attacks by jihadists in the center a",
    speaker: null,
    speakerDescription: "A passerby",
    mention: "A passerby",
    cue: "added",
  },
  {
    kind: "direct",
    opening: "What will happen to all the projects and",
    speaker: null,
    speakerDescription: "a citizen",
    mention: "a citizen",
    cue: "said",
  },
  {
    kind: "direct",
    opening: "In the north and center, I have met many",
    speaker: "Ulf Laessing",
    speakerDescription: null,
    mention: "Laessing",
    cue: "said",
  },
  {
    kind: "direct",
    opening: "MINUSMA worked with women, built wells,",
    speaker: "Ulf Laessing",
    speakerDescription: null,
    mention: "he",
    cue: "said",
  },
  {
    kind: "direct",
    opening: "The army has made significant acquisitio",
    speaker: "Ulf Laessing",
    speakerDescription: null,
    mention: "he",
    cue: "said",
  },
  {
    kind: "partial",
    opening: "bitter news for the people in Mali, who",
    speaker: "Annalena Baerbock",
    speakerDescription: null,
    mention: "German Foreign Minister Annalena Baerbock",
    cue: "described",
  },
];

const seedIndirect = [
  { opening: "Mali had nevertheless proven incapable o", speaker: "Abdoulaye Sounaye", cue: "told DW" },
  { opening: 'the withdrawal was a result of the "exce', speaker: "Niagale Bagayoko", cue: "said" },
  { opening: "Mali had been positioning itself for som", speaker: "Niagale Bagayoko", cue: "explained" },
  { opening: "Hiring Russian mercenaries would not hel", speaker: "Niagale Bagayoko", cue: "concluded" },
  { opening: "The security situation for the civilian", speaker: "Ulf Laessing", cue: "told DW" },
  { opening: "the Malian government will attempt to fi", speaker: "Ulf Laessing", cue: "According to" },
  { opening: "this should not pose a major problem for", speaker: "Ulf Laessing", cue: "According to" },
  { opening: "the military government had made it incr", speaker: "Annalena Baerbock", cue: "explained" },
];

describe("quotes on the seed (parsed, with extracted entities)", () => {
  const article = parsedSeed();
  const graph = extractArticle(article);
  if (!graph.ok) throw new Error(graph.message);
  const quotes = graph.value.quotes;

  it("finds every direct and partial quote with its speaker, mention and cue", () => {
    expect(quotes.filter((q) => q.kind !== "indirect").map(brief)).toEqual(seedQuotes);
  });

  it("links named speakers to their entities", () => {
    for (const q of quotes.filter((q) => q.speaker !== null)) {
      const entity = graph.value.entities.find((e) => e.id === q.speakerId);
      expect(entity?.name).toBe(q.speaker);
    }
  });

  it("records reported speech as indirect quotes covering the reported clause", () => {
    const indirect = quotes
      .filter((q) => q.kind === "indirect" && q.speaker !== null)
      .map((q) => ({ opening: spaced(q.text.slice(0, 40))?.trim(), speaker: spaced(q.speaker), cue: q.cue }));
    expect(indirect).toEqual(seedIndirect);
    const laessing = quotes.find((q) => q.text.startsWith("The security situation"));
    expect(laessing?.text).toBe(
      "The security situation for the civilian population is certain to deteriorate",
    );
  });

  it("spans cover the quote content only, without the marks", () => {
    for (const q of quotes) {
      expect(article.text.slice(q.start, q.end)).toBe(q.text);
      expect(q.text).not.toMatch(/^["'“‘\s]|["'”’\s]$/);
    }
    const caption = quotes.find((q) => q.cue === ":" && q.text.startsWith("The Mali crisis"));
    expect(caption?.text).toBe("The Mali crisis cannot be solved with Wagner mercenaries");
  });

  it("does not report the heading, the poster slogan or the alt text as quotes", () => {
    const texts = quotes.map((q) => q.text);
    expect(texts).not.toContain("A matter of national sovereignty");
    expect(texts.some((t) => t.startsWith("Thank you"))).toBe(false);
  });
});

describe("quotes on the seed with no entities (speakers from the text alone)", () => {
  it("attributes the same quotes to the fullest names the article writes", () => {
    const quotes = extractQuotes(parsedSeed(), []);
    expect(quotes.filter((q) => q.kind !== "indirect").map(brief)).toEqual(seedQuotes);
    expect(quotes.every((q) => q.speakerId === null)).toBe(true);
  });

  it("gives the same quotes on the hand-built seed structure", () => {
    const quotes = extractQuotes(seedArticle(), []);
    expect(quotes.filter((q) => q.kind !== "indirect").map(brief)).toEqual(seedQuotes);
  });
});
