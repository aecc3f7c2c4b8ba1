import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { openDatabase, repoRoot } from "@newsgraph/db";
import { createLogger } from "graphql-yoga";
import { createGatewayYoga } from "../src/yoga.ts";
import { benchQueries } from "./gateway-bench.ts";

/** In-process cost of sequential requests (no HTTP): min and median per query, and SQL statements per request. */
export async function measureRequestCost(options: { dbFile?: string; requests?: number } = {}) {
  const requests = options.requests ?? 300;
  const dbFile = options.dbFile ?? join(repoRoot, "data", "bench", "gateway-10000.db");
  let statements = 0;
  const db = await openDatabase(`file:${dbFile}`, {
    log: [{ emit: "event", level: "query" }] as never,
    onRead: () => statements++,
  });
  (db.prisma as unknown as { $on(e: "query", cb: () => void): void }).$on("query", () => statements++);
  const yoga = createGatewayYoga({ db, logger: createLogger("error") });
  const queries = await benchQueries(db);
  const rows: string[] = [];
  try {
    for (const q of queries) {
      const times: number[] = [];
      let sql = 0;
      for (let i = 0; i < requests; i++) {
        const body = JSON.stringify({ query: q.query, variables: q.nextVariables() });
        const before = statements;
        const started = performance.now();
        const res = await yoga.fetch("http://yoga/graphql", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body,
        });
        const json = (await res.json()) as { errors?: unknown[] };
        times.push(performance.now() - started);
        sql = statements - before;
        if (json.errors) throw new Error(`${q.name}: ${JSON.stringify(json.errors)}`);
      }
      const sorted = times.slice(requests / 3).sort((a, b) => a - b);
      const at = (f: number) => (sorted[Math.floor(f * (sorted.length - 1))] as number).toFixed(2);
      rows.push(`${q.name.padEnd(38)} min ${at(0)} ms  median ${at(0.5)} ms  p90 ${at(0.9)} ms  sql ${sql}`);
    }
  } finally {
    await db.close();
  }
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf("--requests");
  for (const row of await measureRequestCost({ requests: i > 0 ? Number(process.argv[i + 1]) : undefined }))
    console.log(row);
}
