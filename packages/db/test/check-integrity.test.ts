import BetterSqlite3 from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { buildArticleGraph } from "../src/article-graph-factory.ts";
import { checkIntegrity, formatIntegrityReport, sqlitePathOf, upsertArticleGraph } from "../src/index.ts";
import { createSqliteTestDatabase, useTestDatabase } from "./databases.ts";

describe("checkIntegrity", () => {
  const t = useTestDatabase(createSqliteTestDatabase);

  it("counts orphans and inconsistent rows written behind the loader's back", async () => {
    const graph = buildArticleGraph({
      source: "x.txt",
      url: "https://example.org/x",
      title: "Goita in Bamako",
      paragraphs: ["Assimi Goita returned to Bamako."],
      entities: [
        { type: "person", name: "Assimi Goita" },
        { type: "place", name: "Bamako" },
      ],
    });
    await upsertArticleGraph(t.db, graph);
    expect(formatIntegrityReport(await checkIntegrity(t.db))).toMatch(
      /^integrity ok: articles=1 articleVersions=1 entities=2 /,
    );
    const raw = new BetterSqlite3(sqlitePathOf(t.url));
    raw.pragma("foreign_keys = OFF");
    raw
      .prepare(
        `INSERT INTO "Mention" ("articleId", "entityId", "text", "start", "end") VALUES ('a_missing', 'ent_missing', 'x', 0, 1)`,
      )
      .run();
    raw.prepare(`UPDATE "ArticleEntity" SET "mentionCount" = 5 WHERE "name" = 'Bamako'`).run();
    raw
      .prepare(
        `UPDATE "EntityCoMention" SET "count" = 3 WHERE rowid = (SELECT min(rowid) FROM "EntityCoMention")`,
      )
      .run();
    raw.close();
    const report = await checkIntegrity(t.db);
    expect(report.ok).toBe(false);
    expect(Object.entries(report.problems).filter(([, n]) => n > 0)).toEqual([
      ["mentionsWithoutArticle", 1],
      ["mentionsWithoutArticleEntity", 1],
      ["mentionCountMismatches", 1],
      ["coMentionCountMismatches", 2],
    ]);
  });
});
