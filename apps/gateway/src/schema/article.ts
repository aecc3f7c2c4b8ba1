import type { PrismaTypes } from "@newsgraph/db";
import type { Contributor, Correction, Image, Section, TextSpan } from "@newsgraph/schema";
import { prismaConnectionHelpers } from "@pothos/plugin-prisma";
import { GraphQLError } from "graphql";
import { builder } from "../builder.ts";
import type { GatewayContext } from "../context.ts";
import { type ArticleRow, type DeferredArticleColumn, jsonColumn } from "../loaders.ts";
import {
  asList,
  ContributorRef,
  CorrectionRef,
  ImageRef,
  numberParagraphs,
  SectionRef,
  TextSpanRef,
} from "./article-parts.ts";
import { countedBy } from "./counted.ts";
import { containsText } from "./filters.ts";
import { connectionPage } from "./paging.ts";

/** A field reading a column the article loader defers: from the row when Prisma loaded it, else batched. */
function deferred<T>(column: DeferredArticleColumn) {
  return (article: ArticleRow, _args: unknown, ctx: GatewayContext) =>
    ctx.loaders.articleColumn(article, column) as T | Promise<T>;
}

// Include mode (every scalar loaded, no per-field select): rows read on the driver (ctx.loaders.article)
// serve the scalar fields as they are, and the columns it defers through `articleColumn`, without Prisma.
const ArticleObject = builder.prismaObject("Article", {
  findUnique: (article) => ({ id: article.id }),
  fields: (t) => ({
    title: t.exposeString("title"),
    teaser: t.exposeString("teaser", { nullable: true }),
    url: t.exposeString("url", { nullable: true }),
    source: t.exposeString("source"),
    publisher: t.exposeString("publisher", { nullable: true }),
    language: t.exposeString("language", { nullable: true }),
    publishedAt: t.expose("publishedAt", { type: "DateTime", nullable: true }),
    publishedAtText: t.string({
      nullable: true,
      description: "The date as the source gives it.",
      resolve: deferred<string | null>("publishedAtText"),
    }),
    sourceUpdatedAt: t.string({ nullable: true, resolve: deferred<string | null>("sourceUpdatedAt") }),
    ingestedAt: t.field({ type: "DateTime", resolve: deferred<Date>("ingestedAt") }),
    editor: t.string({ nullable: true, resolve: deferred<string | null>("editor") }),
    version: t.int({ resolve: deferred<number>("version") }),
    text: t.string({
      description: "The text every offset points into.",
      resolve: deferred<string>("text"),
    }),
    dateline: t.field({
      type: TextSpanRef,
      nullable: true,
      resolve: async (a, _args, ctx) =>
        (jsonColumn(await ctx.loaders.articleColumn(a, "dateline")) as TextSpan | null) ?? null,
    }),
    sections: t.field({
      type: [SectionRef],
      resolve: async (a, _args, ctx) =>
        numberParagraphs(asList<Section>(jsonColumn(await ctx.loaders.articleColumn(a, "sections")))),
    }),
    images: t.field({
      type: [ImageRef],
      resolve: async (a, _args, ctx) =>
        asList<Image>(jsonColumn(await ctx.loaders.articleColumn(a, "images"))),
    }),
    contributors: t.field({
      type: [ContributorRef],
      resolve: async (a, _args, ctx) =>
        asList<Contributor>(jsonColumn(await ctx.loaders.articleColumn(a, "contributors"))),
    }),
    corrections: t.field({
      type: [CorrectionRef],
      resolve: async (a, _args, ctx) =>
        asList<Correction>(jsonColumn(await ctx.loaders.articleColumn(a, "corrections"))),
    }),
    figures: t.relatedConnection(
      "figures",
      { cursor: "id", query: { orderBy: { start: "asc" } } },
      countedBy("figuresOfArticle"),
    ),
    dates: t.relatedConnection(
      "dates",
      { cursor: "id", query: { orderBy: { start: "asc" } } },
      countedBy("datesOfArticle"),
    ),
  }),
});

