import type { GatewayContext } from "./context.ts";

/** Below this many matches a full scan plus sort beats walking the date index (SQLite). */
const SCAN_BELOW = 200;

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function likeOperator(ctx: GatewayContext): string {
  return ctx.db.provider === "postgresql" ? "ILIKE" : "LIKE";
}

/** How many quotes contain `text` (case-insensitive), counted once per request. */
export function countQuotesContaining(ctx: GatewayContext, text: string): Promise<number> {
  const key = `quotes-containing\u0000${text}`;
  let total = ctx.loaders.totals.get(key);
  if (!total) {
    total = ctx.db
      .read<{ n: number | string }>(
        `SELECT COUNT(*) AS "n" FROM "Quote" WHERE "text" ${likeOperator(ctx)} ? ESCAPE '\\'`,
        [likePattern(text)],
      )
      .then((rows) => Number(rows[0]?.n ?? 0));
    ctx.loaders.totals.set(key, total);
  }
  return total;
}

/**
 * Ids of the first `take` quotes containing `text`, newest article first: counts first (one scan, and no
 * second query when nothing matches), then walks the date index for common words or scans and sorts for rare ones.
 */
export async function quoteIdsContaining(ctx: GatewayContext, text: string, take: number): Promise<number[]> {
  const total = await countQuotesContaining(ctx, text);
  if (total === 0 || take <= 0) return [];
  const notIndexed = ctx.db.provider === "sqlite" && total < SCAN_BELOW ? " NOT INDEXED" : "";
  const rows = await ctx.db.read<{ id: number }>(
    `SELECT "id" FROM "Quote"${notIndexed} WHERE "text" ${likeOperator(ctx)} ? ESCAPE '\\' ORDER BY "publishedAt" DESC, "id" ASC LIMIT ?`,
    [likePattern(text), take],
  );
  return rows.map((row) => Number(row.id));
}
