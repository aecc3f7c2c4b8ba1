import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Sqlite from "better-sqlite3";
import { afterAll, expect, it } from "vitest";
import { migrateDatabase } from "../src/index.ts";

const dir = mkdtempSync(join(tmpdir(), "newsgraph-locked-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("names the file and the cause when another process holds the SQLite database locked", async () => {
  const file = join(dir, "locked.db");
  const holder = new Sqlite(file);
  holder.exec("BEGIN EXCLUSIVE; CREATE TABLE held (a)");
  try {
    await expect(migrateDatabase(`file:${file}`)).rejects.toThrow(
      `cannot migrate file:${file}: the database is locked by another process`,
    );
  } finally {
    holder.exec("ROLLBACK");
    holder.close();
  }
  // Once the lock is gone the same file migrates.
  const done = await migrateDatabase(`file:${file}`);
  expect(done.applied.length).toBeGreaterThan(0);
}, 60_000);
