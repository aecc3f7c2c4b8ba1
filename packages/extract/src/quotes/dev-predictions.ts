import fs from "node:fs";
import { toCorpusRecord } from "../eval/corpus.ts";
import { extractPlainText } from "../extract-article.ts";

/** Writes quote predictions for a gum-news style JSONL (`{"id","text"}` lines) in the reference scorer's format. */
export function quotePredictions(jsonl: string): string {
  const lines: string[] = [];
  for (const line of jsonl.split("\n")) {
    if (line.trim().length === 0) continue;
    const doc = JSON.parse(line) as { id: string; text: string };
    const graph = extractPlainText(doc.text, doc.id);
    const quotes = graph.ok ? toCorpusRecord(graph.value, doc.id).quotes : [];
    lines.push(JSON.stringify({ id: doc.id, entities: [], quotes }));
  }
  return `${lines.join("\n")}\n`;
}

const [input, output] = process.argv.slice(2);
if (input && output && import.meta.url === `file://${process.argv[1]}`) {
  fs.writeFileSync(output, quotePredictions(fs.readFileSync(input, "utf8")));
}
