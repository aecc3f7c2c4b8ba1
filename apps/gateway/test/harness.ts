import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Database, migrateDatabase, openDatabase } from "@newsgraph/db";
import { extractArticle } from "@newsgraph/extract";
import { ingestDocument } from "@newsgraph/ingest";
import { parseArticle } from "@newsgraph/parser";
import type { ArticleGraph } from "@newsgraph/schema";
import type { YogaLogger } from "graphql-yoga";
import pg from "pg";
import { createGatewayYoga, type GatewayOptions, type GatewayYoga } from "../src/yoga.ts";

export const repoRoot = fileURLToPath(new URL("../../..", import.meta.url));
export const seedFile = join(repoRoot, "data/raw/000_5fcd22bafeeb8d23.txt");
export const seedUrl = "https://www.dw.com/en/seed-article";

export interface TestDatabase {
  db: Database;
  provider: "sqlite" | "postgresql";
  /** SQL statements Prisma sent since the last reset. */
  queries: string[];
  drop(): Promise<void>;
}

const adminUrl = () => process.env.NEWSGRAPH_PG_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl(), connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Null when PostgreSQL answers, else why not. In CI a missing PostgreSQL is a failure, not a skip. */
export async function postgresUnavailable(): Promise<string | null> {
  try {
    await admin((c) => c.query("SELECT 1"));
    return null;
  } catch (error) {
    return `PostgreSQL not reachable at ${adminUrl()}: ${(error as Error).message}`;
  }
}

async function openCounting(url: string): Promise<{ db: Database; queries: string[] }> {
  const queries: string[] = [];
  const db = await openDatabase(url, {
    log: [{ emit: "event", level: "query" }] as never,
    onRead: (sql) => queries.push(sql),
  });
  (db.prisma as unknown as { $on(event: "query", cb: (e: { query: string }) => void): void }).$on(
    "query",
    (e) => queries.push(e.query),
  );
  return { db, queries };
}

/** A fresh, migrated database: a temp SQLite file, or its own PostgreSQL database (created here, dropped by drop()). */
export async function createTestDatabase(
  provider: "sqlite" | "postgresql" = "sqlite",
): Promise<TestDatabase> {
  if (provider === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "newsgraph-gateway-"));
    const url = `file:${join(dir, "test.db")}`;
    await migrateDatabase(url);
    const { db, queries } = await openCounting(url);
    return {
      db,
      provider,
      queries,
      drop: async () => {
        await db.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const name = `newsgraph_gateway_${randomBytes(5).toString("hex")}`;
  await admin((c) => c.query(`CREATE DATABASE "${name}"`));
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  await migrateDatabase(url.toString());
  const { db, queries } = await openCounting(url.toString());
  return {
    db,
    provider,
    queries,
    drop: async () => {
      await db.close();
      await admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

/** Stores the seed article through the pipeline functions; returns its article id. */
export async function ingestSeed(db: Database): Promise<string> {
  const result = await ingestDocument(db, {
    source: "data/raw/000_5fcd22bafeeb8d23.txt",
    url: seedUrl,
    retrievedAt: null,
    content: new Uint8Array(readFileSync(seedFile)),
  });
  if (!result.ok) throw new Error(`seed ingest failed: ${result.step} ${result.code} ${result.message}`);
  return result.value.id;
}

/** The seed's graph, made into `n` distinct articles, each with at least one attributed quote. */
export function seedVariants(n: number): ArticleGraph[] {
  const article = parseArticle(new Uint8Array(readFileSync(seedFile)), { source: "seed" });
  if (!article.ok) throw new Error(article.message);
  const graph = extractArticle(article.value);
  if (!graph.ok) throw new Error(graph.message);
  const base = graph.value;
  const speaker = base.entities.find((e) => e.type === "person") ?? base.entities[0];
  const paragraph = base.sections.flatMap((s) => s.paragraphs)[0];
  const quotes =
    base.quotes.length > 0 || !speaker || !paragraph
      ? base.quotes
      : [
          {
            text: paragraph.text,
            start: paragraph.start,
            end: paragraph.end,
            kind: "indirect" as const,
            speakerId: speaker.id,
            speaker: speaker.name,
            speakerDescription: null,
            speakerMention: null,
            cue: null,
          },
        ];
  return Array.from({ length: n }, (_, i) => {
    const hash = createHash("sha256").update(`${base.contentHash}:${i}`).digest("hex");
    return {
      ...base,
      id: `a_${hash.slice(0, 16)}`,
      contentHash: hash,
      source: `seed#${i}`,
      url: `https://example.org/seed/${i}`,
      quotes,
    };
  });
}

export interface CapturedLogger extends YogaLogger {
  lines: string[];
}

export function captureLogger(): CapturedLogger {
  const lines: string[] = [];
  const push = (...args: unknown[]) => {
    lines.push(args.map((a) => (a instanceof Error ? `${a.message}\n${a.stack}` : String(a))).join(" "));
  };
  return { lines, debug: () => {}, info: () => {}, warn: push, error: push };
}

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: (string | number)[] }[];
}

export function gatewayClient(options: GatewayOptions): { yoga: GatewayYoga; gql: Gql } {
  const yoga = createGatewayYoga(options);
  return { yoga, gql: clientFor((init) => yoga.fetch("http://yoga/graphql", init)) };
}

export type Gql = <T = Record<string, any>>(
  query: string,
  variables?: Record<string, unknown>,
  headers?: Record<string, string>,
) => Promise<GraphQLResponse<T>>;

export function clientFor(send: (init: RequestInit) => Promise<Response> | Response): Gql {
  return async (query, variables, headers) => {
    const response = await send({
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/graphql-response+json",
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Omit<GraphQLResponse, "status">;
    return { status: response.status, ...body } as GraphQLResponse<any>;
  };
}

/** Whether tests that need PostgreSQL must run (CI) or may skip (elsewhere). */
export const inCI = process.env.CI === "true" || process.env.CI === "1";
