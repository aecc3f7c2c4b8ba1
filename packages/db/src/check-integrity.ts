import type { Database } from "./database.ts";

/** Each query counts rows that break one rule; a sound database has zero in every one. */
const problemQueries: Record<string, string> = {
  articleEntitiesWithoutArticle: `SELECT count(*) AS n FROM "ArticleEntity" x LEFT JOIN "Article" a ON a."id" = x."articleId" WHERE a."id" IS NULL`,
  articleEntitiesWithoutEntity: `SELECT count(*) AS n FROM "ArticleEntity" x LEFT JOIN "Entity" e ON e."id" = x."entityId" WHERE e."id" IS NULL`,
  mentionsWithoutArticle: `SELECT count(*) AS n FROM "Mention" x LEFT JOIN "Article" a ON a."id" = x."articleId" WHERE a."id" IS NULL`,
  mentionsWithoutArticleEntity: `SELECT count(*) AS n FROM "Mention" x LEFT JOIN "ArticleEntity" ae ON ae."articleId" = x."articleId" AND ae."entityId" = x."entityId" WHERE ae."articleId" IS NULL`,
  quotesWithoutArticle: `SELECT count(*) AS n FROM "Quote" x LEFT JOIN "Article" a ON a."id" = x."articleId" WHERE a."id" IS NULL`,
  quotesWithMissingSpeaker: `SELECT count(*) AS n FROM "Quote" x LEFT JOIN "Entity" e ON e."id" = x."speakerEntityId" WHERE x."speakerEntityId" IS NOT NULL AND e."id" IS NULL`,
  figuresWithoutArticle: `SELECT count(*) AS n FROM "Figure" x LEFT JOIN "Article" a ON a."id" = x."articleId" WHERE a."id" IS NULL`,
  datesWithoutArticle: `SELECT count(*) AS n FROM "DateMention" x LEFT JOIN "Article" a ON a."id" = x."articleId" WHERE a."id" IS NULL`,
  relationsWithoutArticle: `SELECT count(*) AS n FROM "Relation" x LEFT JOIN "Article" a ON a."id" = x."articleId" WHERE a."id" IS NULL`,
  relationsWithMissingEntity: `SELECT count(*) AS n FROM "Relation" x LEFT JOIN "Entity" f ON f."id" = x."fromEntityId" LEFT JOIN "Entity" t ON t."id" = x."toEntityId" WHERE f."id" IS NULL OR t."id" IS NULL`,
  aliasesWithoutEntity: `SELECT count(*) AS n FROM "EntityAlias" x LEFT JOIN "Entity" e ON e."id" = x."entityId" WHERE e."id" IS NULL`,
  versionsWithoutArticle: `SELECT count(*) AS n FROM "ArticleVersion" x LEFT JOIN "Article" a ON a."id" = x."articleId" WHERE a."id" IS NULL`,
  articlesWithoutCurrentVersion: `SELECT count(*) AS n FROM "Article" a LEFT JOIN "ArticleVersion" v ON v."articleId" = a."id" AND v."contentHash" = a."contentHash" AND v."version" = a."version" WHERE v."id" IS NULL`,
  entitiesWithoutArticles: `SELECT count(*) AS n FROM "Entity" e WHERE NOT EXISTS (SELECT 1 FROM "ArticleEntity" x WHERE x."entityId" = e."id")`,
  mentionCountMismatches: `SELECT count(*) AS n FROM "ArticleEntity" x LEFT JOIN (SELECT "articleId", "entityId", count(*) AS c FROM "Mention" GROUP BY "articleId", "entityId") m ON m."articleId" = x."articleId" AND m."entityId" = x."entityId" WHERE x."mentionCount" <> coalesce(m.c, 0)`,
  coMentionCountMismatches: `WITH r AS (SELECT a."entityId" AS e, b."entityId" AS o, count(*) AS n FROM "ArticleEntity" a JOIN "ArticleEntity" b ON b."articleId" = a."articleId" AND b."entityId" <> a."entityId" GROUP BY a."entityId", b."entityId")
    SELECT (SELECT count(*) FROM r) + (SELECT count(*) FROM "EntityCoMention") - 2 * (SELECT count(*) FROM r JOIN "EntityCoMention" c ON c."entityId" = r.e AND c."otherId" = r.o AND c."count" = r.n) AS n`,
  publishedAtMismatches: `SELECT (SELECT count(*) FROM "ArticleEntity" x JOIN "Article" a ON a."id" = x."articleId" WHERE x."publishedAt" IS DISTINCT FROM a."publishedAt") + (SELECT count(*) FROM "Quote" x JOIN "Article" a ON a."id" = x."articleId" WHERE x."publishedAt" IS DISTINCT FROM a."publishedAt") AS n`,
  duplicateArticleUrls: `SELECT coalesce(sum(c - 1), 0) AS n FROM (SELECT count(*) AS c FROM "Article" WHERE "url" IS NOT NULL GROUP BY "url" HAVING count(*) > 1) d`,
  duplicateArticleHashes: `SELECT coalesce(sum(c - 1), 0) AS n FROM (SELECT count(*) AS c FROM "ArticleVersion" GROUP BY "contentHash" HAVING count(*) > 1) d`,
  duplicateEntities: `SELECT coalesce(sum(c - 1), 0) AS n FROM (SELECT count(*) AS c FROM "Entity" GROUP BY "type", "key" HAVING count(*) > 1) d`,
  duplicateMentions: `SELECT coalesce(sum(c - 1), 0) AS n FROM (SELECT count(*) AS c FROM "Mention" GROUP BY "articleId", "entityId", "start", "end" HAVING count(*) > 1) d`,
  duplicateQuotes: `SELECT coalesce(sum(c - 1), 0) AS n FROM (SELECT count(*) AS c FROM "Quote" GROUP BY "articleId", "start", "end" HAVING count(*) > 1) d`,
  duplicateFigures: `SELECT coalesce(sum(c - 1), 0) AS n FROM (SELECT count(*) AS c FROM "Figure" GROUP BY "articleId", "start", "end" HAVING count(*) > 1) d`,
};

