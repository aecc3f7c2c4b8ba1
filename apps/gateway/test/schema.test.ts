import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { printedSchema, schemaFile } from "../scripts/print-schema.ts";

describe("committed SDL", () => {
  it("apps/gateway/schema.graphql matches the schema (run `pnpm --filter @newsgraph/gateway print-schema`)", () => {
    expect(readFileSync(schemaFile, "utf8")).toBe(printedSchema());
  });
});
