import { auditServer } from "graphql-http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listenGateway, type RunningGateway } from "../src/server.ts";
import { captureLogger, createTestDatabase, type TestDatabase } from "./harness.ts";

let store: TestDatabase;
let gateway: RunningGateway;

beforeAll(async () => {
  store = await createTestDatabase("sqlite");
  gateway = await listenGateway({ db: store.db, logger: captureLogger(), port: 0 });
});
afterAll(async () => {
  await gateway?.close();
  await store?.drop();
});

describe("GraphQL over HTTP conformance", () => {
  it("passes every graphql-http server audit against the live server", async () => {
    const results = await auditServer({ url: gateway.url });
    const notOk = results
      .filter((r) => r.status !== "ok")
      .map((r) => `${r.id} ${r.name}: ${"reason" in r ? r.reason : ""}`);
    expect(notOk).toEqual([]);
    expect(results.length).toBeGreaterThan(30);
  });
});