const totalQueries: Record<string, string> = {
  articles: `SELECT count(*) AS n FROM "Article"`,
  articleVersions: `SELECT count(*) AS n FROM "ArticleVersion"`,
  entities: `SELECT count(*) AS n FROM "Entity"`,
  aliases: `SELECT count(*) AS n FROM "EntityAlias"`,
  articleEntities: `SELECT count(*) AS n FROM "ArticleEntity"`,
  mentions: `SELECT count(*) AS n FROM "Mention"`,
  quotes: `SELECT count(*) AS n FROM "Quote"`,
  figures: `SELECT count(*) AS n FROM "Figure"`,
  dates: `SELECT count(*) AS n FROM "DateMention"`,
  relations: `SELECT count(*) AS n FROM "Relation"`,
  coMentions: `SELECT count(*) AS n FROM "EntityCoMention"`,
  unfinishedIngestRuns: `SELECT count(*) AS n FROM "IngestRun" WHERE "status" = 'running'`,
};

export interface IntegrityReport {
  ok: boolean;
  /** Orphans and duplicates, by rule: all zero when the database is sound. */
  problems: Record<string, number>;
  totals: Record<string, number>;
}

async function countAll(db: Database, queries: Record<string, string>): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const [name, sql] of Object.entries(queries)) {
    const rows = (await db.prisma.$queryRawUnsafe(sql)) as { n: unknown }[];
    counts[name] = Number(rows[0]?.n ?? 0);
  }
  return counts;
}

/** Counts orphans and duplicates (`pnpm newsgraph check`). */
export async function checkIntegrity(db: Database): Promise<IntegrityReport> {
  const problems = await countAll(db, problemQueries);
  const totals = await countAll(db, totalQueries);
  return { ok: Object.values(problems).every((n) => n === 0), problems, totals };
}

export function formatIntegrityReport(report: IntegrityReport): string {
  const bad = Object.entries(report.problems).filter(([, n]) => n > 0);
  const totals = Object.entries(report.totals)
    .map(([k, n]) => `${k}=${n}`)
    .join(" ");
  return bad.length === 0
    ? `integrity ok: ${totals}`
    : `integrity FAILED: ${bad.map(([k, n]) => `${k}=${n}`).join(" ")}\n${totals}`;
}
