import type { Quote } from "@newsgraph/schema";
import { describe, expect, it } from "vitest";
import { extractPlainText } from "../src/extract-article.ts";

/** Every quote of a made-up article, in order. */
function quotesOf(paragraphs: string[]): Quote[] {
  const graph = extractPlainText(["Reactions to the ruling", ...paragraphs].join("\n\n"), "orgs.txt");
  if (!graph.ok) throw new Error(graph.message);
  return graph.value.quotes;
}

/** Speaker of each direct or partial quote, in order, for a made-up article. */
function speakers(paragraphs: string[]): (string | null)[] {
  return quotesOf(paragraphs)
    .filter((q) => q.kind !== "indirect")
    .map((q) => q.speaker);
}

describe("quotes spoken for an organisation", () => {
  it("gives 'the statement' to whoever issued a statement before", () => {
    expect(
      speakers([
        "On Friday, Harbour Lane Records issued a statement about the dispute with the singer.",
        '"We have honoured every request she made," the statement read.',
        '"We hope to settle this privately," the statement concluded.',
      ]),
    ).toEqual(["Harbour Lane Records", "Harbour Lane Records"]);
  });

  it("resolves a statement issued by 'the company' to the organisation named before it", () => {
    expect(
      speakers([
        "The singer accused Maple Street Music of blocking her new album.",
        "The company denied the allegations in a statement posted to its website.",
        '"At no point did we block her album," the statement said.',
      ]),
    ).toEqual(["Maple Street Music"]);
  });

  it("gives 'the production company' to the one organisation whose name shares a word", () => {
    expect(
      speakers([
        "Ridgeway Productions was named in the complaint, and so was Castle Lane Holdings.",
        '"We never agreed to a joint statement," the production company said.',
      ]),
    ).toEqual(["Ridgeway Productions"]);
  });

  it("gives a group's members and the letter they signed to the group named after its members", () => {
    expect(
      speakers([
        "The doctors, members of a recently formed group Doctors for Clean Air, wrote to the mayor.",
        '"We write with urgency," the physicians stated in the letter.',
        '"The smog is a threat to every child," says the letter signed by nine doctors.',
      ]),
    ).toEqual(["Doctors for Clean Air", "Doctors for Clean Air"]);
  });

  it("names a government body described by its nationality", () => {
    expect(
      speakers(['The Spanish foreign ministry said it "deeply regrets the decision" taken on Monday.']),
    ).toEqual(["Spanish Foreign Ministry"]);
  });

  it("gives a spokesperson's words to the organisation named after 'for'", () => {
    expect(
      speakers(['A spokesperson for the Northern Water Authority said the pipes were "safe to use again".']),
    ).toEqual(["Northern Water Authority"]);
  });

  it("keeps 'the spokesperson' unnamed when the article introduced an unnamed one", () => {
    expect(
      speakers([
        "Photographer Anna Kowalski took the pictures at the border crossing.",
        "A spokesperson who did not give a name said the agency would not comment.",
        '"Operating a clinic is not feasible," the spokesperson said.',
      ]),
    ).toEqual([null]);
  });
});

describe("quotes in reported clauses", () => {
  it("gives a quote to the named speaker, not a capital inside the clause they report", () => {
    expect(
      speakers([
        'Gina Alvarez said that after legal consultation Madrid had concluded the treaty was "no longer binding", adding that talks would go on.',
      ]),
    ).toEqual(["Gina Alvarez"]);
  });

  it("reads a subject before 'however,' and a title before a name", () => {
    expect(
      speakers([
        'Trade Minister Peter Olsen, however, said he was "very pleased" with the talks.',
        "Maria Olsen and Jordan Brown also attended the meeting in Geneva.",
        "Chief negotiator Ravi Menon said the delegation would travel to Geneva.",
        '"We are going to the assembly," he added.',
      ]),
    ).toEqual(["Peter Olsen", "Ravi Menon"]);
  });

  it("gives a quote to a country acting as its government, which stays a place", () => {
    expect(
      speakers([
        "China has warned the other side, and China will respond within days, officials said.",
        '"The tariffs must go," China said on Monday.',
        "Exports to China fell sharply in October.",
      ]),
    ).toEqual(["China"]);
  });

  it("keeps 'the bank' a description when the only name before it is a dateline's city", () => {
    const quote = quotesOf([
      "FJORDBY, March 3 (Reuters) - The country's central bank held its benchmark lending rate at 13% on Sunday.",
      '"The committee concluded that the current policy stance will continue," the bank said in a statement.',
    ]).find((q) => q.kind === "direct");
    expect([quote?.speaker, quote?.speakerDescription]).toEqual([null, "the bank"]);
  });

  it("keeps a phrase that only ends in a quiet place as the speakers' description", () => {
    const quotes = quotesOf([
      "When the owners of the only shop in Little Fjordby announced they would retire, the residents faced a long drive for milk.",
    ]);
    expect(quotes.map((q) => [q.kind, q.speaker, q.speakerDescription])).toEqual([
      ["indirect", null, "the owners of the only shop in Little Fjordby"],
    ]);
  });
});
