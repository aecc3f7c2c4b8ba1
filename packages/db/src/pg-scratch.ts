import { randomBytes } from "node:crypto";
import pg from "pg";

export const defaultPostgresAdminUrl = "postgresql://postgres@127.0.0.1:5432/postgres";

export function postgresAdminUrl(): string {
  return process.env.NEWSGRAPH_PG_ADMIN_URL ?? defaultPostgresAdminUrl;
}

function withDatabase(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export interface ScratchDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** Creates an empty PostgreSQL database `<prefix>_<random>`; drop() removes it. */
export async function createScratchDatabase(
  prefix = "newsgraph_test",
  adminUrl = postgresAdminUrl(),
): Promise<ScratchDatabase> {
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  return {
    name,
    url: withDatabase(adminUrl, name),
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

/** Null when PostgreSQL answers at the admin URL, otherwise the reason it does not. */
export async function postgresUnavailableReason(adminUrl = postgresAdminUrl()): Promise<string | null> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return null;
  } catch (error) {
    return `PostgreSQL not reachable at ${adminUrl}: ${(error as Error).message}`;
  } finally {
    await client.end().catch(() => {});
  }
}
