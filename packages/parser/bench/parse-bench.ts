import { readFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot, sharedDir } from "../scripts/shared-paths.ts";
import { parseArticle } from "../src/index.ts";

export interface ParseBenchResult {
  articles: number;
  megabytes: number;
  seconds: number;
  /** CPU time the process spent (user + system): steadier than wall time on a shared machine. */
  cpuSeconds: number;
  megabytesPerSecond: number;
  megabytesPerCpuSecond: number;
  articlesPerSecond: number;
  failed: number;
}

/** The seed and the GUM texts, repeated until the corpus holds at least `minBytes` of text. */
export function buildBenchCorpus(
  minBytes = 10 * 1024 * 1024,
  gumPath = process.env.GUM_DEV ?? join(sharedDir(), "corpora/gum-news/dev.jsonl"),
): string[] {
  const seed = readFileSync(join(repoRoot, "data", "raw", "000_5fcd22bafeeb8d23.txt"), "utf8");
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

/**
 * Parses the corpus once, single-threaded, and returns the throughput. The first `warmupArticles`
 * are parsed once before the clock starts, so the figure is the steady state of compiled code.
 */
export function runParseBench(
  corpus: readonly string[] = buildBenchCorpus(),
  warmupArticles = 200,
): ParseBenchResult {
  const bytes = corpus.reduce((n, t) => n + Buffer.byteLength(t), 0);
  for (let i = 0; i < Math.min(warmupArticles, corpus.length); i++) {
    parseArticle(corpus[i] as string, { source: `warmup-${i}`, contentType: "text" });
  }
  let failed = 0;
  const cpuStarted = process.cpuUsage();
  const started = process.hrtime.bigint();
  for (let i = 0; i < corpus.length; i++) {
    const result = parseArticle(corpus[i] as string, { source: `bench-${i}`, contentType: "text" });
    if (!result.ok) failed++;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuStarted);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const megabytes = bytes / (1024 * 1024);
  return {
    articles: corpus.length,
    megabytes,
    seconds,
    cpuSeconds,
    megabytesPerSecond: megabytes / seconds,
    megabytesPerCpuSecond: megabytes / cpuSeconds,
    articlesPerSecond: corpus.length / seconds,
    failed,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = runParseBench();
  console.log(
    `parsed ${r.articles} text articles (${r.megabytes.toFixed(1)} MB) in ${r.seconds.toFixed(2)} s: ` +
      `${r.megabytesPerSecond.toFixed(1)} MB/s, ${r.articlesPerSecond.toFixed(0)} articles/s, ${r.failed} failed; ` +
      `${r.cpuSeconds.toFixed(2)} s of CPU: ${r.megabytesPerCpuSecond.toFixed(1)} MB per CPU second`,
  );
}
