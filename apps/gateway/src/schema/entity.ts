import type { PrismaTypes } from "@newsgraph/db";
import type { Role } from "@newsgraph/schema";
import { prismaConnectionHelpers } from "@pothos/plugin-prisma";
import { builder } from "../builder.ts";
import type { GatewayContext } from "../context.ts";
import type { ArticleEntityRow } from "../loaders.ts";
import { ArticleNode, loadArticle } from "./article.ts";
import { asList, CoordinatesRef, MentionEvidenceRef, RoleRef, TextSpanRef } from "./article-parts.ts";
import { countedBy } from "./counted.ts";
import { containsText } from "./filters.ts";
import { connectionPage } from "./paging.ts";

export const EntityType = builder.enumType("EntityType", {
  values: ["person", "organization", "place", "event", "other"] as const,
});

export const EntityNode = builder.prismaNode("Entity", {
  id: { field: "id" },
  fields: (t) => ({
    name: t.exposeString("name"),
    type: t.field({ type: EntityType, resolve: (e) => e.type as typeof EntityType.$inferType }),
    key: t.exposeString("key", { description: "Normalised name used to link across articles." }),
    aliases: t.stringList({ resolve: (e, _args, ctx) => ctx.loaders.aliases(e.id) }),
    kbId: t.string({
      nullable: true,
      description: "Knowledge-base id: ISO 3166 code for countries, GeoNames id for other places.",
      resolve: (e) => e.iso3166 ?? (e.geonamesId == null ? null : `geonames:${e.geonamesId}`),
    }),
    iso3166: t.exposeString("iso3166", { nullable: true }),
    geonamesId: t.exposeInt("geonamesId", { nullable: true }),
    countryCode: t.exposeString("countryCode", { nullable: true }),
    coordinates: t.field({
      type: CoordinatesRef,
      nullable: true,
      resolve: (e) =>
        e.latitude == null || e.longitude == null ? null : { latitude: e.latitude, longitude: e.longitude },
    }),
    quotes: t.relatedConnection(
      "quotes",
      {
        cursor: "id",
        description: "What this entity said, across articles, newest article first.",
        query: { orderBy: [{ publishedAt: "desc" }, { id: "asc" }] },
      },
      countedBy("quotesOfSpeaker"),
    ),
    affiliations: t.relatedConnection(
      "relationsFrom",
      {
        cursor: "id",
        description: "Affiliations (person → organization, place) with the article that states each.",
        query: { orderBy: { id: "asc" } },
      },
      countedBy("affiliationsOfEntity"),
    ),
    coMentioned: t.field({
      type: [CoMentionRef],
      description: "Entities most often mentioned in the same articles, with the number of shared articles.",
      args: { first: t.arg.int({ defaultValue: 10 }) },
      resolve: async (e, { first }, ctx) => {
        const n = Math.min(Math.max(first ?? 10, 0), 100);
        return (await ctx.loaders.coMentioned({ parentId: e.id, take: n })).slice(0, n);
      },
    }),
  }),
});

const CoMentionRef = builder.objectRef<{ entityId: string; count: number }>("CoMention");

CoMentionRef.implement({
  fields: (t) => ({
    count: t.exposeInt("count", { description: "Articles mentioning both entities." }),
    entity: t.field({
      type: EntityNode,
      resolve: async (c, _args, ctx) => {
        const entity = await ctx.loaders.entity(c.entityId);
        if (!entity) throw new Error(`co-mentioned entity ${c.entityId} not found`);
        return entity;
      },
    }),
  }),
});

const articleEntityEdge = {
  mentionCount: true,
  salience: true,
  roles: true,
  articleId: true,
  entityId: true,
  name: true,
} as const;

const entitiesOfArticle = prismaConnectionHelpers(builder, "ArticleEntity", {
  cursor: "articleId_entityId",
  select: (nodeSelection) => ({ ...articleEntityEdge, entity: nodeSelection({ select: { id: true } }) }),
  resolveNode: (row) => row.entity as PrismaTypes["Entity"]["Shape"],
});

const articlesOfEntity = prismaConnectionHelpers(builder, "ArticleEntity", {
  cursor: "articleId_entityId",
  select: (nodeSelection) => ({ ...articleEntityEdge, article: nodeSelection({ select: { id: true } }) }),
  resolveNode: (row) => row.article as PrismaTypes["Article"]["Shape"],
});

/** The entity of each row, from the batched entity loader. */
function withEntities(rows: ArticleEntityRow[], ctx: GatewayContext) {
  return Promise.all(
    rows.map(async (row) => {
      const entity = await ctx.loaders.entity(row.entityId);
      if (!entity) throw new Error(`entity ${row.entityId} of article ${row.articleId} not found`);
      return { ...row, entity };
    }),
  );
}

