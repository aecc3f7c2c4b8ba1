import type { GatewayContext } from "./context.ts";

/** Below this many matches, sorting the matches beats walking the date index (SQLite). */
const SCAN_BELOW = 200;

/** SQLite's trigram index answers substrings of at least this many characters; shorter ones scan with LIKE. */
const TRIGRAM = 3;

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

interface TextMatch {
  /** Condition on "Quote" with one `?`. */
  where: string;
  /** SQL counting the matches, with the same `?`. */
  count: string;
  param: string;
}

function likeMatch(operator: "LIKE" | "ILIKE", text: string): TextMatch {
  const where = `"text" ${operator} ? ESCAPE '\\'`;
  return { where, count: `SELECT COUNT(*) AS "n" FROM "Quote" WHERE ${where}`, param: likePattern(text) };
}

/** A case-insensitive substring test of the quote's text, answered by an index on both providers. */
function quoteTextMatch(ctx: GatewayContext, text: string): TextMatch {
  if (ctx.db.provider === "postgresql") return likeMatch("ILIKE", text); // pg_trgm GIN index
  if ([...text].length < TRIGRAM) return likeMatch("LIKE", text);
  // FTS5 trigram index (migration quote_text_search): the quoted phrase matches as a substring, in any case.
  const match = `FROM "QuoteText" WHERE "QuoteText" MATCH ?`;
  return {
    where: `"id" IN (SELECT rowid ${match})`,
    count: `SELECT COUNT(*) AS "n" ${match}`,
    param: `"${text.replaceAll('"', '""')}"`,
  };
}

/** How many quotes contain `text` (case-insensitive), counted once per request. */
export function countQuotesContaining(ctx: GatewayContext, text: string): Promise<number> {
  const key = `quotes-containing\u0000${text}`;
  let total = ctx.loaders.totals.get(key);
  if (!total) {
    const { count, param } = quoteTextMatch(ctx, text);
    total = ctx.db.read<{ n: number | string }>(count, [param]).then((rows) => Number(rows[0]?.n ?? 0));
    ctx.loaders.totals.set(key, total);
  }
  return total;
}

/** Printable ASCII: LIKE (ASCII case folding) and the trigram index (Unicode case folding) match it alike. */
const ASCII = /^[\x20-\x7e]*$/;

/**
 * Ids of the first `take` quotes containing `text`, newest article first: counts first (an index lookup, and no
 * second query when nothing matches), then sorts the matches of rare words, or, for common ones, walks the date
 * index until `take` rows match (on SQLite testing each row with LIKE, which for ASCII text matches what the
 * trigram index matches, and is far cheaper than listing every match first).
 */
export async function quoteIdsContaining(ctx: GatewayContext, text: string, take: number): Promise<number[]> {
  const total = await countQuotesContaining(ctx, text);
  if (total === 0 || take <= 0) return [];
  let walk = "";
  let match = quoteTextMatch(ctx, text);
  if (ctx.db.provider === "sqlite" && total < SCAN_BELOW) walk = " NOT INDEXED";
  else if (ctx.db.provider === "sqlite") {
    walk = ` INDEXED BY "Quote_publishedAt_id_idx"`;
    if (ASCII.test(text)) match = likeMatch("LIKE", text);
  }
  const rows = await ctx.db.read<{ id: number }>(
    `SELECT "id" FROM "Quote"${walk} WHERE ${match.where} ORDER BY "publishedAt" DESC, "id" ASC LIMIT ?`,
    [match.param, take],
  );
  return rows.map((row) => Number(row.id));
}
