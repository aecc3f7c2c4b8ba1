import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  captureLogger,
  createTestDatabase,
  type Gql,
  gatewayClient,
  ingestSeed,
  type TestDatabase,
} from "./harness.ts";

let store: TestDatabase;
let gql: Gql;

beforeAll(async () => {
  store = await createTestDatabase("sqlite");
  await ingestSeed(store.db);
  gql = gatewayClient({
    db: store.db,
    logger: captureLogger(),
    token: "t0ken",
    responseCacheTtlMs: 60_000,
  }).gql;
});
afterAll(() => store?.drop());

const PAGE = `query ($n: Int) { articles(first: $n) { totalCount edges { node { title quotes(first: 3) { totalCount } } } } }`;

describe("response cache", () => {
  it("answers a repeated identical query without SQL, and concurrent ones with one execution", async () => {
    store.queries.length = 0;
    const first = await gql(PAGE, { n: 5 });
    const executed = store.queries.length;
    expect(first.errors).toBeUndefined();
    expect(executed).toBeGreaterThan(0);
    store.queries.length = 0;
    expect(await gql(PAGE, { n: 5 })).toEqual(first);
    expect(store.queries).toHaveLength(0);

    const burst = await Promise.all(Array.from({ length: 10 }, () => gql(PAGE, { n: 4 })));
    expect(new Set(burst.map((r) => JSON.stringify(r))).size).toBe(1);
    expect(store.queries).toHaveLength(executed);
  });

  it("does not keep errors, bypasses requests with credentials, and empties on a mutation", async () => {
    const bad = `{ article(id: "QXJ0aWNsZTp4", url: "https://x") { title } }`;
    expect((await gql(bad)).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    store.queries.length = 0;
    expect((await gql(bad)).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");

    const before = await gql(PAGE, { n: 5 });
    store.queries.length = 0;
    await gql(PAGE, { n: 5 }, { authorization: "Bearer t0ken" });
    expect(store.queries.length).toBeGreaterThan(0);

    const ingested = await gql(
      `mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { id } }`,
      {
        input: {
          source: "test:cache",
          url: "https://example.org/cache",
          text: "Protests in Bamako\n\nThousands marched in Bamako, Mali, on Friday, a DW correspondent reported.",
        },
      },
      { authorization: "Bearer t0ken" },
    );
    expect(ingested.errors).toBeUndefined();
    const after = await gql(PAGE, { n: 5 });
    expect(after.data?.articles.totalCount).toBe(before.data?.articles.totalCount + 1);
  });
});
