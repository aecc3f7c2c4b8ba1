import type { Database } from "@newsgraph/db";

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

export interface MentionEvidence {
  text: string;
  start: number;
  end: number;
  paragraph: number | null;
}

export interface CoMention {
  entityId: string;
  count: number;
}

/** Counts rows per parent id with one GROUP BY over an indexed column, batched like the other loaders. */
function countLoader(db: Database, table: string, column: string): (id: string) => Promise<number> {
  return batchLoader<string, number>(
    async (keys) => {
      const ids = [...new Set(keys)];
      const rows = await db.prisma.$queryRawUnsafe<{ key: string; count: number | bigint }[]>(
        `SELECT "${column}" AS "key", COUNT(*) AS "count" FROM "${table}" WHERE "${column}" IN (${placeholders(db, ids.length)}) GROUP BY "${column}"`,
        ...ids,
      );
      return new Map(rows.map((row) => [row.key, Number(row.count)]));
    },
    (id) => id,
    0,
  );
}

function placeholders(db: Database, n: number): string {
  return Array.from({ length: n }, (_, i) => (db.provider === "postgresql" ? `$${i + 1}` : "?")).join(", ");
}

export function createLoaders(db: Database) {
  const prisma = db.prisma;
  const pairKey = (p: { articleId: string; entityId: string }) => `${p.articleId}\u0000${p.entityId}`;
  return {
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
        const rows = await prisma.mention.findMany({
          where: {
            articleId: { in: [...new Set(pairs.map((p) => p.articleId))] },
            entityId: { in: [...new Set(pairs.map((p) => p.entityId))] },
          },
          orderBy: { start: "asc" },
          select: { articleId: true, entityId: true, text: true, start: true, end: true, paragraph: true },
        });
        const byPair = new Map<string, MentionEvidence[]>();
        for (const { articleId, entityId, ...evidence } of rows) {
          const key = pairKey({ articleId, entityId });
          byPair.set(key, [...(byPair.get(key) ?? []), evidence]);
        }
        return byPair;
      },
      pairKey,
      [],
    ),
    coMentioned: batchLoader<{ entityId: string; first: number }, CoMention[]>(
      async (keys) => {
        const limits = new Map<string, number>();
        for (const k of keys) limits.set(k.entityId, Math.max(limits.get(k.entityId) ?? 0, k.first));
        const ids = [...limits.keys()];
        const p = (i: number) => (db.provider === "postgresql" ? `$${i}` : "?");
        const rows = await prisma.$queryRawUnsafe<
          { source: string; entityId: string; count: number | bigint }[]
        >(
          ids
            .map(
              (_, i) =>
                `SELECT * FROM (SELECT "entityId" AS "source", "otherId" AS "entityId", "count" FROM "EntityCoMention" WHERE "entityId" = ${p(2 * i + 1)} ORDER BY "count" DESC, "otherId" ASC LIMIT ${p(2 * i + 2)}) AS "top${i}"`,
            )
            .join(" UNION ALL "),
          ...ids.flatMap((id) => [id, limits.get(id) ?? 0]),
        );
        const bySource = new Map<string, CoMention[]>();
        for (const row of rows) {
          const list = bySource.get(row.source) ?? [];
          list.push({ entityId: row.entityId, count: Number(row.count) });
          bySource.set(row.source, list);
        }
        return bySource;
      },
      (k) => k.entityId,
      [],
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
