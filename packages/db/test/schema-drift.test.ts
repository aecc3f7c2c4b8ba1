import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { migrationsDirFor, packageDir, pendingSchemaChanges, schemaPathFor } from "../src/migrate.ts";
import { createScratchDatabase } from "../src/pg-scratch.ts";
import { postgresAvailable } from "./databases.ts";

const withoutProvider = (schema: string) =>
  schema
    .replace(/provider = "(sqlite|postgresql)"/, 'provider = "<provider>"')
    .replace(/generated\/(sqlite|postgres)\//g, "generated/<provider>/");

describe("schema drift", () => {
  it("generates both providers' schemas from prisma/models.prisma, differing only in the provider", () => {
    const models = readFileSync(join(packageDir, "prisma", "models.prisma"), "utf8");
    const sqlite = readFileSync(schemaPathFor("sqlite"), "utf8");
    const postgres = readFileSync(schemaPathFor("postgresql"), "utf8");
    expect(sqlite.endsWith(models)).toBe(true);
    expect(postgres.endsWith(models)).toBe(true);
    expect(withoutProvider(postgres)).toBe(withoutProvider(sqlite));
  });

  it("keeps the same migration history for both providers", () => {
    const names = (dir: string) =>
      readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort();
    expect(names(migrationsDirFor("postgresql"))).toEqual(names(migrationsDirFor("sqlite")));
    expect(readFileSync(join(migrationsDirFor("sqlite"), "migration_lock.toml"), "utf8")).toContain(
      'provider = "sqlite"',
    );
    expect(readFileSync(join(migrationsDirFor("postgresql"), "migration_lock.toml"), "utf8")).toContain(
      'provider = "postgresql"',
    );
  });

  it("has SQLite migrations up to date with the schema", async () => {
    const dir = mkdtempSync(join(tmpdir(), "newsgraph-drift-"));
    try {
      expect(await pendingSchemaChanges(`file:${join(dir, "scratch.db")}`)).toBe("");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it.skipIf(!postgresAvailable)(
    "has PostgreSQL migrations up to date with the schema",
    async () => {
      const scratch = await createScratchDatabase("newsgraph_drift");
      try {
        expect(await pendingSchemaChanges(scratch.url)).toBe("");
      } finally {
        await scratch.drop();
      }
    },
    60_000,
  );
});
