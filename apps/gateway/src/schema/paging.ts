/** What a Pothos connection helper's `getQuery` computed from the page arguments. */
interface PageQuery {
  /** Rows to read: one more than the page, to tell whether another follows; negative when paging backwards. */
  take?: number;
  skip?: number;
  cursor?: unknown;
}

/**
 * The rows of a connection page: a first page (no cursor) from `firstRows`, a batched driver read for every
 * parent in the tick; any other page from `otherPage`, one Prisma query with the helper's cursor arguments.
 */
async function pageRows<Row>(
  query: PageQuery,
  firstRows: (take: number) => Promise<Row[]>,
  otherPage: () => Promise<Row[]>,
): Promise<Row[]> {
  const { take, skip, cursor } = query;
  if (cursor != null || skip || take == null || take <= 0) return otherPage();
  return (await firstRows(take)).slice(0, take);
}

/** The part of a Pothos connection helper (`prismaConnectionHelpers`) a page needs. */
interface ConnectionHelper<Args, Ctx> {
  // biome-ignore lint/suspicious/noExplicitAny: the helper's nested-selection callback type is Pothos-internal.
  getQuery(args: Args, ctx: Ctx, nestedSelection: any): PageQuery;
  resolve(rows: never, args: Args, ctx: Ctx): object;
}

/** A connection page built by a Pothos connection helper from rows loaded as `pageRows` says, with its total. */
export async function connectionPage<Args, Ctx, Helper extends ConnectionHelper<Args, Ctx>>(
  helper: Helper,
  args: Args,
  ctx: Ctx,
  load: {
    firstRows: (take: number) => Promise<object[]>;
    otherPage: (query: Awaited<ReturnType<Helper["getQuery"]>>) => Promise<object[]>;
    totalCount: () => Promise<number>;
  },
): Promise<ReturnType<Helper["resolve"]> & { totalCount: () => Promise<number> }> {
  // Related rows are selected whole: a first page's rows come from the driver with all their columns.
  const query = helper.getQuery(args, ctx, () => true) as Awaited<ReturnType<Helper["getQuery"]>>;
  const rows = await pageRows(query, load.firstRows, () => load.otherPage(query));
  return {
    ...(helper.resolve(rows as never, args, ctx) as ReturnType<Helper["resolve"]>),
    totalCount: load.totalCount,
  };
}
