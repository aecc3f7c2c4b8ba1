import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArticle } from "../src/index.ts";

export interface ParseBenchResult {
  articles: number;
  megabytes: number;
  seconds: number;
  megabytesPerSecond: number;
  articlesPerSecond: number;
  failed: number;
}

const ROOT = join(import.meta.dirname, "..", "..", "..");
const DEFAULT_GUM = "/work/shared/corpora/gum-news/dev.jsonl";

/** The seed and the GUM texts, repeated until the corpus holds at least `minBytes` of text. */
export function buildBenchCorpus(
  minBytes = 10 * 1024 * 1024,
  gumPath = process.env.GUM_DEV ?? DEFAULT_GUM,
): string[] {
  const seed = readFileSync(join(ROOT, "data", "raw", "000_5fcd22bafeeb8d23.txt"), "utf8");
  let gum: string[] = [];
  try {
    gum = readFileSync(gumPath, "utf8")
      .split("\n")
      .filter((l) => l.trim())
      .map((l) => (JSON.parse(l) as { text: string }).text);
  } catch {
    gum = [];
  }
  const base = [seed, ...gum];
  const corpus: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < minBytes; i++) {
    const text = `${base[i % base.length]}\n`;
    corpus.push(text);
    bytes += Buffer.byteLength(text);
  }
  return corpus;
}

/** Parses the corpus once, single-threaded, and returns the throughput. */
export function runParseBench(corpus: readonly string[] = buildBenchCorpus()): ParseBenchResult {
  const bytes = corpus.reduce((n, t) => n + Buffer.byteLength(t), 0);
  let failed = 0;
  const started = process.hrtime.bigint();
  for (let i = 0; i < corpus.length; i++) {
    const result = parseArticle(corpus[i] as string, { source: `bench-${i}`, contentType: "text" });
    if (!result.ok) failed++;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const megabytes = bytes / (1024 * 1024);
  return {
    articles: corpus.length,
    megabytes,
    seconds,
    megabytesPerSecond: megabytes / seconds,
    articlesPerSecond: corpus.length / seconds,
    failed,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = runParseBench();
  console.log(
    `parsed ${r.articles} text articles (${r.megabytes.toFixed(1)} MB) in ${r.seconds.toFixed(2)} s: ` +
      `${r.megabytesPerSecond.toFixed(1)} MB/s, ${r.articlesPerSecond.toFixed(0)} articles/s, ${r.failed} failed`,
  );
}
