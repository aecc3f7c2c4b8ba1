import { upsertArticleGraph } from "@newsgraph/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  captureLogger,
  createTestDatabase,
  type Gql,
  gatewayClient,
  inCI,
  postgresUnavailable,
  seedVariants,
  type TestDatabase,
} from "./harness.ts";

const QUOTES = `query ($text: String) { quotes(filter: { text: $text }, first: 20) { totalCount edges { node { id text } } } }`;

/** Quote text search where a word matches at least 200 quotes (SQLite walks the date index) and where it matches none. */
function quoteSearchSuite(provider: "sqlite" | "postgresql") {
  let store: TestDatabase;
  let gql: Gql;

  beforeAll(async () => {
    store = await createTestDatabase(provider);
    // Spread over time, so "newest first" is a real order.
    const graphs = seedVariants(200).map((graph, i) => ({
      ...graph,
      publishedAt: new Date(Date.UTC(2024, 0, 1 + (i % 40), i % 24)).toISOString(),
    }));
    for (const graph of graphs) {
      const stored = await upsertArticleGraph(store.db, graph);
      if (!stored.ok) throw new Error(stored.message);
    }
    gql = gatewayClient({ db: store.db, logger: captureLogger() }).gql;
  });
  afterAll(() => store?.drop());

  it("counts every match and lists the newest first, in any case", async () => {
    const quote = await store.db.prisma.quote.findFirstOrThrow();
    const word = (quote.text.match(/[A-Za-z]{4,}/g) ?? []).sort((a, b) => b.length - a.length)[0];
    expect(word).toBeTruthy();
    const where = { text: { contains: word as string } };
    const total = await store.db.prisma.quote.count({ where });
    expect(total).toBeGreaterThanOrEqual(200);
    const newest = await store.db.prisma.quote.findMany({
      where,
      orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
      take: 20,
      select: { text: true, id: true },
    });
    for (const text of [word, word?.toUpperCase()]) {
      const res = await gql(QUOTES, { text });
      expect(res.errors).toBeUndefined();
      expect(res.data?.quotes.totalCount).toBe(total);
      const ids = res.data?.quotes.edges.map((e: { node: { id: string } }) =>
        Number(Buffer.from(e.node.id, "base64").toString().split(":")[1]),
      );
      expect(ids).toEqual(newest.map((q) => q.id));
    }
    const none = await gql(QUOTES, { text: "zzqqxxyy" });
    expect(none.data?.quotes).toEqual({ totalCount: 0, edges: [] });
  });
}

describe("quote search on SQLite", () => quoteSearchSuite("sqlite"));

const unavailable = await postgresUnavailable();
describe.skipIf(unavailable !== null && !inCI)("quote search on PostgreSQL", () => {
  it("has a PostgreSQL server to test against", () => expect(unavailable).toBeNull());
  if (unavailable === null) quoteSearchSuite("postgresql");
});
