import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Database, loadArticleGraphs, migrateDatabase, openDatabase, repoRoot } from "@newsgraph/db";
import { generateCorpus, randomSource } from "@newsgraph/db/bench";
import autocannon from "autocannon";
import { DEFAULT_WORKERS } from "../src/workers.ts";

export interface GatewayBenchOptions {
  articles?: number;
  connections?: number;
  /** Seconds per query. */
  duration?: number;
  /** SQLite file; reused when it already holds the articles. */
  dbFile?: string;
  /** When above 0, a second pass with the server's response cache at this TTL (RESPONSE_CACHE_TTL_MS); the headline pass always runs with it off. */
  cacheTtlMs?: number;
  /** Gateway processes sharing the port (WORKERS); by default what `pnpm start` runs. */
  workers?: number;
  log?: (line: string) => void;
}

export interface QueryFigures {
  name: string;
  /** Response cache TTL of the pass, 0 when off. */
  cacheTtlMs: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

const serverEntry = fileURLToPath(new URL("../src/server.ts", import.meta.url));

async function ensureCorpus(db: Database, articles: number, log: (l: string) => void) {
  const have = await db.prisma.article.count();
  if (have > 0) return log(`corpus: reusing ${have} articles in ${db.url}`);
  const started = Date.now();
  const graphs = (function* () {
    for (const { graph } of generateCorpus(articles)) yield graph;
  })();
  const summary = await loadArticleGraphs(db, graphs, {
    inputs: { bench: articles },
    total: articles,
    onProgress: (p) => p.done % 1000 === 0 && log(`  loaded ${p.done}/${articles}`),
  });
  log(
    `corpus: ${summary.stored} stored, ${summary.replaced} replaced, ${summary.unchanged} unchanged in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

async function startServer(
  dbUrl: string,
  cacheTtlMs: number,
  workers: number,
): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ["--max-semi-space-size=64", "--import", "tsx", serverEntry], {
    cwd: fileURLToPath(new URL("..", import.meta.url)),
    env: {
      ...process.env,
      DATABASE_URL: dbUrl,
      PORT: "0",
      HOST: "127.0.0.1",
      NODE_ENV: "production",
      LOG_LEVEL: "error",
      RESPONSE_CACHE_TTL_MS: String(cacheTtlMs),
      WORKERS: String(workers),
      NEWSGRAPH_TOKEN: "",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const match = out.match(/GraphiQL at (http:\/\/\S+)/);
      if (match?.[1]) resolve(match[1]);
    });
    child.once("exit", (code) => reject(new Error(`gateway exited (${code}) before listening`)));
  });
  return { url, child };
}

/** Picks from `values` with probability proportional to `weights`. */
function weightedPicker<T>(values: T[], weights: number[], random: () => number): () => T {
  const cumulative: number[] = [];
  let sum = 0;
  for (const w of weights) {
    sum += w;
    cumulative.push(sum);
  }
  return () => {
    const r = random() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) < r) lo = mid + 1;
      else hi = mid;
    }
    return values[lo] as T;
  };
}

export interface BenchQuery {
  name: string;
  query: string;
  /** Variables for the next request, drawn from the query's pool. */
  nextVariables: () => Record<string, unknown>;
  poolSize: number;
}

function drive(
  url: string,
  q: BenchQuery,
  connections: number,
  duration: number,
  cacheTtlMs: number,
): Promise<QueryFigures> {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url,
        method: "POST",
        connections,
        duration,
        headers: { "content-type": "application/json" },
        requests: [
          {
            setupRequest: (req) => ({
              ...req,
              body: JSON.stringify({ query: q.query, variables: q.nextVariables() }),
            }),
          },
        ],
      },
      (err, result) => {
        if (err) return reject(err);
        resolve({
          name: q.name,
          cacheTtlMs,
          requestsPerSecond: result.requests.average,
          p50: result.latency.p50,
          p99: result.latency.p99,
          errors: result.errors + result.timeouts,
          non2xx: result.non2xx,
        });
      },
    );
  });
}

async function post(url: string, query: string, variables: Record<string, unknown>) {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: any; errors?: { message: string }[] };
}

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");

/**
 * Request pools drawn from the corpus, so a response cache cannot serve every request:
 * 200 articles spread over the corpus, 200 entities picked in proportion to how many articles mention them,
 * 50 search words: every word of four letters or more in the stored quotes, the rest from article titles (often no hits, a full scan).
 */
export async function benchQueries(db: Database): Promise<BenchQuery[]> {
  const random = randomSource(20240129);
  const pick = <T>(values: T[]) => values[Math.floor(random() * values.length)] as T;
  const articles = await db.prisma.$queryRawUnsafe<{ id: string }[]>(
    `SELECT "id" FROM "Article" ORDER BY "contentHash" LIMIT 200`,
  );
  const entities = await db.prisma.$queryRawUnsafe<{ entityId: string; n: number | bigint }[]>(
    `SELECT "entityId", count(*) AS n FROM "ArticleEntity" GROUP BY "entityId" ORDER BY n DESC, "entityId" LIMIT 200`,
  );
  const quotes = await db.prisma.$queryRawUnsafe<{ text: string }[]>(`SELECT DISTINCT "text" FROM "Quote"`);
  const titles = await db.prisma.$queryRawUnsafe<{ title: string }[]>(
    `SELECT "title" FROM "Article" ORDER BY "contentHash" LIMIT 2000`,
  );
  const wordsOf = (texts: string[], min: number) =>
    [...new Set(texts.flatMap((t) => t.toLowerCase().match(/\p{L}+/gu) ?? []))]
      .filter((w) => w.length >= min)
      .sort();
  const terms = wordsOf(
    quotes.map((q) => q.text),
    4,
  ).slice(0, 50);
  const titleWords = wordsOf(
    titles.map((t) => t.title),
    5,
  ).filter((w) => !terms.includes(w));
  while (terms.length < 50 && titleWords.length > 0)
    terms.push(titleWords.splice(Math.floor(random() * titleWords.length), 1)[0] as string);
  const articleIds = articles.map((a) => globalId("Article", a.id));
  const entityOf = weightedPicker(
    entities.map((e) => globalId("Entity", e.entityId)),
    entities.map((e) => Number(e.n)),
    random,
  );
  return [
    {
      name: "article page (entities + quotes)",
      query: `query ($id: ID!) { node(id: $id) { ... on Article { title teaser publishedAt publisher sections { heading { text } paragraphs { text } }
          entities(first: 20) { totalCount edges { mentionCount salience roles { title } node { id name type } } }
          quotes(first: 20) { totalCount edges { node { text speakerName speaker { id name } } } } } } }`,
      nextVariables: () => ({ id: pick(articleIds) }),
      poolSize: articleIds.length,
    },
    {
      name: "entity page (articles + co-mentions)",
      query: `query ($id: ID!) { entity(id: $id) { name type aliases kbId
          articles(first: 20) { totalCount edges { mentionCount node { id title publishedAt } } }
          coMentioned(first: 10) { count entity { id name type } } } }`,
      nextVariables: () => ({ id: entityOf() }),
      poolSize: entities.length,
    },
    {
      name: "quote search",
      query: `query ($text: String) { quotes(filter: { text: $text }, first: 20) { totalCount edges { node { text speakerName article { id title } } } } }`,
      nextVariables: () => ({ text: pick(terms) }),
      poolSize: terms.length,
    },
  ];
}

async function benchServer(
  dbUrl: string,
  queries: BenchQuery[],
  options: { connections: number; duration: number; cacheTtlMs: number; workers: number },
): Promise<QueryFigures[]> {
  const { url, child } = await startServer(dbUrl, options.cacheTtlMs, options.workers);
  try {
    const figures: QueryFigures[] = [];
    for (const q of queries) {
      for (let i = 0; i < 3; i++) {
        const probe = await post(url, q.query, q.nextVariables());
        if (probe.errors) throw new Error(`${q.name}: ${probe.errors.map((e) => e.message).join("; ")}`);
      }
      await drive(url, q, options.connections, 2, options.cacheTtlMs);
      figures.push(await drive(url, q, options.connections, options.duration, options.cacheTtlMs));
    }
    return figures;
  } finally {
    child.kill("SIGTERM");
  }
}

/** Loads the corpus into SQLite, starts the gateway in its own process, and drives three queries with autocannon, each request drawing its variables from a pool. */
export async function runGatewayBench(options: GatewayBenchOptions = {}): Promise<QueryFigures[]> {
  const articles = options.articles ?? 10_000;
  const connections = options.connections ?? 50;
  const duration = options.duration ?? 10;
  const cacheTtlMs = options.cacheTtlMs ?? 0;
  const workers = options.workers ?? DEFAULT_WORKERS;
  const log = options.log ?? console.log;
  const dbFile = options.dbFile ?? join(repoRoot, "data", "bench", `gateway-${articles}.db`);
  mkdirSync(join(dbFile, ".."), { recursive: true });
  const dbUrl = `file:${dbFile}`;
  await migrateDatabase(dbUrl);
  const db = await openDatabase(dbUrl);
  let queries: BenchQuery[];
  try {
    await ensureCorpus(db, articles, log);
    queries = await benchQueries(db);
  } finally {
    await db.close();
  }
  const settings = { connections, duration, workers };
  const figures = await benchServer(dbUrl, queries, { ...settings, cacheTtlMs: 0 });
  if (cacheTtlMs > 0) figures.push(...(await benchServer(dbUrl, queries, { ...settings, cacheTtlMs })));
  log(
    `\nnewsgraph gateway bench: ${articles} articles (SQLite), ${connections} connections, ${duration} s per query, ${workers} worker(s); pools: ${queries.map((q) => q.poolSize).join(" / ")} (articles / entities / search words)`,
  );
  log("query                                  cache     req/s    p50 ms   p99 ms   errors");
  for (const f of figures) {
    log(
      `${f.name.padEnd(38)} ${(f.cacheTtlMs > 0 ? `${f.cacheTtlMs} ms` : "off").padEnd(7)} ${f.requestsPerSecond.toFixed(0).padStart(7)} ${String(f.p50).padStart(9)} ${String(f.p99).padStart(8)} ${String(f.errors + f.non2xx).padStart(8)}`,
    );
  }
  return figures;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? Number(process.argv[i + 1]) : undefined;
  };
  await runGatewayBench({
    articles: arg("articles"),
    connections: arg("connections"),
    duration: arg("duration"),
    cacheTtlMs: arg("cache-ttl"),
    workers: arg("workers"),
  });
}
