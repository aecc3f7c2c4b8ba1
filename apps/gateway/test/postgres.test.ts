import { describe, expect, it } from "vitest";
import { graphSuite } from "./graph-suite.ts";
import { inCI, postgresUnavailable } from "./harness.ts";

const unavailable = await postgresUnavailable();
if (unavailable && !inCI) console.log(`skipping PostgreSQL gateway tests: ${unavailable}`);

describe.skipIf(unavailable !== null && !inCI)("gateway on PostgreSQL", () => {
  it("has a PostgreSQL server to test against", () => expect(unavailable).toBeNull());
  if (unavailable === null) graphSuite("postgresql");
});
