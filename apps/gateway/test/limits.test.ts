import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { captureLogger, createTestDatabase, type Gql, gatewayClient, type TestDatabase } from "./harness.ts";

let store: TestDatabase;
let gql: Gql;

beforeAll(async () => {
  store = await createTestDatabase("sqlite");
  gql = gatewayClient({ db: store.db, logger: captureLogger() }).gql;
});
afterAll(() => store?.drop());

function nest(levels: number): string {
  let inner = "title";
  for (let i = 0; i < levels; i++) {
    inner = `entities(first: 1) { edges { node { articles(first: 1) { edges { node { ${inner} } } } } } }`;
  }
  return `{ articles(first: 1) { edges { node { ${inner} } } } }`;
}

async function stillServes() {
  const ok = await gql("{ articles(first: 1) { totalCount } }");
  expect(ok.errors).toBeUndefined();
  expect(ok.data?.articles.totalCount).toBe(0);
}

describe("limits against hostile queries", () => {
  it("accepts an ordinary Relay query nested four connections deep", async () => {
    const res = await gql(
      "{ articles(first: 2) { edges { node { entities(first: 5) { edges { node { articles(first: 3) { edges { node { quotes(first: 2) { edges { node { speaker { name } } } } } } } } } } } } } }",
    );
    expect(res.errors).toBeUndefined();
  });

  it("rejects deep nesting with a depth error", async () => {
    const res = await gql(nest(6));
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0]?.message).toMatch(/^Query depth limit of 14 exceeded, found \d+\.$/);
    expect(res.errors?.[0]?.extensions?.code).toBe("QUERY_LIMIT_EXCEEDED");
    await stillServes();
  });

  it("rejects 1000 aliases", async () => {
    const aliases = Array.from({ length: 1000 }, (_, i) => `a${i}: __typename`).join(" ");
    const res = await gql(`{ ${aliases} }`);
    expect(res.errors?.[0]?.message).toMatch(/^(Aliases limit of 30 exceeded|Token limit of 3000 exceeded)/);
    await stillServes();
  });

  it("rejects a huge query by its token count", async () => {
    const fields = Array.from({ length: 5000 }, () => "__typename").join(" ");
    const res = await gql(`{ ${fields} }`);
    expect(res.errors?.[0]?.message).toBe("Token limit of 3000 exceeded.");
    expect(res.errors?.[0]?.extensions?.code).toBe("QUERY_LIMIT_EXCEEDED");
    await stillServes();
  });

  it("rejects an expensive query by its cost", async () => {
    const res = await gql(
      "{ articles(first: 100) { edges { node { entities(first: 100) { edges { node { articles(first: 100) { edges { node { title } } } } } } } } } }",
    );
    expect(res.errors?.[0]?.message).toMatch(/^Query Cost limit of 20000 exceeded, found \d+\.$/);
    await stillServes();
  });

  it("rejects too many directives", async () => {
    const res = await gql(`{ __typename ${"@skip(if: false) ".repeat(40)} }`);
    expect(res.errors?.[0]?.message).toMatch(/^Directives limit of 30 exceeded, found \d+\.$/);
  });

  it("rejects a page size over 100, inline or as a variable", async () => {
    const inline = await gql("{ entities(first: 101) { totalCount } }");
    expect(inline.errors?.[0]?.message).toBe("Page size first: 101 is over the limit of 100.");
    const variable = await gql("query ($n: Int) { quotes(last: $n) { totalCount } }", { n: 500 });
    expect(variable.errors?.[0]?.message).toBe("Page size last: 500 is over the limit of 100.");
    await stillServes();
  });

  it("reports limits without graphql-armor's misleading 'Syntax Error:' prefix", async () => {
    const res = await gql(nest(6));
    expect(res.status).toBe(400);
    for (const error of res.errors ?? []) expect(error.message).not.toMatch(/Syntax Error/);
  });

  it("refuses an empty, blank or one-character search instead of returning everything", async () => {
    for (const q of ["", "   ", "a", " é "]) {
      const res = await gql("query ($q: String!) { search(query: $q) { articles { totalCount } } }", { q });
      expect(res.data ?? null).toBeNull();
      expect(res.errors?.[0]?.message).toBe(
        "search(query) needs at least 2 characters, not counting surrounding spaces.",
      );
      expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    }
    const ok = await gql('{ search(query: " ab ") { query articles { totalCount } } }');
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.search).toEqual({ query: "ab", articles: { totalCount: 0 } });
  });

  it("does not suggest field names to probing clients", async () => {
    const res = await gql("{ articl { totalCount } }");
    expect(res.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });
});
