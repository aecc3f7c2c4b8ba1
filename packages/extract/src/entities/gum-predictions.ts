import { readFileSync, writeFileSync } from "node:fs";
import type { Article } from "@newsgraph/schema";
import { mapPacked } from "../text/arrays.ts";
import { extractEntities } from "./index.ts";

/** Dev tool: writes score-entities.mjs predictions for a GUM-style JSONL file, reading text blocks split by blank lines. */
function plainArticle(id: string, text: string): Article {
  const paragraphs: { text: string; start: number; end: number; kind: "paragraph" }[] = [];
  for (const m of text.matchAll(/[^\n]+/g)) {
    paragraphs.push({
      text: m[0],
      start: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
      kind: "paragraph",
    });
  }
  const [title, ...rest] = paragraphs;
  return {
    id,
    source: id,
    url: null,
    contentType: "text",
    contentHash: "0".repeat(64),
    text,
    title: title ?? { text: "", start: 0, end: 0 },
    teaser: null,
    publishedAt: null,
    updatedAt: null,
    publisher: null,
    language: "en",
    dateline: null,
    sections: [{ heading: null, paragraphs: rest }],
    images: [],
    contributors: [],
    editor: null,
    corrections: [],
  };
}

const [input, output] = process.argv.slice(2);
if (!input || !output) throw new Error("usage: gum-predictions.ts IN.jsonl OUT.jsonl");
const lines = readFileSync(input, "utf8")
  .split("\n")
  .filter((l) => l.trim());
const out = mapPacked(lines, (line) => {
  const { id, text } = JSON.parse(line) as { id: string; text: string };
  const { entities } = extractEntities(plainArticle(id, text));
  return JSON.stringify({
    id,
    entities: entities.flatMap((e) =>
      mapPacked(e.mentions, (m) => ({ start: m.start, end: m.end, text: m.text, type: e.type })),
    ),
    quotes: [],
  });
});
writeFileSync(output, `${out.join("\n")}\n`);
