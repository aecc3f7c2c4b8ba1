import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";
import { type Database, migrateDatabase, openDatabase, type Provider } from "../src/index.ts";
import { createScratchDatabase, postgresUnavailableReason } from "../src/pg-scratch.ts";

export interface TestDatabase {
  db: Database;
  url: string;
  cleanup(): Promise<void>;
}

export async function createSqliteTestDatabase(): Promise<TestDatabase> {
  const dir = mkdtempSync(join(tmpdir(), "newsgraph-db-test-"));
  const url = `file:${join(dir, "test.db")}`;
  await migrateDatabase(url);
  const db = await openDatabase(url);
  return {
    db,
    url,
    async cleanup() {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function createPostgresTestDatabase(): Promise<TestDatabase> {
  const scratch = await createScratchDatabase("newsgraph_test");
  await migrateDatabase(scratch.url);
  const db = await openDatabase(scratch.url);
  return {
    db,
    url: scratch.url,
    async cleanup() {
      await db.close();
      await scratch.drop();
    },
  };
}

const unavailable = await postgresUnavailableReason();
if (unavailable && process.env.CI === "true") throw new Error(`CI requires PostgreSQL: ${unavailable}`);
if (unavailable) console.log(`skipping PostgreSQL tests: ${unavailable}`);

export const postgresAvailable = unavailable === null;

export const providers: { provider: Provider; create: () => Promise<TestDatabase> }[] = [
  { provider: "sqlite", create: createSqliteTestDatabase },
  ...(postgresAvailable ? [{ provider: "postgresql" as const, create: createPostgresTestDatabase }] : []),
];

/** A test database created before the suite's tests and removed after them. */
export function useTestDatabase(create: () => Promise<TestDatabase>): TestDatabase {
  let current: TestDatabase | undefined;
  beforeAll(async () => {
    current = await create();
  }, 60_000);
  afterAll(async () => {
    await current?.cleanup();
  });
  const get = () => {
    if (!current) throw new Error("the test database is created in beforeAll");
    return current;
  };
  return {
    get db() {
      return get().db;
    },
    get url() {
      return get().url;
    },
    cleanup: () => get().cleanup(),
  };
}
