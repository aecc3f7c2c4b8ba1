import { mkdirSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import BetterSqlite3 from "better-sqlite3";
import pg from "pg";
import { PrismaClient as PostgresPrismaClient } from "../generated/postgres/client/client.ts";
import { PrismaClient as SqlitePrismaClient } from "../generated/sqlite/client/client.ts";
import {
  PostgresSession,
  pgValue,
  SqliteSession,
  type SqlSession,
  type SqlValue,
  sqliteValue,
  toPgPlaceholders,
} from "./sql-session.ts";

export type Provider = "sqlite" | "postgresql";

/** Both providers share the models; the SQLite client's type stands for either. */
export type NewsgraphPrisma = SqlitePrismaClient;

export interface Database {
  prisma: NewsgraphPrisma;
  provider: Provider;
  url: string;
  /**
   * Runs `work` in one write transaction on the driver under the Prisma adapter (batched SQL, no ORM round trips).
   * On PostgreSQL it first takes transaction-scoped advisory locks on `lockKeys`, sorted so writers never deadlock.
   */
  write<T>(lockKeys: string[], work: (session: SqlSession) => Promise<T>): Promise<T>;
  /**
   * Runs one read statement (`?` placeholders, double-quoted identifiers) straight on the driver: a cached
   * prepared statement on Prisma's own SQLite connection, or the PostgreSQL pool. For hot, simple reads.
   */
  read<T>(sql: string, params?: SqlValue[]): Promise<T[]>;
  close(): Promise<void>;
}

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
export const defaultSqliteUrl = `file:${join(repoRoot, "data", "newsgraph.db")}`;

export function providerOf(url: string): Provider {
  return /^postgres(ql)?:\/\//i.test(url) ? "postgresql" : "sqlite";
}

export function resolveDatabaseUrl(url?: string): string {
  const chosen = url ?? process.env.DATABASE_URL ?? defaultSqliteUrl;
  if (providerOf(chosen) === "postgresql") return chosen;
  const path = chosen.replace(/^file:/, "");
  if (path === ":memory:") return "file::memory:";
  return `file:${isAbsolute(path) ? path : resolve(repoRoot, path)}`;
}

export function sqlitePathOf(url: string): string {
  return url.replace(/^file:/, "");
}

export interface OpenDatabaseOptions {
  /** Prisma log levels, e.g. ["query"]. */
  log?: ("query" | "info" | "warn" | "error")[];
  /** PostgreSQL pool size (default 4). */
  poolSize?: number;
  /** Called with the SQL of every `read` (which bypasses Prisma's query log). */
  onRead?: (sql: string) => void;
}

/** Opens the store: SQLite file by default (`data/newsgraph.db`), PostgreSQL when the URL is `postgresql://`. */
export async function openDatabase(url?: string, options: OpenDatabaseOptions = {}): Promise<Database> {
  const resolved = resolveDatabaseUrl(url);
  return providerOf(resolved) === "postgresql"
    ? openPostgres(resolved, options)
    : openSqlite(resolved, options);
}

async function openPostgres(url: string, options: OpenDatabaseOptions): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 4 });
  pool.on("error", () => {});
  const prisma = new PostgresPrismaClient({
    adapter: new PrismaPg(pool),
    log: options.log ?? [],
  }) as unknown as NewsgraphPrisma;
  const pgSql = new Map<string, string>();
  return {
    prisma,
    provider: "postgresql",
    url,
    async read<T>(sql: string, params: SqlValue[] = []) {
      options.onRead?.(sql);
      let text = pgSql.get(sql);
      if (!text) {
        text = toPgPlaceholders(sql);
        if (pgSql.size >= 500) pgSql.clear();
        pgSql.set(sql, text);
      }
      const result = await pool.query(
        text,
        params.map((p) => pgValue(p)),
      );
      return result.rows as T[];
    },
    async write(lockKeys, work) {
      const client = await pool.connect();
      try {
        await client.query(`BEGIN;${advisoryLocksSql(client, lockKeys)}`);
        const result = await work(new PostgresSession(client));
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    async close() {
      await prisma.$disconnect();
      await pool.end().catch(() => {});
    },
  };
}

/** One statement locking every key, in sorted order so concurrent writers never deadlock (literals: sent with BEGIN in one round trip). */
function advisoryLocksSql(client: pg.PoolClient, lockKeys: string[]): string {
  if (lockKeys.length === 0) return "";
  const keys = [...new Set(lockKeys)].sort().map((k) => client.escapeLiteral(k));
  return ` SELECT count(pg_advisory_xact_lock(hashtextextended(k, 0))) FROM (SELECT unnest(ARRAY[${keys.join(", ")}]::text[]) AS k ORDER BY 1) AS keys;`;
}

/** Set on every connection: WAL so readers never wait for the writer, 64 MB page cache, 256 MB memory map. */
const SQLITE_PRAGMAS = [
  "journal_mode = WAL",
  "synchronous = NORMAL",
  "busy_timeout = 10000",
  "cache_size = -65536",
  "mmap_size = 268435456",
  "temp_store = MEMORY",
];

async function openSqlite(url: string, options: OpenDatabaseOptions): Promise<Database> {
  const path = sqlitePathOf(url);
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const adapter = new CachedStatementsBetterSqlite3({ url: path, timeout: 10_000 });
  const prisma = new SqlitePrismaClient({ adapter, log: options.log ?? [] });
  for (const pragma of SQLITE_PRAGMAS) await prisma.$queryRawUnsafe(`PRAGMA ${pragma}`);
  const reads = new StatementCache((sql) => adapter.prepareDirect(sql), false);
  let connection: BetterSqlite3.Database | undefined;
  let session: SqliteSession | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  const open = () => {
    if (!session) {
      connection = new BetterSqlite3(path, { timeout: 10_000 });
      for (const pragma of SQLITE_PRAGMAS) connection.pragma(pragma);
      connection.pragma("foreign_keys = ON");
      session = new SqliteSession(connection);
    }
    return session;
  };
  return {
    prisma,
    provider: "sqlite",
    url,
    async read<T>(sql: string, params: SqlValue[] = []) {
      options.onRead?.(sql);
      return reads.get(sql).all(...params.map((p) => sqliteValue(p))) as T[];
    },
    write(_lockKeys, work) {
      const run = async () => {
        const s = open();
        s.connection.exec("BEGIN IMMEDIATE");
        try {
          const result = await work(s);
          s.connection.exec("COMMIT");
          return result;
        } catch (error) {
          if (s.connection.inTransaction) s.connection.exec("ROLLBACK");
          throw error;
        }
      };
      const result = queue.then(run, run);
      queue = result.catch(() => {});
      return result;
    },
    async close() {
      await queue;
      connection?.close();
      await prisma.$disconnect();
    },
  };
}

/** Prepared statements by SQL text, at most `max`, the oldest dropped first. */
class StatementCache {
  readonly #statements = new Map<string, BetterSqlite3.Statement>();
  constructor(
    readonly prepare: (sql: string) => BetterSqlite3.Statement,
    readonly safeIntegers: boolean,
    readonly max = 500,
  ) {}

  get(sql: string): BetterSqlite3.Statement {
    let statement = this.#statements.get(sql);
    if (!statement) {
      statement = this.prepare(sql);
      if (statement.reader) statement.safeIntegers(this.safeIntegers);
      if (this.#statements.size >= this.max)
        this.#statements.delete(this.#statements.keys().next().value as string);
      this.#statements.set(sql, statement);
    }
    return statement;
  }
}

/**
 * Prisma's better-sqlite3 adapter prepares every statement anew; this one hands it cached statements
 * (the adapter only binds, then runs or reads all rows at once, so one statement per SQL text is safe).
 */
class CachedStatementsBetterSqlite3 extends PrismaBetterSqlite3 {
  #prepare: ((sql: string) => BetterSqlite3.Statement) | undefined;

  /** Prepares on the adapter's connection, bypassing its statement cache. */
  prepareDirect(sql: string): BetterSqlite3.Statement {
    if (!this.#prepare) throw new Error("the SQLite adapter is not connected yet");
    return this.#prepare(sql);
  }

  override async connect() {
    const adapter = await super.connect();
    const client = (adapter as unknown as { client: BetterSqlite3.Database }).client;
    const direct = client.prepare.bind(client);
    this.#prepare = direct;
    const cache = new StatementCache(direct, true);
    const prepare = (sql: string) => {
      const statement = cache.get(sql);
      return {
        run: () => statement.run(),
        bind: (args: unknown[]) => ({
          reader: statement.reader,
          columns: () => statement.columns(),
          raw: () => ({ all: () => statement.raw(true).all(...args) }),
          run: () => statement.run(...args),
        }),
      };
    };
    (client as unknown as { prepare: typeof prepare }).prepare = prepare;
    return adapter;
  }
}
