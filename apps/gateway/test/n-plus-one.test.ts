import { upsertArticleGraph } from "@newsgraph/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  captureLogger,
  createTestDatabase,
  type Gql,
  gatewayClient,
  seedVariants,
  type TestDatabase,
} from "./harness.ts";

let store: TestDatabase;
let gql: Gql;

beforeAll(async () => {
  store = await createTestDatabase("sqlite");
  for (const graph of seedVariants(100)) {
    const stored = await upsertArticleGraph(store.db, graph);
    if (!stored.ok) throw new Error(stored.message);
  }
  gql = gatewayClient({ db: store.db, logger: captureLogger() }).gql;
});
afterAll(() => store?.drop());

const PAGE = `query ($n: Int) { articles(first: $n) { totalCount edges { node { title publisher
  entities(first: 5) { totalCount edges { mentionCount salience roles { title } mentions { start end paragraph } node { name type aliases } } }
  quotes(first: 5) { totalCount edges { node { text speakerName speaker { name } } } } } } } }`;

async function countQueries(n: number) {
  store.queries.length = 0;
  const res = await gql(PAGE, { n });
  expect(res.errors).toBeUndefined();
  return {
    statements: store.queries.length,
    edges: res.data?.articles.edges as {
      node: { entities: { edges: unknown[] }; quotes: { edges: unknown[] } };
    }[],
  };
}

describe("no N+1", () => {
  it("fetching 1 or 100 articles with entities and quotes costs the same number of SQL statements", async () => {
    const one = await countQueries(1);
    const hundred = await countQueries(100);
    expect(one.edges).toHaveLength(1);
    expect(hundred.edges).toHaveLength(100);
    expect(
      hundred.edges.every((e) => e.node.entities.edges.length > 0 && e.node.quotes.edges.length > 0),
    ).toBe(true);
    expect(hundred.statements).toBe(one.statements);
    expect(one.statements).toBeGreaterThan(0);
    expect(one.statements).toBeLessThanOrEqual(12);
  });

  it("entity pages with articles and co-mentions cost the same for 1 or 20 entities", async () => {
    const q = `query ($n: Int) { entities(first: $n) { edges { node { name articles(first: 3) { totalCount edges { node { title } } } coMentioned(first: 3) { count entity { name } } } } } }`;
    store.queries.length = 0;
    const one = await gql(q, { n: 1 });
    const oneCount = store.queries.length;
    store.queries.length = 0;
    const twenty = await gql(q, { n: 20 });
    expect(one.errors).toBeUndefined();
    expect(twenty.errors).toBeUndefined();
    expect(store.queries.length).toBe(oneCount);
  });
});
