import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ArticleGraph } from "@newsgraph/schema";
import { describe, expect, it } from "vitest";
import { compromiseCorpusRecord } from "../src/eval/compromise-baseline.ts";
import { CorpusRecord, GoldDocument, parseJsonl, readJsonlFile, toCorpusRecord } from "../src/eval/corpus.ts";
import { formatEvalReport, runExtractorEval } from "../src/eval/run-eval.ts";

const text = 'Ulf Laessing works in Bamako. "It is good," said Laessing.';
const at = (s: string, from = 0) => {
  const start = text.indexOf(s, from);
  return { text: s, start, end: start + s.length };
};

function graph(): ArticleGraph {
  return ArticleGraph.parse({
    id: "a_test",
    source: "doc-7",
    url: null,
    contentType: "text",
    contentHash: "0".repeat(64),
    text,
    title: at("Ulf Laessing works in Bamako."),
    teaser: null,
    publishedAt: null,
    updatedAt: null,
    publisher: null,
    language: "en",
    sections: [],
    images: [],
    contributors: [],
    editor: null,
    corrections: [],
    entities: [
      {
        id: "e1",
        type: "person",
        name: "Ulf Laessing",
        key: "ulf laessing",
        aliases: ["Laessing"],
        mentions: [
          { ...at("Laessing", 40), entityId: "e1" },
          { ...at("Ulf Laessing"), entityId: "e1" },
        ],
        salience: 1,
        roles: [],
      },
      {
        id: "e2",
        type: "place",
        name: "Bamako",
        key: "bamako",
        aliases: [],
        mentions: [{ ...at("Bamako"), entityId: "e2" }],
        salience: 0.5,
        roles: [],
      },
    ],
    quotes: [
      {
        ...at("It is good,"),
        kind: "direct",
        speakerId: "e1",
        speaker: "Ulf Laessing",
        speakerDescription: null,
        speakerMention: at("Laessing", 40),
        cue: "said",
      },
      {
        ...at("Ulf Laessing works in Bamako"),
        kind: "indirect",
        speakerId: null,
        speaker: null,
        speakerDescription: "a reporter",
        speakerMention: null,
        cue: null,
      },
    ],
    figures: [],
    dates: [],
    relations: [],
  });
}

describe("toCorpusRecord", () => {
  it("lists every mention with its entity's type, in text order, and every quotation with its speaker", () => {
    expect(toCorpusRecord(graph())).toEqual({
      id: "doc-7",
      entities: [
        { start: 0, end: 12, text: "Ulf Laessing", type: "person" },
        { start: 22, end: 28, text: "Bamako", type: "place" },
        { start: 49, end: 57, text: "Laessing", type: "person" },
      ],
      quotes: [{ start: 31, end: 42, speaker: "Ulf Laessing", speakerDescription: null, cue: "said" }],
    });
    expect(CorpusRecord.safeParse(toCorpusRecord(graph(), "other")).success).toBe(true);
  });
});

describe("compromiseCorpusRecord", () => {
  it("gives offsets into the text and quote spans without their marks", () => {
    const record = compromiseCorpusRecord("d", text);
    for (const e of record.entities) expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(record.quotes.map((q) => text.slice(q.start, q.end))).toEqual(["It is good,"]);
  });
});

describe("parseJsonl", () => {
  it("names the line of a bad record", () => {
    const result = parseJsonl(
      '{"id":"a","text":"","entities":[]}\n\n{"id":"b"}\n',
      GoldDocument,
      "gold.jsonl",
    );
    expect(result).toMatchObject({ ok: false, step: "validate", source: "gold.jsonl", line: 3 });
    expect(parseJsonl("{oops", GoldDocument, "gold.jsonl")).toMatchObject({
      ok: false,
      code: "invalid_json",
      line: 1,
    });
    expect(readJsonlFile("/nonexistent/gold.jsonl", GoldDocument)).toMatchObject({
      ok: false,
      code: "unreadable",
    });
  });
});

describe("runExtractorEval", () => {
  it("scores the extractor and compromise on the same documents", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ng-eval-"));
    const doc =
      'Leaders meet in France\n\nAngela Merkel met Emmanuel Macron in Paris. "We agree," Merkel said.';
    const span = (s: string, type: string) => ({
      start: doc.indexOf(s),
      end: doc.indexOf(s) + s.length,
      text: s,
      type,
      named: true,
    });
    const devPath = path.join(dir, "dev.jsonl");
    const quotesPath = path.join(dir, "quotes-dev.jsonl");
    fs.writeFileSync(
      devPath,
      `${JSON.stringify({ id: "d1", text: doc, entities: [span("Angela Merkel", "person"), span("Emmanuel Macron", "person"), span("Paris", "place"), span("Merkel", "person")] })}\n`,
    );
    const quote = {
      start: doc.indexOf("We agree,"),
      end: doc.indexOf("We agree,") + 9,
      text: "We agree,",
      speaker: "Angela Merkel",
    };
    fs.writeFileSync(quotesPath, `${JSON.stringify({ id: "d1", quotes: [quote], nonQuotes: [] })}\n`);
    const result = runExtractorEval({ devPath, quotesPath });
    fs.rmSync(dir, { recursive: true });
    if (!result.ok) throw new Error(result.message);
    const report = result.value;
    expect(report.documents).toBe(1);
    expect(report.failures).toEqual([]);
    expect(report.predictions.compromise.map((r) => r.id)).toEqual(["d1"]);
    expect(report.predictions.newsgraph.map((r) => r.id)).toEqual(["d1"]);
    expect(report.compromise.quotes).toMatchObject({ gold: 1, found: 1, attributed: 0 });
    const table = formatEvalReport(report);
    expect(
      table
        .split("\n")
        .slice(0, 3)
        .map((l) => l.trim().split(/\s+/)),
    ).toEqual([
      ["NER:", "named", "person/organization/place", "mentions,", "1", "documents"],
      ["newsgraph", "compromise"],
      ["P", "R", "F1", "exact", "P", "R", "F1", "exact"],
    ]);
    expect(table).toMatch(/^micro +\d/m);
    expect(table).toMatch(/^attributed +[\d.]+% +0\.0%$/m);
  });

  it("returns the read error when a gold file is missing", () => {
    expect(
      runExtractorEval({ devPath: "/nonexistent/dev.jsonl", quotesPath: "/nonexistent/q.jsonl" }),
    ).toMatchObject({
      ok: false,
      code: "unreadable",
      source: "/nonexistent/dev.jsonl",
    });
  });
});
