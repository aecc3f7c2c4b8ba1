import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Database, loadArticleGraphs, migrateDatabase, openDatabase, repoRoot } from "@newsgraph/db";
import { generateCorpus } from "@newsgraph/db/bench";
import autocannon from "autocannon";

export interface GatewayBenchOptions {
  articles?: number;
  connections?: number;
  /** Seconds per query. */
  duration?: number;
  /** SQLite file; reused when it already holds the articles. */
  dbFile?: string;
  /** The server's response cache TTL in ms (RESPONSE_CACHE_TTL_MS); 0 measures every request executing. */
  cacheTtlMs?: number;
  /** Gateway processes sharing the port (WORKERS). */
  workers?: number;
  log?: (line: string) => void;
}

export interface QueryFigures {
  name: string;
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
  const child = spawn(process.execPath, ["--import", "tsx", serverEntry], {
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

function drive(
  url: string,
  name: string,
  body: string,
  connections: number,
  duration: number,
): Promise<QueryFigures> {
  return new Promise((resolve, reject) => {
    autocannon(
      { url, method: "POST", connections, duration, headers: { "content-type": "application/json" }, body },
      (err, result) => {
        if (err) return reject(err);
        resolve({
          name,
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

/** Loads the corpus into SQLite, starts the gateway in its own process, and drives three queries with autocannon. */
export async function runGatewayBench(options: GatewayBenchOptions = {}): Promise<QueryFigures[]> {
  const articles = options.articles ?? 10_000;
  const connections = options.connections ?? 50;
  const duration = options.duration ?? 10;
  const cacheTtlMs = options.cacheTtlMs ?? 1000;
  const workers = options.workers ?? 1;
  const log = options.log ?? console.log;
  const dbFile = options.dbFile ?? join(repoRoot, "data", "bench", `gateway-${articles}.db`);
  mkdirSync(join(dbFile, ".."), { recursive: true });
  const dbUrl = `file:${dbFile}`;
  await migrateDatabase(dbUrl);
  const db = await openDatabase(dbUrl);
  try {
    await ensureCorpus(db, articles, log);
  } finally {
    await db.close();
  }
  const { url, child } = await startServer(dbUrl, cacheTtlMs, workers);
  try {
    const mid = await post(url, "query ($n: Int) { articles(first: $n) { edges { node { id } } } }", {
      n: 50,
    });
    const articleId = mid.data?.articles.edges.at(-1)?.node.id as string;
    const people = await post(
      url,
      `{ entities(filter: { type: person }, first: 1) { edges { node { id name } } } }`,
      {},
    );
    const entityId = people.data?.entities.edges[0]?.node.id as string;
    const queries = [
      {
        name: "article page (entities + quotes)",
        query: `query ($id: ID!) { node(id: $id) { ... on Article { title teaser publishedAt publisher sections { heading { text } paragraphs { text } }
          entities(first: 20) { totalCount edges { mentionCount salience roles { title } node { id name type } } }
          quotes(first: 20) { totalCount edges { node { text speakerName speaker { id name } } } } } } }`,
        variables: { id: articleId },
      },
      {
        name: "entity page (articles + co-mentions)",
        query: `query ($id: ID!) { entity(id: $id) { name type aliases kbId
          articles(first: 20) { totalCount edges { mentionCount node { id title publishedAt } } }
          coMentioned(first: 10) { count entity { id name type } } } }`,
        variables: { id: entityId },
      },
      {
        name: "quote search",
        query: `query ($text: String) { quotes(filter: { text: $text }, first: 20) { totalCount edges { node { text speakerName article { id title } } } } }`,
        variables: { text: "stability" },
      },
    ];
    const figures: QueryFigures[] = [];
    for (const q of queries) {
      const probe = await post(url, q.query, q.variables);
      if (probe.errors) throw new Error(`${q.name}: ${probe.errors.map((e) => e.message).join("; ")}`);
      const body = JSON.stringify({ query: q.query, variables: q.variables });
      await drive(url, q.name, body, connections, 2);
      figures.push(await drive(url, q.name, body, connections, duration));
    }
    log(
      `\nnewsgraph gateway bench: ${articles} articles (SQLite), ${connections} connections, ${duration} s per query, response cache ${cacheTtlMs > 0 ? `${cacheTtlMs} ms` : "off"}, ${workers} worker(s)`,
    );
    log("query                                  req/s    p50 ms   p99 ms   errors");
    for (const f of figures) {
      log(
        `${f.name.padEnd(38)} ${f.requestsPerSecond.toFixed(0).padStart(6)} ${String(f.p50).padStart(9)} ${String(f.p99).padStart(8)} ${String(f.errors + f.non2xx).padStart(8)}`,
      );
    }
    return figures;
  } finally {
    child.kill("SIGTERM");
  }
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
