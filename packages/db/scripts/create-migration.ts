import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createMigration, migrationTimestamp } from "../src/migrate.ts";
import { createScratchDatabase } from "../src/pg-scratch.ts";

const name = process.argv[2] ?? "migration";
const timestamp = migrationTimestamp();
const dir = mkdtempSync(join(tmpdir(), "newsgraph-migration-"));
try {
  const sqliteFolder = await createMigration("sqlite", name, `file:${join(dir, "scratch.db")}`, timestamp);
  console.log(`sqlite: ${sqliteFolder ?? "up to date"}`);
  const scratch = await createScratchDatabase("newsgraph_scratch");
  try {
    const pgFolder = await createMigration("postgresql", name, scratch.url, timestamp);
    console.log(`postgresql: ${pgFolder ?? "up to date"}`);
  } finally {
    await scratch.drop();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
