import { type Database, getDatamodel, type PrismaTypes } from "@newsgraph/db";

/** A per-request batcher: every key asked for in one tick is loaded with one call. */
export function batchLoader<K, V>(
  load: (keys: K[]) => Promise<Map<string, V>>,
  keyOf: (key: K) => string,
  empty: V,
) {
  let pending: { keys: K[]; result: Promise<Map<string, V>> } | null = null;
  return (key: K): Promise<V> => {
    if (!pending) {
      const batch: { keys: K[]; result: Promise<Map<string, V>> } = {
        keys: [],
        result: Promise.resolve(new Map()),
      };
      batch.result = new Promise((resolve) => setImmediate(resolve)).then(() => {
        pending = null;
        return load(batch.keys);
      });
      pending = batch;
    }
    pending.keys.push(key);
    return pending.result.then((map) => map.get(keyOf(key)) ?? empty);
  };
}

/** Appends each row's value to its key's list in `into`. */
function groupInto<T, V>(
  into: Map<string, V[]>,
  rows: T[],
  keyOf: (row: T) => string,
  toValue: (row: T) => V,
) {
  for (const row of rows) {
    const key = keyOf(row);
    const list = into.get(key);
    if (list) list.push(toValue(row));
    else into.set(key, [toValue(row)]);
  }
  return into;
}

export interface MentionEvidence {
  text: string;
  start: number;
  end: number;
  paragraph: number | null;
  /** "organization" when this mention of a place names its government or team. */
  actsAs: string | null;
}

/** An Entity row as stored; relations are loaded on demand by the Pothos Prisma plugin. */
export type EntityRow = PrismaTypes["Entity"]["Shape"];
export type QuoteRow = PrismaTypes["Quote"]["Shape"];
type ArticleShape = PrismaTypes["Article"]["Shape"];

/**
 * The columns the article loader reads: what lists of articles show. The others (long text, JSON, provenance)
 * are read by `articleColumn` when a field asks for one, batched per column.
 */
const ARTICLE_LOADED = [
  "id",
  "source",
  "url",
  "title",
  "teaser",
  "publishedAt",
  "publisher",
  "language",
] as const;
type LoadedArticleColumn = (typeof ARTICLE_LOADED)[number];
export type DeferredArticleColumn = Exclude<keyof ArticleShape, LoadedArticleColumn>;

/** An Article row: from Prisma with every column, or from the article loader with `ARTICLE_LOADED` only. */
export type ArticleRow = Pick<ArticleShape, LoadedArticleColumn> &
  Partial<Omit<ArticleShape, LoadedArticleColumn>>;

const ARTICLE_COLUMNS = ARTICLE_LOADED.map((name) => `"${name}"`).join(", ");
const ARTICLE_DATES = new Set(
  (
    getDatamodel() as unknown as {
      datamodel: { models: Record<string, { fields: { name: string; type: string }[] }> };
    }
  ).datamodel.models.Article?.fields
    .filter((f) => f.type === "DateTime")
    .map((f) => f.name),
);

/** An article's entity as stored (ArticleEntity), without its relations. */
export interface ArticleEntityRow {
  articleId: string;
  entityId: string;
  mentionCount: number;
  salience: number;
  roles: unknown;
  name: string;
}

/**
 * A JSON column's value: rows read on the SQLite driver hold its text, rows from Prisma or PostgreSQL's
 * driver the parsed value (every JSON column holds an object, an array or null, never a bare string).
 */
export function jsonColumn(value: unknown): unknown {
  return typeof value === "string" ? JSON.parse(value) : value;
}

/**
 * DateTime columns read on the driver: ISO text on SQLite; on PostgreSQL node-postgres reads `timestamp(3)`
 * (stored in UTC, without a zone) as local time, so its local fields are the UTC ones.
 */
function parseDate(value: unknown): Date | null {
  if (value == null) return null;
  if (!(value instanceof Date)) return new Date(String(value));
  return new Date(
    Date.UTC(
      value.getFullYear(),
      value.getMonth(),
      value.getDate(),
      value.getHours(),
      value.getMinutes(),
      value.getSeconds(),
      value.getMilliseconds(),
    ),
  );
}

const ARTICLE_ENTITY_COLUMNS = `"articleId", "entityId", "mentionCount", "salience", "roles", "name"`;
const QUOTE_COLUMNS = `"id", "articleId", "speakerEntityId", "speakerName", "speakerDescription", "speakerMention", "cue", "kind", "text", "start", "end", "paragraph", "publishedAt"`;

