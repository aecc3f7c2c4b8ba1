import { type DatabaseHandle, graphLoader, requireStorage, type UpsertResult } from "@newsgraph/ingest";
import { runBatchCommand } from "./batch.ts";

/** A database URL fit to print: the password hidden. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@/]*@/, "//$1:***@");
}

/** Prisma's "table does not exist" (P2021), or a raw query's SQLite / PostgreSQL equivalent. */
function isMissingTable(err: unknown): boolean {
  if ((err as { code?: unknown } | null)?.code === "P2021") return true;
  const message = err instanceof Error ? err.message : String(err);
  return /no such table: |relation "[^"]+" does not exist|Code: `42P01`/.test(message);
}

async function withDatabase<T>(run: (db: DatabaseHandle) => Promise<T>): Promise<T> {
  const storage = await requireStorage();
  const db = await storage.openDatabase();
  try {
    return await run(db);
  } catch (err) {
    if (!isMissingTable(err)) throw err;
    throw new Error(`${redactUrl(db.url)} has no newsgraph tables yet: run \`pnpm newsgraph migrate\` first`);
  } finally {
    await db.close();
  }
}

/** `migrate`: applies pending migrations to DATABASE_URL (default: the SQLite file). */
export async function runMigrate(): Promise<number> {
  const storage = await requireStorage();
  const result = await storage.migrateDatabase();
  const what = result.applied.length === 0 ? "up to date" : `applied ${result.applied.join(", ")}`;
  process.stderr.write(`migrate: ${result.provider} ${redactUrl(storage.resolveDatabaseUrl())}: ${what}\n`);
  return 0;
}

/** `load` and `ingest`: the batch with each graph stored as it is ready, recorded as one ingest run. */
export async function runStoringBatch(
  command: "load" | "ingest",
  inputs: readonly string[],
  options: { maxBytes?: number },
): Promise<number> {
  const storage = await requireStorage();
  return withDatabase(async (db) => {
    process.stderr.write(`database: ${db.provider} ${redactUrl(db.url)}\n`);
    const runId = await storage.startIngestRun(db, { command, inputs });
    const outcomes = { stored: 0, replaced: 0, unchanged: 0 };
    const onStored = (result: UpsertResult) => {
      outcomes[result.outcome]++;
    };
    let failures: Parameters<typeof storage.recordIngestFailures>[2] = [];
    const code = await runBatchCommand(inputs, {
      stage: "load",
      label: command,
      ...options,
      load: graphLoader(db, { runId, onStored }),
      onSummary: (summary) => {
        failures = summary.failed;
      },
    });
    await storage.recordIngestFailures(db, runId, failures);
    await storage.finishIngestRun(db, runId, {
      articlesSeen: outcomes.stored + outcomes.replaced + outcomes.unchanged + failures.length,
      articlesStored: outcomes.stored,
      articlesReplaced: outcomes.replaced,
      articlesUnchanged: outcomes.unchanged,
      failureCount: failures.length,
    });
    process.stderr.write(
      `${command}: ${outcomes.stored} new, ${outcomes.replaced} replaced, ${outcomes.unchanged} unchanged (ingest run ${runId})\n`,
    );
    return code;
  });
}

/** `check`: orphan and duplicate counts; exit 1 when any is non-zero. */
export async function runCheck(): Promise<number> {
  const storage = await requireStorage();
  return withDatabase(async (db) => {
    const report = await storage.checkIntegrity(db);
    process.stdout.write(`${storage.formatIntegrityReport(report)}\n`);
    return report.ok ? 0 : 1;
  });
}
