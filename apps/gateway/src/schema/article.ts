import type { Contributor, Correction, Image, Section, TextSpan } from "@newsgraph/schema";
import { GraphQLError } from "graphql";
import { builder } from "../builder.ts";
import type { GatewayContext } from "../context.ts";
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

export const ArticleNode = builder.prismaNode("Article", {
  id: { field: "id" },
  select: { id: true },
  fields: (t) => ({
    title: t.exposeString("title"),
    teaser: t.exposeString("teaser", { nullable: true }),
    url: t.exposeString("url", { nullable: true }),
    source: t.exposeString("source"),
    publisher: t.exposeString("publisher", { nullable: true }),
    language: t.exposeString("language", { nullable: true }),
    publishedAt: t.expose("publishedAt", { type: "DateTime", nullable: true }),
    publishedAtText: t.exposeString("publishedAtText", {
      nullable: true,
      description: "The date as the source gives it.",
    }),
    sourceUpdatedAt: t.exposeString("sourceUpdatedAt", { nullable: true }),
    ingestedAt: t.expose("ingestedAt", { type: "DateTime" }),
    editor: t.exposeString("editor", { nullable: true }),
    version: t.exposeInt("version"),
    text: t.exposeString("text", { description: "The text every offset points into." }),
    dateline: t.field({
      type: TextSpanRef,
      nullable: true,
      select: { dateline: true },
      resolve: (a) => (a.dateline as TextSpan | null) ?? null,
    }),
    sections: t.field({
      type: [SectionRef],
      select: { sections: true },
      resolve: (a) => numberParagraphs(asList<Section>(a.sections)),
    }),
    images: t.field({ type: [ImageRef], select: { images: true }, resolve: (a) => asList<Image>(a.images) }),
    contributors: t.field({
      type: [ContributorRef],
      select: { contributors: true },
      resolve: (a) => asList<Contributor>(a.contributors),
    }),
    corrections: t.field({
      type: [CorrectionRef],
      select: { corrections: true },
      resolve: (a) => asList<Correction>(a.corrections),
    }),
    quotes: t.relatedConnection(
      "quotes",
      { cursor: "id", query: { orderBy: { start: "asc" } } },
      countedBy("quotesOfArticle"),
    ),
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
