import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { captureLogger, createTestDatabase, gatewayClient, type TestDatabase } from "./harness.ts";

const INGEST = `mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { id title } }`;
const input = { source: "test:auth", text: "Some title\n\nA paragraph of text about Bamako." };

let store: TestDatabase;

beforeAll(async () => {
  store = await createTestDatabase("sqlite");
});
afterAll(() => store?.drop());

describe("write authorization", () => {
  it("without a configured token the server is read-only and says so", async () => {
    const { gql } = gatewayClient({ db: store.db, token: null, logger: captureLogger() });
    const res = await gql(INGEST, { input }, { authorization: "Bearer anything" });
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0]?.message).toBe(
      "This server is read-only: writes are disabled because NEWSGRAPH_TOKEN is not set on the server.",
    );
    expect(res.errors?.[0]?.extensions?.code).toBe("READ_ONLY");
  });

  it("needs the bearer token when one is configured", async () => {
    const { gql } = gatewayClient({ db: store.db, token: "s3cret", logger: captureLogger() });
    const missing = await gql(INGEST, { input });
    expect(missing.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const wrong = await gql(INGEST, { input }, { authorization: "Bearer nope" });
    expect(wrong.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await store.db.prisma.article.count()).toBe(0);
  });

  it("reads stay public with or without a token", async () => {
    const { gql } = gatewayClient({ db: store.db, token: "s3cret", logger: captureLogger() });
    const res = await gql("{ articles { totalCount } }");
    expect(res.errors).toBeUndefined();
  });
});
