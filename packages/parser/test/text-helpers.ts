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

export { spansOutOfPlace } from "../src/eval/record-spans.ts";
