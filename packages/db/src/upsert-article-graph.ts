import { ArticleGraph, type StepResult, validateRecord } from "@newsgraph/schema";
import { articleColumns, childRows, isoDateToDate } from "./article-rows.ts";
import type { Database } from "./database.ts";
import { ConstraintViolation, loadError } from "./db-errors.ts";
import { lockKeysOf, planEntityLinks } from "./link-entities.ts";
import {
  columns,
  columnValue,
  insertStatements,
  pgCast,
  q,
  type SqlSession,
  type SqlValue,
} from "./sql-session.ts";

export type UpsertOutcome = "stored" | "replaced" | "unchanged";

export interface UpsertResult {
  articleId: string;
  outcome: UpsertOutcome;
  version: number;
  newEntities: number;
  joinedEntities: number;
  rows: number;
}

export interface UpsertOptions {
  /** Where the record came from (file, file:line); defaults to the graph's own `source`. */
  source?: string;
  runId?: string;
}

/** Validates, then stores one article graph in one transaction: idempotent by URL and content hash; a new hash at a known URL is a correction. */
export async function upsertArticleGraph(
  db: Database,
  graph: unknown,
  options: UpsertOptions = {},
): Promise<StepResult<UpsertResult>> {
  const source = options.source ?? sourceOf(graph, "(record)");
  const valid = validateRecord(ArticleGraph, graph, source);
  if (!valid.ok) return valid;
  return upsertValidArticleGraph(db, valid.value, { ...options, source });
}

export function sourceOf(record: unknown, fallback: string): string {
  const source = (record as { source?: unknown } | null)?.source;
  return typeof source === "string" && source.length > 0 ? source : fallback;
}

export async function upsertValidArticleGraph(
  db: Database,
  graph: ArticleGraph,
  options: UpsertOptions = {},
): Promise<StepResult<UpsertResult>> {
  const source = options.source ?? graph.source;
  const lockKeys = [
    `article-hash:${graph.contentHash}`,
    ...(graph.url ? [`article-url:${graph.url}`] : []),
    ...lockKeysOf(graph.entities),
  ];
  try {
    const value = await db.write(lockKeys, (session) =>
      writeArticleGraph(session, graph, source, options.runId ?? null),
    );
    return { ok: true, value };
  } catch (error) {
    return loadError(source, error);
  }
}

const tables = {
  Entity: columns({
    id: "text",
    type: "text",
    name: "text",
    key: "text",
    iso3166: "text",
    geonamesId: "int",
    countryCode: "text",
    latitude: "float",
    longitude: "float",
    createdAt: "datetime",
  }),
  EntityAlias: columns({
    entityId: "text",
    type: "text",
    alias: "text",
    key: "text",
    reason: "text",
    articleId: "text",
    createdAt: "datetime",
  }),
  Article: columns({
    id: "text",
    source: "text",
    url: "text",
    contentType: "text",
    contentHash: "text",
    text: "text",
    title: "text",
    teaser: "text",
    publishedAt: "datetime",
    publishedAtText: "text",
    sourceUpdatedAt: "text",
    publisher: "text",
    language: "text",
    editor: "text",
    titleSpan: "json",
    teaserSpan: "json",
    dateline: "json",
    sections: "json",
    images: "json",
    contributors: "json",
    corrections: "json",
    version: "int",
    ingestedAt: "datetime",
    updatedAt: "datetime",
    ingestRunId: "text",
  }),
  ArticleVersion: columns({
    articleId: "text",
    version: "int",
    contentHash: "text",
    source: "text",
    title: "text",
    publishedAt: "datetime",
    corrections: "json",
    loadedAt: "datetime",
  }),
  ArticleEntity: columns({
    articleId: "text",
    entityId: "text",
    localId: "text",
    name: "text",
    aliases: "json",
    mentionCount: "int",
    salience: "float",
    roles: "json",
    linkReason: "text",
    publishedAt: "datetime",
  }),
  Mention: columns({
    articleId: "text",
    entityId: "text",
    text: "text",
    start: "int",
    end: "int",
    paragraph: "int",
    actsAs: "text",
  }),
  Quote: columns({
    articleId: "text",
    speakerEntityId: "text",
    speakerName: "text",
    speakerDescription: "text",
    speakerMention: "json",
    cue: "text",
    kind: "text",
    text: "text",
    start: "int",
    end: "int",
    paragraph: "int",
    publishedAt: "datetime",
  }),
  Figure: columns({
    articleId: "text",
    text: "text",
    start: "int",
    end: "int",
    value: "float",
    valueMax: "float",
    counted: "text",
    qualifier: "text",
    unit: "text",
    paragraph: "int",
  }),
  DateMention: columns({
    articleId: "text",
    text: "text",
    start: "int",
    end: "int",
    value: "text",
    granularity: "text",
    relative: "bool",
    paragraph: "int",
  }),
  EntityCoMention: columns({ entityId: "text", otherId: "text", count: "int" }),
  Relation: columns({
    articleId: "text",
    type: "text",
    fromEntityId: "text",
    toEntityId: "text",
    evidenceText: "text",
    evidenceStart: "int",
    evidenceEnd: "int",
  }),
};

