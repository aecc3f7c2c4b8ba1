import type { Database, PrismaTypes } from "@newsgraph/db";

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

/** An Entity row as stored; relations are loaded on demand by the Pothos Prisma plugin. */
export type EntityRow = PrismaTypes["Entity"]["Shape"];

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
    entity: batchLoader<string, EntityRow | null>(
      async (keys) => {
        const ids = [...new Set(keys)];
        const rows = await db.read<EntityRow>(
          `SELECT * FROM "Entity" WHERE "id" IN (${placeholders(ids.length)})`,
          ids,
        );
        return new Map(rows.map((row) => [row.id, row]));
      },
      (id) => id,
      null,
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
          `SELECT "articleId", "entityId", "text", "start", "end", "paragraph" FROM "Mention" WHERE "articleId" IN (${placeholders(articleIds.length)}) AND "entityId" IN (${placeholders(entityIds.length)}) ORDER BY "start" ASC, "id" ASC`,
          [...articleIds, ...entityIds],
        );
        const byPair = new Map<string, MentionEvidence[]>();
        for (const { articleId, entityId, ...evidence } of rows) {
          const key = pairKey({ articleId, entityId });
          const list = byPair.get(key);
          if (list) list.push(evidence);
          else byPair.set(key, [evidence]);
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
        const rows = await db.read<{ source: string; entityId: string; count: number | string }>(
          ids
            .map(
              (_, i) =>
                `SELECT * FROM (SELECT "entityId" AS "source", "otherId" AS "entityId", "count" FROM "EntityCoMention" WHERE "entityId" = ? ORDER BY "count" DESC, "otherId" ASC LIMIT ?) AS "top${i}"`,
            )
            .join(" UNION ALL "),
          ids.flatMap((id) => [id, limits.get(id) ?? 0]),
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
