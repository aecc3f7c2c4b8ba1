import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkIntegrity } from "../src/check-integrity.ts";
import { openDatabase, type Provider } from "../src/database.ts";
import { loadArticleGraphs } from "../src/load-article-graphs.ts";
import { migrateDatabase } from "../src/migrate.ts";
import { createScratchDatabase } from "../src/pg-scratch.ts";
import { type CorpusOptions, generateCorpus, loadBaseParagraphs } from "./corpus.ts";

export interface LoadBenchOptions {
  articles?: number;
  providers?: Provider[];
  corpus?: CorpusOptions;
  onProgress?: (provider: Provider, done: number, total: number) => void;
}

export interface LoadBenchFigures {
  provider: Provider;
  articles: number;
  stored: number;
  replaced: number;
  unchanged: number;
  failed: number;
  rows: number;
  /** Wall time spent loading, excluding generating the corpus. */
  loadSeconds: number;
  articlesPerSecond: number;
  rowsPerSecond: number;
  databaseBytes: number;
  peakRssBytes: number;
  /** RSS after each tenth of the batch: flat when memory does not grow with the batch. */
  rssByTenth: number[];
  integrityOk: boolean;
}

async function databaseBytes(
  provider: Provider,
  url: string,
  prisma: { $queryRawUnsafe: (sql: string) => Promise<unknown> },
): Promise<number> {
  if (provider === "postgresql") {
    const rows = (await prisma.$queryRawUnsafe("SELECT pg_database_size(current_database()) AS n")) as {
      n: unknown;
    }[];
    return Number(rows[0]?.n ?? 0);
  }
  const path = url.replace(/^file:/, "");
  return [path, `${path}-wal`].reduce(
    (sum, p) => sum + (statSync(p, { throwIfNoEntry: false })?.size ?? 0),
    0,
  );
}

async function benchOne(
  provider: Provider,
  url: string,
  options: Required<Pick<LoadBenchOptions, "articles">> & LoadBenchOptions,
  paragraphs: string[],
) {
  await migrateDatabase(url);
  const db = await openDatabase(url);
  try {
    let generating = 0;
    const corpus = generateCorpus(options.articles, { ...options.corpus, paragraphs });
    const timed = {
      *[Symbol.iterator]() {
        for (;;) {
          const t0 = performance.now();
          const next = corpus.next();
          generating += performance.now() - t0;
          if (next.done) return;
          yield next.value.graph;
        }
      },
    };
    const rssByTenth: number[] = [];
    let peakRss = process.memoryUsage().rss;
    const tenth = Math.max(1, Math.floor(options.articles / 10));
    const started = performance.now();
    const summary = await loadArticleGraphs(db, timed, {
      total: options.articles,
      inputs: { benchmark: "load", articles: options.articles },
      onProgress: (p) => {
        if (p.done % 50 === 0 || p.done % tenth === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
        if (p.done % tenth === 0) rssByTenth.push(process.memoryUsage().rss);
        if (p.done % tenth === 0) options.onProgress?.(provider, p.done, options.articles);
      },
    });
    const loadSeconds = (performance.now() - started - generating) / 1000;
    const report = await checkIntegrity(db);
    return {
      provider,
      articles: summary.seen,
      stored: summary.stored,
      replaced: summary.replaced,
      unchanged: summary.unchanged,
      failed: summary.failures.length,
      rows: summary.rows,
      loadSeconds,
      articlesPerSecond: summary.seen / loadSeconds,
      rowsPerSecond: summary.rows / loadSeconds,
      databaseBytes: await databaseBytes(provider, url, db.prisma),
      peakRssBytes: peakRss,
      rssByTenth,
      integrityOk: report.ok,
    } satisfies LoadBenchFigures;
  } finally {
    await db.close();
  }
}

/** Loads a generated news stream into a fresh SQLite file and a fresh PostgreSQL database and measures throughput and memory. */
export async function runLoadBench(options: LoadBenchOptions = {}): Promise<LoadBenchFigures[]> {
  const opts = { ...options, articles: options.articles ?? 10_000 };
  const paragraphs = loadBaseParagraphs();
  const figures: LoadBenchFigures[] = [];
  for (const provider of options.providers ?? ["sqlite", "postgresql"]) {
    if (provider === "sqlite") {
      const dir = mkdtempSync(join(tmpdir(), "newsgraph-bench-"));
      try {
        figures.push(await benchOne("sqlite", `file:${join(dir, "bench.db")}`, opts, paragraphs));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    } else {
      const scratch = await createScratchDatabase("newsgraph_bench");
      try {
        figures.push(await benchOne("postgresql", scratch.url, opts, paragraphs));
      } finally {
        await scratch.drop();
      }
    }
  }
  return figures;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export function formatLoadBenchFigures(f: LoadBenchFigures): string {
  return [
    `${f.provider}: ${f.articles} articles in ${f.loadSeconds.toFixed(1)} s → ${f.articlesPerSecond.toFixed(0)} articles/s, ${f.rowsPerSecond.toFixed(0)} rows/s (${f.rows} rows)`,
    `  stored ${f.stored}, replaced ${f.replaced}, unchanged ${f.unchanged}, failed ${f.failed}; integrity ${f.integrityOk ? "ok" : "FAILED"}`,
    `  database ${mb(f.databaseBytes)}, peak RSS ${mb(f.peakRssBytes)}, RSS by tenth: ${f.rssByTenth.map((r) => (r / 1024 / 1024).toFixed(0)).join(" ")} MB`,
  ].join("\n");
}