export interface PageKey {
  parentId: string;
  /** Rows wanted, counted from the first in order. */
  take: number;
}

/** Parents per statement: SQLite allows 500 terms in a compound SELECT. */
const PARENTS_PER_STATEMENT = 400;

/**
 * The first rows of each parent's children, in one statement for every parent asked for in the tick: one
 * `ORDER BY … LIMIT` per parent (each an index range that stops early), joined with UNION ALL. Each parent
 * gets the largest `take` asked for it.
 */
function firstRowsLoader<Row>(
  db: Database,
  from: { table: string; parent: string; columns: string; orderBy: string },
  toRow: (row: Record<string, unknown>) => Row,
) {
  const one = `SELECT ${from.columns} FROM "${from.table}" WHERE "${from.parent}" = ? ORDER BY ${from.orderBy} LIMIT ?`;
  return batchLoader<PageKey, Row[]>(
    async (keys) => {
      const takes = new Map<string, number>();
      for (const k of keys) takes.set(k.parentId, Math.max(takes.get(k.parentId) ?? 0, k.take));
      const parents = [...takes];
      const byParent = new Map<string, Row[]>();
      for (let i = 0; i < parents.length; i += PARENTS_PER_STATEMENT) {
        const chunk = parents.slice(i, i + PARENTS_PER_STATEMENT);
        const rows = await db.read<Record<string, unknown>>(
          chunk.map((_, j) => `SELECT * FROM (${one}) AS "p${j}"`).join(" UNION ALL "),
          chunk.flat(),
        );
        groupInto(byParent, rows, (row) => String(row[from.parent]), toRow);
      }
      return byParent;
    },
    (k) => k.parentId,
    [],
  );
}

const toQuote = (row: Record<string, unknown>) =>
  ({
    ...row,
    speakerMention: jsonColumn(row.speakerMention),
    publishedAt: parseDate(row.publishedAt),
  }) as QuoteRow;

function toArticle(row: Record<string, unknown>): ArticleRow {
  for (const name of ARTICLE_LOADED) if (ARTICLE_DATES.has(name)) row[name] = parseDate(row[name]);
  return row as unknown as ArticleRow;
}

/** Rows of `table` by primary key `id`, batched. */
function byIdLoader<K extends string | number, Row>(
  db: Database,
  sql: { columns: string; table: string },
  toRow: (row: Record<string, unknown>) => Row,
) {
  return batchLoader<K, Row | null>(
    async (keys) => {
      const ids = [...new Set(keys)];
      const rows = await db.read<Record<string, unknown>>(
        `SELECT ${sql.columns} FROM "${sql.table}" WHERE "id" IN (${placeholders(ids.length)})`,
        ids,
      );
      return new Map(rows.map((row) => [String(row.id), toRow(row)]));
    },
    (id) => String(id),
    null,
  );
}

const toArticleEntity = (row: Record<string, unknown>) =>
  ({ ...row, roles: jsonColumn(row.roles) }) as unknown as ArticleEntityRow;

export interface CoMention {
  entityId: string;
  count: number;
}

/** Counts rows per parent id with one GROUP BY over an indexed column, batched like the other loaders. */
function countLoader(db: Database, table: string, column: string): (id: string) => Promise<number> {
  return batchLoader<string, number>(
    async (keys) => {
      const ids = [...new Set(keys)];
      const rows = await db.read<{ key: string; count: number | string }>(
        `SELECT "${column}" AS "key", COUNT(*) AS "count" FROM "${table}" WHERE "${column}" IN (${placeholders(ids.length)}) GROUP BY "${column}"`,
        ids,
      );
      return new Map(rows.map((row) => [row.key, Number(row.count)]));
    },
    (id) => id,
    0,
  );
}

function placeholders(n: number): string {
  return Array.from({ length: n }, () => "?").join(", ");
}

