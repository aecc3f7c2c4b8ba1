import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";
import { type Provider, providerOf, resolveDatabaseUrl, sqlitePathOf } from "./database.ts";

export const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const providerFolder: Record<Provider, string> = { sqlite: "sqlite", postgresql: "postgres" };
const noFilters = { externalTables: [], externalEnums: [] };

/**
 * Objects that migrations create in raw SQL because Prisma's schema language cannot express them (they are not in
 * models.prisma), so a diff against the schema must not offer to drop them: SQLite's FTS5 quote index (the virtual
 * table and the shadow tables FTS5 keeps beside it) and PostgreSQL's pg_trgm quote index.
 */
const RAW_SQL_TABLES: Record<Provider, string[]> = {
  sqlite: ["QuoteText", "QuoteText_config", "QuoteText_data", "QuoteText_docsize", "QuoteText_idx"],
  postgresql: [],
};
const RAW_SQL_INDEXES = ["Quote_text_trgm_idx"];

/** The diff without the statements that would drop `RAW_SQL_INDEXES`. */
function keepRawSqlIndexes(sql: string): string {
  return sql
    .split(/\n(?=-- )/)
    .filter((step) => !RAW_SQL_INDEXES.some((name) => step.startsWith(`-- DropIndex\nDROP INDEX "${name}";`)))
    .join("\n")
    .trim();
}

export function schemaPathFor(provider: Provider): string {
  return join(packageDir, "prisma", providerFolder[provider], "schema.prisma");
}

export function migrationsDirFor(provider: Provider): string {
  return join(packageDir, "prisma", providerFolder[provider], "migrations");
}

type SchemaEngineClass = { new: typeof import("@prisma/schema-engine-wasm").SchemaEngine["new"] };
let engineModule: Promise<SchemaEngineClass> | undefined;

async function instantiateSchemaEngine(): Promise<SchemaEngineClass> {
  const bg = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  const require = createRequire(import.meta.url);
  const wasmPath = join(
    dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")),
    "schema_engine_bg.wasm",
  );
  const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath), {
    "./schema_engine_bg.js": bg as unknown as WebAssembly.ModuleImports,
  });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return bg.SchemaEngine;
}

function loadSchemaEngine(): Promise<SchemaEngineClass> {
  engineModule ??= instantiateSchemaEngine();
  return engineModule;
}

function adapterFactoryFor(url: string): SqlMigrationAwareDriverAdapterFactory {
  if (providerOf(url) === "postgresql") {
    return new PrismaPg(
      { connectionString: url, max: 2 },
      { onPoolError: () => {}, onConnectionError: () => {} },
    );
  }
  return new PrismaBetterSqlite3({ url: sqlitePathOf(url) });
}

/** The wasm engine sends whole migration scripts to the SQLite shadow database through executeRaw. */
function acceptingScriptsInExecuteRaw(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    try {
      return await executeRaw(query);
    } catch (error) {
      if (query.args.length > 0 || !/more than one statement/.test(String(error))) throw error;
      await adapter.executeScript(query.sql);
      return 0;
    }
  };
  return adapter;
}

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

type PerformIO = (query: unknown) => Promise<{ fields: { dataTypeID: number }[] }>;

/** adapter-pg cannot read PostgreSQL's internal "char" type, which the engine's introspection selects; read it as text. */
function readingCharAsText(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const io = adapter as unknown as { performIO?: PerformIO };
  const performIO = io.performIO?.bind(adapter);
  if (adapter.provider !== "postgres" || !performIO) return adapter;
  io.performIO = async (query) => {
    const result = await performIO(query);
    for (const field of result.fields) if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
    return result;
  };
  return adapter;
}

/** The engine never disposes its connections (SQLite keeps an exclusive lock); track them so they can be closed. */
function disposableFactory(factory: SqlMigrationAwareDriverAdapterFactory) {
  const opened: SqlDriverAdapter[] = [];
  const track = async (adapter: Promise<SqlDriverAdapter>) => {
    const connected = readingCharAsText(acceptingScriptsInExecuteRaw(await adapter));
    opened.push(connected);
    return connected;
  };
  const tracked: SqlMigrationAwareDriverAdapterFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: () => track(factory.connect()),
    connectToShadowDb: () => track(factory.connectToShadowDb()),
  };
  return { factory: tracked, dispose: () => Promise.all(opened.map((a) => a.dispose().catch(() => {}))) };
}

