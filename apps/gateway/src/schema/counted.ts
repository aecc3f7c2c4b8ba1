import type { GatewayContext } from "../context.ts";
import type { Loaders } from "../loaders.ts";

type CountName = keyof Loaders["count"];

/**
 * Connection options whose `totalCount` comes from a batched GROUP BY on an indexed column
 * instead of Prisma's `_count`, which SQLite evaluates by grouping the whole child table.
 */
export function countedBy(name: CountName) {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: the connection shape is Pothos-internal; its `parent` is the row the connection hangs off.
    fields: (t: any) => ({
      totalCount: t.int({
        resolve: (connection: { parent: { id: string } }, _args: unknown, ctx: GatewayContext) =>
          ctx.loaders.count[name](connection.parent.id),
      }),
    }),
  };
}