export function createLoaders(db: Database) {
  const pairKey = (p: { articleId: string; entityId: string }) => `${p.articleId}\u0000${p.entityId}`;
  return {
    /** Totals computed once per request, by key. */
    totals: new Map<string, Promise<number>>(),
    entity: byIdLoader<string, EntityRow>(db, { columns: "*", table: "Entity" }, (row) => row as EntityRow),
    article: byIdLoader<string, ArticleRow>(db, { columns: ARTICLE_COLUMNS, table: "Article" }, toArticle),
    /** One deferred column of articles, read when a field asks for it. */
    articleColumn: (() => {
      const loaders = new Map<DeferredArticleColumn, (id: string) => Promise<unknown>>();
      return (article: ArticleRow, column: DeferredArticleColumn): unknown => {
        if (article[column] !== undefined) return article[column];
        let load = loaders.get(column);
        if (!load) {
          load = batchLoader<string, unknown>(
            async (keys) => {
              const ids = [...new Set(keys)];
              const rows = await db.read<Record<string, unknown>>(
                `SELECT "id", "${column}" FROM "Article" WHERE "id" IN (${placeholders(ids.length)})`,
                ids,
              );
              const value = ARTICLE_DATES.has(column)
                ? (row: Record<string, unknown>) => parseDate(row[column])
                : (row: Record<string, unknown>) => row[column];
              return new Map(rows.map((row) => [String(row.id), value(row)]));
            },
            (id) => id,
            null,
          );
          loaders.set(column, load);
        }
        return load(article.id);
      };
    })(),
    quote: byIdLoader<number, QuoteRow>(db, { columns: QUOTE_COLUMNS, table: "Quote" }, toQuote),
    aliases: batchLoader<string, string[]>(
      async (keys) => {
        const ids = [...new Set(keys)];
        const rows = await db.read<{ entityId: string; alias: string }>(
          `SELECT "entityId", "alias" FROM "EntityAlias" WHERE "entityId" IN (${placeholders(ids.length)}) ORDER BY "alias" ASC`,
          ids,
        );
        return groupInto(
          new Map<string, string[]>(),
          rows,
          (row) => row.entityId,
          (row) => row.alias,
        );
      },
      (id) => id,
      [],
    ),
    /** An article's entities, most salient first. */
    entitiesOfArticle: firstRowsLoader(
      db,
      {
        table: "ArticleEntity",
        parent: "articleId",
        columns: ARTICLE_ENTITY_COLUMNS,
        orderBy: `"salience" DESC, "entityId" ASC`,
      },
      toArticleEntity,
    ),
    /** An entity's articles, newest first. */
    articlesOfEntity: firstRowsLoader(
      db,
      {
        table: "ArticleEntity",
        parent: "entityId",
        columns: ARTICLE_ENTITY_COLUMNS,
        orderBy: `"publishedAt" DESC, "articleId" ASC`,
      },
      toArticleEntity,
    ),
    /** An article's quotes in text order. */
    quotesOfArticle: firstRowsLoader(
      db,
      { table: "Quote", parent: "articleId", columns: QUOTE_COLUMNS, orderBy: `"start" ASC, "id" ASC` },
      toQuote,
    ),
    count: {
      entitiesOfArticle: countLoader(db, "ArticleEntity", "articleId"),
      articlesOfEntity: countLoader(db, "ArticleEntity", "entityId"),
      quotesOfArticle: countLoader(db, "Quote", "articleId"),
      quotesOfSpeaker: countLoader(db, "Quote", "speakerEntityId"),
      figuresOfArticle: countLoader(db, "Figure", "articleId"),
      datesOfArticle: countLoader(db, "DateMention", "articleId"),
      affiliationsOfEntity: countLoader(db, "Relation", "fromEntityId"),
    },
    mentions: batchLoader<{ articleId: string; entityId: string }, MentionEvidence[]>(
      async (pairs) => {
        const articleIds = [...new Set(pairs.map((p) => p.articleId))];
        const entityIds = [...new Set(pairs.map((p) => p.entityId))];
        const rows = await db.read<{ articleId: string; entityId: string } & MentionEvidence>(
          `SELECT "articleId", "entityId", "text", "start", "end", "paragraph", "actsAs" FROM "Mention" WHERE "articleId" IN (${placeholders(articleIds.length)}) AND "entityId" IN (${placeholders(entityIds.length)}) ORDER BY "start" ASC, "id" ASC`,
          [...articleIds, ...entityIds],
        );
        return groupInto(
          new Map<string, MentionEvidence[]>(),
          rows,
          pairKey,
          ({ text, start, end, paragraph, actsAs }) => ({
            text,
            start,
            end,
            paragraph,
            actsAs: actsAs ?? null,
          }),
        );
      },
      pairKey,
      [],
    ),
    /** The entities most often mentioned with each entity. */
    coMentioned: firstRowsLoader(
      db,
      {
        table: "EntityCoMention",
        parent: "entityId",
        columns: `"entityId", "otherId", "count"`,
        orderBy: `"count" DESC, "otherId" ASC`,
      },
      (row): CoMention => ({ entityId: String(row.otherId), count: Number(row.count) }),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