/** Runs `work` with a WebAssembly schema engine connected to `url` through the driver adapter. */
export async function withSchemaEngine<T>(
  url: string,
  work: (engine: SchemaEngine, schema: { path: string; content: string }) => Promise<T>,
): Promise<T> {
  const provider = providerOf(url);
  const Engine = await loadSchemaEngine();
  const schema = { path: schemaPathFor(provider), content: readFileSync(schemaPathFor(provider), "utf8") };
  const connections = disposableFactory(adapterFactoryFor(url));
  const adapter = bindMigrationAwareSqlAdapterFactory(connections.factory);
  const engine = await Engine.new({ datamodels: [[schema.path, schema.content]] }, () => {}, adapter);
  try {
    return await work(engine, schema);
  } finally {
    engine.free();
    await connections.dispose();
  }
}

export function readMigrationList(provider: Provider): MigrationList {
  const baseDir = migrationsDirFor(provider);
  const lockPath = join(baseDir, "migration_lock.toml");
  const directories = existsSync(baseDir)
    ? readdirSync(baseDir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  return {
    baseDir,
    lockfile: {
      path: "migration_lock.toml",
      content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null,
    },
    shadowDbInitScript: "",
    migrationDirectories: directories.map((name) => {
      const file = join(baseDir, name, "migration.sql");
      return {
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: existsSync(file)
            ? { tag: "ok" as const, value: readFileSync(file, "utf8") }
            : { tag: "error" as const, value: `${file} is missing` },
        },
      };
    }),
  };
}

export interface MigrateResult {
  provider: Provider;
  applied: string[];
}

/** Applies pending migrations (Prisma's layout, recorded in `_prisma_migrations`) without the native engine. */
export async function migrateDatabase(url?: string): Promise<MigrateResult> {
  const resolved = resolveDatabaseUrl(url);
  const provider = providerOf(resolved);
  if (provider === "sqlite") mkdirSync(dirname(sqlitePathOf(resolved)), { recursive: true });
  const migrationsList = readMigrationList(provider);
  try {
    const out = await withSchemaEngine(resolved, (engine) =>
      engine.applyMigrations({ migrationsList, filters: noFilters }),
    );
    return { provider, applied: out.appliedMigrationNames };
  } catch (error) {
    // The wasm engine reports a lock wait that ran out (SQLite busy) as an unknown `SocketTimeout` variant.
    if (/SocketTimeout|SQLITE_BUSY|database is locked/.test(String(error))) {
      throw new Error(
        `cannot migrate ${resolved}: the database is locked by another process (a running gateway or loader?); stop it and run migrate again`,
        { cause: error },
      );
    }
    throw error;
  }
}

/**
 * SQL that would bring the migrations folder up to the schema: empty when migrations are up to date.
 * `url` is a scratch database the engine connects to (its shadow database is in memory or created beside it).
 */
export async function pendingSchemaChanges(url: string): Promise<string> {
  const provider = providerOf(url);
  const migrationsList = readMigrationList(provider);
  const from =
    migrationsList.migrationDirectories.length === 0
      ? { tag: "empty" as const }
      : { tag: "migrations" as const, ...migrationsList };
  return withSchemaEngine(url, async (engine, schema) => {
    const result = await engine.diff({
      from,
      to: { tag: "schemaDatamodel", files: [schema] },
      script: true,
      exitCode: null,
      filters: { externalTables: RAW_SQL_TABLES[provider], externalEnums: [] },
    });
    const sql = keepRawSqlIndexes(result.stdout ?? "");
    return /^-- This is an empty migration\.?$/.test(sql) ? "" : sql;
  });
}

export function migrationTimestamp(date = new Date()): string {
  return date.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

/** Writes `<timestamp>_<name>/migration.sql` for the provider when the schema changed; returns its folder or null. */
export async function createMigration(
  provider: Provider,
  name: string,
  scratchUrl: string,
  timestamp = migrationTimestamp(),
): Promise<string | null> {
  const sql = await pendingSchemaChanges(scratchUrl);
  if (sql === "") return null;
  const baseDir = migrationsDirFor(provider);
  const folder = join(baseDir, `${timestamp}_${name}`);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, "migration.sql"), `${sql}\n`);
  const lockPath = join(baseDir, "migration_lock.toml");
  if (!existsSync(lockPath)) {
    writeFileSync(
      lockPath,
      `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${provider}"\n`,
    );
  }
  return folder;
}