const childTables = ["ArticleEntity", "Mention", "Quote", "Figure", "DateMention", "Relation"] as const;

async function writeArticleGraph(
  session: SqlSession,
  graph: ArticleGraph,
  source: string,
  runId: string | null,
): Promise<UpsertResult> {
  const [found] = await session.query<{
    knownArticleId: string | null;
    knownVersion: number | null;
    existingId: string | null;
    existingVersion: number | null;
    idTakenBy: string | null;
  }>(
    `SELECT (SELECT "articleId" FROM "ArticleVersion" WHERE "contentHash" = ?) AS "knownArticleId",
            (SELECT "version" FROM "ArticleVersion" WHERE "contentHash" = ?) AS "knownVersion",
            (SELECT "id" FROM "Article" WHERE "url" = ?) AS "existingId",
            (SELECT "version" FROM "Article" WHERE "url" = ?) AS "existingVersion",
            (SELECT "source" FROM "Article" WHERE "id" = ?) AS "idTakenBy"`,
    [graph.contentHash, graph.contentHash, graph.url, graph.url, graph.id],
  );
  if (found?.knownArticleId) {
    return {
      articleId: found.knownArticleId,
      outcome: "unchanged",
      version: Number(found.knownVersion),
      newEntities: 0,
      joinedEntities: 0,
      rows: 0,
    };
  }
  const existing = found?.existingId
    ? { id: found.existingId, version: Number(found.existingVersion) }
    : null;
  if (!existing && found?.idTakenBy) {
    throw new ConstraintViolation(
      `article id ${graph.id} already belongs to ${found.idTakenBy}, which has a different URL and content hash`,
    );
  }
  const articleId = existing?.id ?? graph.id;
  const plan = await planEntityLinks(session, graph.entities, articleId);
  const now = new Date();
  const children = childRows(graph, plan);
  const version = (existing?.version ?? 0) + 1;
  const article = {
    id: articleId,
    ...articleColumns(graph),
    source,
    version,
    ingestedAt: now,
    updatedAt: now,
    ingestRunId: runId,
  };
  let previousEntityIds: string[] = [];
  if (existing) {
    previousEntityIds = (
      await session.query<{ entityId: string }>(
        `SELECT "entityId" FROM "ArticleEntity" WHERE "articleId" = ?`,
        [articleId],
      )
    ).map((r) => r.entityId);
    for (const table of childTables)
      await session.execute(`DELETE FROM ${q(table)} WHERE "articleId" = ?`, [articleId]);
  }
  const p = session.provider;
  const withArticle = <T extends object>(rows: T[]) =>
    rows.map((r) => ({ ...r, articleId }) as Record<string, SqlValue>);
  const statements = [
    ...insertStatements(
      p,
      "Entity",
      tables.Entity,
      plan.newEntities.map((e) => ({ ...e, createdAt: now })),
      { ignoreConflicts: true },
    ),
    ...insertStatements(
      p,
      "EntityAlias",
      tables.EntityAlias,
      plan.aliases.map((a) => ({ ...a, createdAt: now })),
      { ignoreConflicts: true },
    ),
    ...(existing
      ? []
      : insertStatements(p, "Article", tables.Article, [article as Record<string, SqlValue>])),
    ...insertStatements(
      p,
      "ArticleEntity",
      tables.ArticleEntity,
      withArticle(
        children.entities.map((e) => ({
          ...e,
          linkReason: plan.links.get(e.localId)?.joinedBecause ?? null,
          publishedAt: article.publishedAt,
        })),
      ),
    ),
    ...insertStatements(p, "Mention", tables.Mention, withArticle(children.mentions)),
    ...insertStatements(
      p,
      "Quote",
      tables.Quote,
      withArticle(children.quotes.map((quote) => ({ ...quote, publishedAt: article.publishedAt }))),
    ),
    ...insertStatements(p, "Figure", tables.Figure, withArticle(children.figures)),
    ...insertStatements(p, "DateMention", tables.DateMention, withArticle(children.dates)),
    ...insertStatements(p, "Relation", tables.Relation, withArticle(children.relations)),
    ...insertStatements(p, "ArticleVersion", tables.ArticleVersion, [
      {
        articleId,
        version,
        contentHash: graph.contentHash,
        source,
        title: graph.title.text,
        publishedAt: isoDateToDate(graph.publishedAt),
        corrections: graph.corrections,
        loadedAt: now,
      },
    ]),
    ...insertStatements(
      p,
      "EntityCoMention",
      tables.EntityCoMention,
      coMentionChanges(
        previousEntityIds,
        children.entities.map((e) => e.entityId),
      ),
      {
        onConflict: `("entityId", "otherId") DO UPDATE SET "count" = "EntityCoMention"."count" + excluded."count"`,
      },
    ),
  ];
  if (existing) {
    const assignments = tables.Article.filter((c) => c.name !== "id" && c.name !== "ingestedAt");
    await session.execute(
      `UPDATE "Article" SET ${assignments.map((c) => `${q(c.name)} = ?${pgCast(p, c.kind)}`).join(", ")} WHERE "id" = ?`,
      [
        ...assignments.map((c) =>
          columnValue(p, c.kind, (article as Record<string, SqlValue | undefined>)[c.name]),
        ),
        articleId,
      ],
    );
  }
  await session.executeInserts(statements);
  if (previousEntityIds.length > 0) {
    await session.execute(
      `DELETE FROM "EntityCoMention" WHERE "entityId" IN (${previousEntityIds.map(() => "?").join(", ")}) AND "count" <= 0`,
      previousEntityIds,
    );
  }
  const kept = new Set(children.entities.map((e) => e.entityId));
  const dropped = previousEntityIds.filter((id) => !kept.has(id));
  if (dropped.length > 0) await deleteUnmentionedEntities(session, dropped);
  return {
    articleId,
    outcome: existing ? "replaced" : "stored",
    version,
    newEntities: plan.newEntities.length,
    joinedEntities: [...plan.links.values()].filter((l) => l.joinedBecause !== null).length,
    rows:
      2 +
      plan.newEntities.length +
      children.entities.length +
      children.mentions.length +
      children.quotes.length +
      children.figures.length +
      children.dates.length +
      children.relations.length,
  };
}

