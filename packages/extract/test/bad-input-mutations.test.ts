import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArticle } from "@newsgraph/parser";
import { ArticleGraph } from "@newsgraph/schema";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../src/extract-article.ts";
import { extractPlainText } from "../src/index.ts";

const rawDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../data/raw");
const read = (ext: string) =>
  fs
    .readdirSync(rawDir)
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => fs.readFileSync(path.join(rawDir, f), "utf8"));
const texts = read(".txt");
const pages = read(".html");

/** Pieces a copied page can carry anywhere: control and invisible characters, lone surrogates, marks, markup, cues. */
const PIECES = [
  "\u0000",
  "\ud800",
  "\udc00",
  "\u200b",
  "\u2028",
  "\r\n",
  "\r",
  "\t",
  "\f",
  "\u00a0",
  "\u0301",
  "\u202e",
  "“",
  "”",
  "‘",
  "’",
  '"',
  "'",
  "(",
  ")",
  "—",
  ":",
  ".",
  ",",
  "$",
  "%",
  "1,000",
  "½",
  "🙂",
  "İ",
  "<b>",
  "&amp;",
  "Mr.",
  "U.S.",
  "said",
  "she",
  "according to",
  "Image: AP/Reuters",
  "\n\n",
  "O'Neil",
  "'s",
  "Of",
  "The",
];

/** A fixed pseudo-random sequence, so a failure names a case that can be run again. */
function sequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** `text` with up to 40 pieces inserted, spans deleted and stretches upper-cased at random places. */
function mutate(text: string, next: () => number): string {
  let out = text;
  const edits = Math.floor(next() * 40);
  for (let j = 0; j < edits; j++) {
    const at = Math.floor(next() * out.length);
    const kind = next();
    if (kind < 0.6) out = out.slice(0, at) + PIECES[Math.floor(next() * PIECES.length)] + out.slice(at);
    else if (kind < 0.8) out = out.slice(0, at) + out.slice(at + Math.floor(next() * 20));
    else out = out.slice(0, at) + out.slice(at, at + 200).toUpperCase() + out.slice(at + 200);
  }
  return out;
}

/** An extraction result that succeeded and whose record is valid, with offsets into its own text. */
function expectValidResult(result: ReturnType<typeof extractArticle>, n: number) {
  expect(result.ok, `case ${n}: ${result.ok ? "" : JSON.stringify(result)}`).toBe(true);
  if (result.ok) expectValidGraph(result.value);
}

function expectValidGraph(graph: ArticleGraph) {
  expect(ArticleGraph.safeParse(graph).success).toBe(true);
  const { text } = graph;
  for (const e of graph.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  for (const q of graph.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
}

describe("damaged copies of real articles", () => {
  it("each gives a valid record with offsets into its own text (120 fixed cases)", {
    timeout: 120_000,
  }, () => {
    const next = sequence(1);
    for (let n = 0; n < 120; n++) {
      const text = mutate(texts[Math.floor(next() * texts.length)] as string, next);
      expectValidResult(extractPlainText(text, `mutated-${n}`), n);
      const parsed = parseArticle(text, { source: `mutated-${n}`, contentType: "text" });
      if (!parsed.ok) continue;
      expectValidResult(extractArticle(parsed.value), n);
    }
  });

  it("each damaged HTML page parses to a valid record or a stated parse error (60 fixed cases)", {
    timeout: 120_000,
  }, () => {
    const next = sequence(2);
    for (let n = 0; n < 60; n++) {
      const html = mutate(pages[Math.floor(next() * pages.length)] as string, next);
      const parsed = parseArticle(html, { source: `mutated-page-${n}`, contentType: "html" });
      if (!parsed.ok) {
        expect(parsed.message.length, `case ${n}`).toBeGreaterThan(0);
        continue;
      }
      expectValidResult(extractArticle(parsed.value), n);
    }
  });

  it("a title whose capitalised run ends in 'Of' is read, not a crash", () => {
    const text = "Club news\n\nHe met Club President Of the board on Monday.\n";
    const graph = extractPlainText(text, "title-of");
    expect(graph.ok).toBe(true);
  });
});
