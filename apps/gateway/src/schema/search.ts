import { GraphQLError } from "graphql";
import { builder } from "../builder.ts";
import { containsText } from "./filters.ts";

const SearchResults = builder.objectRef<{ query: string }>("SearchResults").implement({
  fields: (t) => ({
    query: t.exposeString("query"),
    entities: t.prismaConnection({
      type: "Entity",
      cursor: "id",
      description: "Entities whose name or an alias contains the query.",
      totalCount: ({ query }, _args, ctx) => ctx.db.prisma.entity.count({ where: entitySearch(query, ctx) }),
      resolve: (q, { query }, _args, ctx) =>
        ctx.db.prisma.entity.findMany({
          ...q,
          where: entitySearch(query, ctx),
          orderBy: [{ name: "asc" }, { id: "asc" }],
        }),
    }),
    articles: t.prismaConnection({
      type: "Article",
      cursor: "id",
      description: "Articles whose title or text contains the query, newest first.",
      totalCount: ({ query }, _args, ctx) =>
        ctx.db.prisma.article.count({ where: articleSearch(query, ctx) }),
      resolve: (q, { query }, _args, ctx) =>
        ctx.db.prisma.article.findMany({
          ...q,
          where: articleSearch(query, ctx),
          orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
        }),
    }),
  }),
});

/** Shorter queries match nearly everything: an empty one would return every article. */
const MIN_SEARCH_LENGTH = 2;

type Ctx = Parameters<typeof containsText>[0];

function entitySearch(query: string, ctx: Ctx) {
  return {
    OR: [{ name: containsText(ctx, query) }, { aliases: { some: { alias: containsText(ctx, query) } } }],
  };
}

function articleSearch(query: string, ctx: Ctx) {
  return { OR: [{ title: containsText(ctx, query) }, { text: containsText(ctx, query) }] };
}

builder.queryField("search", (t) =>
  t.field({
    type: SearchResults,
    description: "Entities and articles by name or text.",
    args: {
      query: t.arg.string({
        required: true,
        description: `What to look for: at least ${MIN_SEARCH_LENGTH} characters, not counting surrounding spaces.`,
      }),
    },
    resolve: (_root, { query }) => {
      const trimmed = query.trim();
      if ([...trimmed].length < MIN_SEARCH_LENGTH) {
        throw new GraphQLError(
          `search(query) needs at least ${MIN_SEARCH_LENGTH} characters, not counting surrounding spaces.`,
          { extensions: { code: "BAD_USER_INPUT", minLength: MIN_SEARCH_LENGTH } },
        );
      }
      return { query: trimmed };
    },
  }),
);
