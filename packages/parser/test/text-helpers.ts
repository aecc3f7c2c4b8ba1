import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Article } from "@newsgraph/schema";
import { parseArticle } from "../src/index.ts";

export const FIXTURES = join(import.meta.dirname, "fixtures", "text");
export const SEED = join(import.meta.dirname, "..", "..", "..", "data", "raw", "000_5fcd22bafeeb8d23.txt");

export function parseFixture(
  path: string,
  retrievedAt: string | null = null,
  url: string | null = null,
): Article {
  const result = parseArticle(readFileSync(path, "utf8"), { source: path, retrievedAt, url });
  if (!result.ok) throw new Error(`${path}: ${result.code} ${result.message}`);
  return result.value;
}

/** Every span in the record, paired with the field it came from. */
export function allSpans(a: Article): Array<[string, { text: string; start: number; end: number }]> {
  const spans: Array<[string, { text: string; start: number; end: number }]> = [["title", a.title]];
  if (a.teaser) spans.push(["teaser", a.teaser]);
  if (a.dateline) spans.push(["dateline", a.dateline]);
  for (const s of a.sections) {
    if (s.heading) spans.push(["heading", s.heading]);
    for (const p of s.paragraphs) spans.push(["paragraph", p]);
  }
  for (const i of a.images) {
    if (i.alt) spans.push(["alt", i.alt]);
    if (i.caption) spans.push(["caption", i.caption]);
    if (i.credit) spans.push(["credit", i.credit]);
  }
  for (const c of a.contributors) spans.push(["contributor", c]);
  for (const c of a.corrections) spans.push(["correction", c]);
  return spans;
}

export function spansOutOfPlace(a: Article): string[] {
  return allSpans(a)
    .filter(([, s]) => a.text.slice(s.start, s.end) !== s.text)
    .map(([field, s]) => `${field} ${s.start}-${s.end}: ${s.text.slice(0, 40)}`);
}
