import { join } from "node:path";
import { migrateDatabase, openDatabase, repoRoot } from "@newsgraph/db";
import { ingestFiles } from "@newsgraph/ingest";
import { main } from "../src/server.ts";

const url = process.env.DATABASE_URL;
await migrateDatabase(url);
const db = await openDatabase(url);
const stored = await db.prisma.article.count();
if (stored === 0) {
  const summary = await ingestFiles(db, [join(repoRoot, "data", "raw")], {
    onError: (e) => console.error(`${e.source}: ${e.step} failed (${e.code}): ${e.message}`),
  });
  console.log(`ingested data/raw: ${summary.documents} documents, ${summary.failed.length} failed`);
} else {
  console.log(`database has ${stored} articles; skipping ingest of data/raw`);
}
await db.close();
await main();
