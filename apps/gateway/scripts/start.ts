import { join } from "node:path";
import { migrateDatabase, openDatabase, repoRoot, type UpsertOutcome } from "@newsgraph/db";
import { ingestFiles } from "@newsgraph/ingest";
import { main } from "../src/server.ts";

const url = process.env.DATABASE_URL;
await migrateDatabase(url);
const db = await openDatabase(url);
const outcomes: Record<UpsertOutcome, number> = { stored: 0, replaced: 0, unchanged: 0 };
const summary = await ingestFiles(db, [join(repoRoot, "data", "raw")], {
  onError: (e) => console.error(`${e.source}: ${e.step} failed (${e.code}): ${e.message}`),
  onStored: (result) => {
    outcomes[result.outcome] += 1;
  },
});
console.log(
  `ingested data/raw: ${summary.documents} documents, ${outcomes.stored} new, ${outcomes.replaced} replaced, ${outcomes.unchanged} unchanged, ${summary.failed.length} failed; ${await db.prisma.article.count()} articles stored`,
);
await db.close();
await main();