/** The Article node: `node(id:)` reads articles on the driver, batched, like every other loader. */
export const ArticleNode = builder.nodeRef(ArticleObject, {
  id: { resolve: (article: ArticleRow) => article.id },
  loadMany: (ids, ctx) => Promise.all(ids.map((id) => ctx.loaders.article(id))),
});

const ArticleFilter = builder.inputType("ArticleFilter", {
  fields: (t) => ({
    publisher: t.string(),
    publishedAfter: t.field({ type: "DateTime" }),
    publishedBefore: t.field({ type: "DateTime" }),
    mentions: t.globalIDList({ description: "Entity ids that must all be mentioned." }),
    text: t.string({ description: "Substring of the title or body." }),
  }),
});

type ArticleFilterInput = typeof ArticleFilter.$inferInput;

function articleWhere(filter: ArticleFilterInput | null | undefined, ctx: GatewayContext) {
  const published = {
    ...(filter?.publishedAfter ? { gte: filter.publishedAfter } : {}),
    ...(filter?.publishedBefore ? { lt: filter.publishedBefore } : {}),
  };
  return {
    ...(filter?.publisher ? { publisher: filter.publisher } : {}),
    ...(Object.keys(published).length > 0 ? { publishedAt: published } : {}),
    AND: [
      ...(filter?.mentions ?? []).map(({ id }) => ({ entities: { some: { entityId: id } } })),
      ...(filter?.text
        ? [{ OR: [{ title: containsText(ctx, filter.text) }, { text: containsText(ctx, filter.text) }] }]
        : []),
    ],
  };
}

/**
 * An article read on the driver, batched with every other asked for in the tick. Typed as a full row:
 * the fields reading the columns it defers go through `articleColumn`.
 */
export async function loadArticle(ctx: GatewayContext, id: string): Promise<PrismaTypes["Article"]["Shape"]> {
  const article = await ctx.loaders.article(id);
  if (!article) throw new Error(`article ${id} not found`);
  return article as PrismaTypes["Article"]["Shape"];
}

const quotesOfArticle = prismaConnectionHelpers(builder, "Quote", { cursor: "id" });

builder.prismaObjectField("Article", "quotes", (t) =>
  t.connection(
    {
      type: quotesOfArticle.ref,
      resolve: (article, args, ctx) =>
        connectionPage(quotesOfArticle, args, ctx, {
          firstRows: (take) => ctx.loaders.quotesOfArticle({ parentId: article.id, take }),
          otherPage: (query) =>
            ctx.db.prisma.quote.findMany({
              ...query,
              where: { articleId: article.id },
              orderBy: [{ start: "asc" }, { id: "asc" }],
            }),
          totalCount: () => ctx.loaders.count.quotesOfArticle(article.id),
        }),
    },
    { name: "ArticleQuotesConnection" },
    { name: "ArticleQuotesConnectionEdge" },
  ),
);

builder.queryFields((t) => ({
  articles: t.prismaConnection({
    type: "Article",
    cursor: "id",
    description: "Articles, newest first.",
    args: { filter: t.arg({ type: ArticleFilter }) },
    totalCount: (_connection, { filter }, ctx) =>
      ctx.db.prisma.article.count({ where: articleWhere(filter, ctx) }),
    resolve: (query, _root, { filter }, ctx) =>
      ctx.db.prisma.article.findMany({
        ...query,
        where: articleWhere(filter, ctx),
        orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
      }),
  }),
  article: t.prismaField({
    type: "Article",
    nullable: true,
    description: "One article by global id or by URL.",
    args: { id: t.arg.globalID({ for: ArticleNode }), url: t.arg.string() },
    resolve: (query, _root, { id, url }, ctx) => {
      if (Boolean(id) === Boolean(url))
        throw new GraphQLError("Give exactly one of id or url.", { extensions: { code: "BAD_USER_INPUT" } });
      return ctx.db.prisma.article.findUnique({ ...query, where: id ? { id: id.id } : { url: url ?? "" } });
    },
  }),
}));
