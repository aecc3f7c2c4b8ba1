import { readFileSync } from "node:fs";
import { parseArticle } from "../src/index.ts";
import { sharedPath } from "./shared-paths.ts";

interface GumBlock {
  start: number;
  end: number;
  type: string;
}
interface GumDoc {
  id: string;
  title: string;
  date: string | null;
  text: string;
  blocks: GumBlock[];
}

const path = process.argv[2] ?? sharedPath("corpora/gum-news/dev.jsonl");
const docs = readFileSync(path, "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as GumDoc);

let titles = 0;
let dates = 0;
let datedDocs = 0;
let failed = 0;
const headings = { tp: 0, predicted: 0, gold: 0 };
const captions = { tp: 0, predicted: 0, gold: 0 };
const key = (s: { start: number; end: number }) => `${s.start}:${s.end}`;

for (const doc of docs) {
  const gold = (type: string) => new Set(doc.blocks.filter((b) => b.type === type && b.start > 0).map(key));
  const goldHeadings = gold("head");
  const goldCaptions = gold("caption");
  headings.gold += goldHeadings.size;
  captions.gold += goldCaptions.size;
  if (doc.date) datedDocs++;
  const result = parseArticle(doc.text, { source: doc.id, contentType: "text" });
  if (!result.ok) {
    failed++;
    console.log(`  ${doc.id}: ${result.code} ${result.message}`);
    continue;
  }
  const a = result.value;
  if (a.title.text === doc.title.trim()) titles++;
  if (doc.date && a.publishedAt?.startsWith(doc.date)) dates++;
  const predictedHeadings = a.sections.flatMap((s) => (s.heading ? [key(s.heading)] : []));
  headings.predicted += predictedHeadings.length;
  headings.tp += predictedHeadings.filter((k) => goldHeadings.has(k)).length;
  const predictedCaptions = a.images.flatMap((i) => {
    const caption = i.caption;
    if (!caption) return [];
    const end = i.credit ? Math.max(caption.end, i.credit.end) : caption.end;
    const block = doc.blocks.find((b) => b.start <= caption.start && end <= b.end);
    return [block ? key(block) : key(caption)];
  });
  captions.predicted += predictedCaptions.length;
  captions.tp += predictedCaptions.filter((k) => goldCaptions.has(k)).length;
}

const pr = (c: { tp: number; predicted: number; gold: number }) =>
  `precision ${(c.tp / Math.max(c.predicted, 1)).toFixed(3)} recall ${(c.tp / Math.max(c.gold, 1)).toFixed(3)} (${c.tp} right, ${c.predicted} found, ${c.gold} in gold)`;
console.log(`GUM structure check: ${docs.length} documents, ${failed} failed to parse`);
console.log(`title     ${titles}/${docs.length} exact`);
console.log(`date      ${dates}/${datedDocs} right (documents with a gold date)`);
console.log(`headings  ${pr(headings)}`);
console.log(`captions  ${pr(captions)}`);
