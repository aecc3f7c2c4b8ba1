import type BetterSqlite3 from "better-sqlite3";
import type pg from "pg";

export type ColumnKind = "text" | "int" | "float" | "bool" | "json" | "datetime";
export type SqlValue = string | number | boolean | Date | null | object;

/** One open write transaction on either provider: `?` placeholders, values converted to each provider's storage. */
export interface SqlSession {
  readonly provider: "sqlite" | "postgresql";
  query<T>(sql: string, params?: SqlValue[]): Promise<T[]>;
  execute(sql: string, params?: SqlValue[]): Promise<number>;
  /** Runs INSERT statements in order; PostgreSQL sends them as one statement (data-modifying CTEs), one round trip. */
  executeInserts(statements: SqlStatement[]): Promise<void>;
}

export interface SqlStatement {
  sql: string;
  params: SqlValue[];
}

const PG_CASTS: Record<ColumnKind, string> = {
  text: "",
  int: "::integer",
  float: "::double precision",
  bool: "::boolean",
  json: "::jsonb",
  datetime: "::timestamp(3)",
};

export function sqliteValue(value: SqlValue, kind?: ColumnKind): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString().replace("Z", "+00:00");
  if (kind === "json" || (typeof value === "object" && !(value instanceof Date)))
    return JSON.stringify(value);
  if (typeof value === "boolean") return value ? 1 : 0;
  return value;
}

export function pgValue(value: SqlValue, kind?: ColumnKind): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString().replace("Z", "");
  if (kind === "json" || typeof value === "object") return JSON.stringify(value);
  return value;
}

export function toPgPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?(::[a-z ()0-9]+)?/g, (_m, cast: string | undefined) => `$${++n}${cast ?? ""}`);
}

export class SqliteSession implements SqlSession {
  readonly provider = "sqlite" as const;
  readonly #statements = new Map<string, BetterSqlite3.Statement>();
  constructor(readonly connection: BetterSqlite3.Database) {}

  #prepare(sql: string): BetterSqlite3.Statement {
    let statement = this.#statements.get(sql);
    if (!statement) {
      statement = this.connection.prepare(sql);
      if (this.#statements.size > 500) this.#statements.clear();
      this.#statements.set(sql, statement);
    }
    return statement;
  }

  async query<T>(sql: string, params: SqlValue[] = []): Promise<T[]> {
    return this.#prepare(sql).all(...params.map((p) => sqliteValue(p))) as T[];
  }

  async execute(sql: string, params: SqlValue[] = []): Promise<number> {
    return this.#prepare(sql).run(...params.map((p) => sqliteValue(p))).changes;
  }

  async executeInserts(statements: SqlStatement[]): Promise<void> {
    for (const s of statements) await this.execute(s.sql, s.params);
  }
}

export class PostgresSession implements SqlSession {
  readonly provider = "postgresql" as const;
  constructor(readonly client: pg.PoolClient) {}

  async query<T>(sql: string, params: SqlValue[] = []): Promise<T[]> {
    const result = await this.client.query(
      toPgPlaceholders(sql),
      params.map((p) => pgValue(p)),
    );
    return result.rows as T[];
  }

  async execute(sql: string, params: SqlValue[] = []): Promise<number> {
    const result = await this.client.query(
      toPgPlaceholders(sql),
      params.map((p) => pgValue(p)),
    );
    return result.rowCount ?? 0;
  }

  async executeInserts(statements: SqlStatement[]): Promise<void> {
    let batch: SqlStatement[] = [];
    let size = 0;
    const flush = async () => {
      if (batch.length === 0) return;
      const sql =
        batch.length === 1
          ? (batch[0] as SqlStatement).sql
          : `WITH ${batch.map((s, i) => `w${i} AS (${s.sql})`).join(", ")} SELECT 1`;
      await this.execute(
        sql,
        batch.flatMap((s) => s.params),
      );
      batch = [];
      size = 0;
    };
    for (const s of statements) {
      if (size + s.params.length > 30_000) await flush();
      batch.push(s);
      size += s.params.length;
    }
    await flush();
  }
}

export interface Column {
  name: string;
  kind: ColumnKind;
}

export const q = (identifier: string) => `"${identifier}"`;

/** Multi-row INSERT statements in chunks (no per-row round trips); `ignoreConflicts` skips rows that hit a unique key, `onConflict` gives the whole clause after ON CONFLICT. */
export function insertStatements(
  provider: SqlSession["provider"],
  table: string,
  columns: Column[],
  rows: Record<string, SqlValue>[],
  options: { ignoreConflicts?: boolean; onConflict?: string } = {},
): SqlStatement[] {
  const chunkSize = Math.min(500, Math.max(1, Math.floor(30_000 / columns.length)));
  const tuple = `(${columns.map((c) => `?${provider === "postgresql" ? PG_CASTS[c.kind] : ""}`).join(", ")})`;
  const statements: SqlStatement[] = [];
  for (let i = 0; i < rows.length; i += chunkSize) {
    const chunk = rows.slice(i, i + chunkSize);
    const sql = `INSERT INTO ${q(table)} (${columns.map((c) => q(c.name)).join(", ")}) VALUES ${chunk.map(() => tuple).join(", ")}${options.onConflict ? ` ON CONFLICT ${options.onConflict}` : options.ignoreConflicts ? " ON CONFLICT DO NOTHING" : ""}`;
    const params: SqlValue[] = [];
    for (const row of chunk) for (const c of columns) params.push(columnValue(provider, c.kind, row[c.name]));
    statements.push({ sql, params });
  }
  return statements;
}

export function columnValue(
  provider: SqlSession["provider"],
  kind: ColumnKind,
  value: SqlValue | undefined,
): SqlValue {
  if (value === undefined || value === null) return null;
  if (kind === "json") return JSON.stringify(value);
  if (kind === "bool" && provider === "sqlite") return value ? 1 : 0;
  return value;
}

export function pgCast(provider: SqlSession["provider"], kind: ColumnKind): string {
  return provider === "postgresql" ? PG_CASTS[kind] : "";
}

export function columns(spec: Record<string, ColumnKind>): Column[] {
  return Object.entries(spec).map(([name, kind]) => ({ name, kind }));
}
