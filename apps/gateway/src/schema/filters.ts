import type { GatewayContext } from "../context.ts";

/** Case-insensitive substring match on both providers (SQLite LIKE is already case-insensitive for ASCII). */
export function containsText(ctx: GatewayContext, value: string): { contains: string } {
  return ctx.db.provider === "postgresql"
    ? ({ contains: value, mode: "insensitive" } as { contains: string })
    : { contains: value };
}