/** Per ordered entity pair, +1 for pairs only the new version has and -1 for pairs only the replaced one had; sorted so concurrent PostgreSQL writers lock rows in one order. */
export function coMentionChanges(
  previousEntityIds: string[],
  entityIds: string[],
): { entityId: string; otherId: string; count: number }[] {
  const delta = new Map<string, number>();
  const add = (ids: string[], by: number) => {
    const distinct = [...new Set(ids)];
    for (const a of distinct)
      for (const b of distinct)
        if (a !== b) delta.set(`${a}\u0000${b}`, (delta.get(`${a}\u0000${b}`) ?? 0) + by);
  };
  add(previousEntityIds, -1);
  add(entityIds, 1);
  return [...delta]
    .filter(([, count]) => count !== 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([pair, count]) => {
      const [entityId = "", otherId = ""] = pair.split("\u0000");
      return { entityId, otherId, count };
    });
}

/** Entities only the replaced version mentioned. On PostgreSQL the rows are locked first, so a loader linking to one concurrently either commits first (and keeps it) or fails its foreign key. */
async function deleteUnmentionedEntities(session: SqlSession, ids: string[]): Promise<void> {
  const list = ids.map(() => "?").join(", ");
  if (session.provider === "postgresql") {
    await session.query(`SELECT "id" FROM "Entity" WHERE "id" IN (${list}) ORDER BY "id" FOR UPDATE`, ids);
  }
  await session.execute(
    `DELETE FROM "Entity" WHERE "id" IN (${list}) AND NOT EXISTS (SELECT 1 FROM "ArticleEntity" x WHERE x."entityId" = "Entity"."id")`,
    ids,
  );
}