builder.prismaObjectField("Article", "entities", (t) =>
  t.connection(
    {
      type: EntityNode,
      description: "Entities in this article, most salient first.",
      resolve: (article, args, ctx) =>
        connectionPage(entitiesOfArticle, args, ctx, {
          firstRows: async (take) =>
            withEntities(await ctx.loaders.entitiesOfArticle({ parentId: article.id, take }), ctx),
          otherPage: (query) =>
            ctx.db.prisma.articleEntity.findMany({
              ...query,
              where: { articleId: article.id },
              orderBy: [{ salience: "desc" }, { entityId: "asc" }],
            }),
          totalCount: () => ctx.loaders.count.entitiesOfArticle(article.id),
        }),
    },
    { name: "ArticleEntityConnection" },
    {
      name: "ArticleEntityEdge",
      fields: (edge) => ({
        mentionCount: edge.int({ resolve: (row) => row.mentionCount }),
        salience: edge.float({ resolve: (row) => row.salience }),
        nameInArticle: edge.string({ resolve: (row) => row.name }),
        roles: edge.field({
          type: [RoleRef],
          description: "Roles stated in this article.",
          resolve: (row) => asList<Role>(row.roles),
        }),
        mentions: edge.field({
          type: [MentionEvidenceRef],
          description: "Each mention's evidence: paragraph and offsets.",
          resolve: (row, _args, ctx) =>
            ctx.loaders.mentions({ articleId: row.articleId, entityId: row.entityId }),
        }),
      }),
    },
  ),
);

builder.prismaObjectField("Entity", "articles", (t) =>
  t.connection(
    {
      type: ArticleNode,
      description: "Articles mentioning this entity, newest first.",
      resolve: (entity, args, ctx) =>
        connectionPage(articlesOfEntity, args, ctx, {
          firstRows: async (take) =>
            Promise.all(
              (await ctx.loaders.articlesOfEntity({ parentId: entity.id, take })).map(async (row) => ({
                ...row,
                article: await loadArticle(ctx, row.articleId),
              })),
            ),
          otherPage: (query) =>
            ctx.db.prisma.articleEntity.findMany({
              ...query,
              where: { entityId: entity.id },
              orderBy: [{ publishedAt: "desc" }, { articleId: "asc" }],
            }),
          totalCount: () => ctx.loaders.count.articlesOfEntity(entity.id),
        }),
    },
    { name: "EntityArticleConnection" },
    {
      name: "EntityArticleEdge",
      fields: (edge) => ({
        mentionCount: edge.int({ resolve: (row) => row.mentionCount }),
        salience: edge.float({ resolve: (row) => row.salience }),
        roles: edge.field({
          type: [RoleRef],
          description: "Roles this article states.",
          resolve: (row) => asList<Role>(row.roles),
        }),
      }),
    },
  ),
);

builder.prismaObjectField("Entity", "roles", (t) =>
  t.field({
    type: [EntityRoleRef],
    description: "Roles and titles across articles, each with the article that states it.",
    select: (_args, _ctx, nestedSelection) => ({
      articles: {
        select: { roles: true, article: nestedSelection({ select: { id: true } }, ["article"]) },
        orderBy: [{ publishedAt: "desc" }, { articleId: "asc" }],
      },
    }),
    resolve: (entity) =>
      entity.articles.flatMap((row) =>
        asList<Role>(row.roles).map((role) => ({ role, article: row.article })),
      ),
  }),
);

const EntityRoleRef = builder.objectRef<{ role: Role; article: { id: string } }>("EntityRole").implement({
  fields: (t) => ({
    title: t.string({ resolve: (r) => r.role.title }),
    organization: t.string({ nullable: true, resolve: (r) => r.role.organization }),
    place: t.string({ nullable: true, resolve: (r) => r.role.place }),
    evidence: t.field({ type: TextSpanRef, resolve: (r) => r.role.evidence }),
    article: t.field({ type: ArticleNode, resolve: (r) => r.article as never }),
  }),
});

export const RelationObject = builder.prismaObject("Relation", {
  name: "Affiliation",
  fields: (t) => ({
    type: t.exposeString("type"),
    from: t.relation("fromEntity"),
    to: t.relation("toEntity"),
    article: t.relation("article"),
    evidence: t.string({ resolve: (r) => r.evidenceText }),
    evidenceStart: t.exposeInt("evidenceStart"),
    evidenceEnd: t.exposeInt("evidenceEnd"),
  }),
});

const EntityFilter = builder.inputType("EntityFilter", {
  fields: (t) => ({
    type: t.field({ type: EntityType }),
    name: t.string({ description: "Substring of the canonical name." }),
    alias: t.string({ description: "Substring of any alias, e.g. a short form one article uses." }),
  }),
});

type EntityFilterInput = typeof EntityFilter.$inferInput;

export function entityWhere(
  filter: EntityFilterInput | null | undefined,
  ctx: Parameters<typeof containsText>[0],
) {
  return {
    ...(filter?.type ? { type: filter.type } : {}),
    ...(filter?.name ? { name: containsText(ctx, filter.name) } : {}),
    ...(filter?.alias ? { aliases: { some: { alias: containsText(ctx, filter.alias) } } } : {}),
  };
}

builder.queryFields((t) => ({
  entities: t.prismaConnection({
    type: "Entity",
    cursor: "id",
    description: "Entities by name.",
    args: { filter: t.arg({ type: EntityFilter }) },
    totalCount: (_c, { filter }, ctx) => ctx.db.prisma.entity.count({ where: entityWhere(filter, ctx) }),
    resolve: (query, _root, { filter }, ctx) =>
      ctx.db.prisma.entity.findMany({
        ...query,
        where: entityWhere(filter, ctx),
        orderBy: [{ name: "asc" }, { id: "asc" }],
      }),
  }),
  entity: t.field({
    type: EntityNode,
    nullable: true,
    args: { id: t.arg.globalID({ for: EntityNode, required: true }) },
    resolve: (_root, { id }, ctx) => ctx.loaders.entity(id.id),
  }),
}));
