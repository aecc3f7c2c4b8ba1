import { builder } from "../builder.ts";
import type { GatewayContext } from "../context.ts";
import { countQuotesContaining, quoteIdsContaining } from "../quote-text-search.ts";
import { ArticleNode, loadArticle } from "./article.ts";
import { TextSpanRef } from "./article-parts.ts";
import { EntityNode } from "./entity.ts";
import { containsText } from "./filters.ts";

export const QuoteKind = builder.enumType("QuoteKind", {
  values: ["direct", "partial", "indirect"] as const,
});

builder.prismaNode("Quote", {
  id: { field: "id" },
  fields: (t) => ({
    text: t.exposeString("text"),
    kind: t.field({ type: QuoteKind, resolve: (q) => q.kind as typeof QuoteKind.$inferType }),
    start: t.exposeInt("start"),
    end: t.exposeInt("end"),
    paragraph: t.exposeInt("paragraph", { nullable: true }),
    cue: t.exposeString("cue", {
      nullable: true,
      description: 'The reporting expression: "said", "told DW", ":".',
    }),
    speakerName: t.exposeString("speakerName", { nullable: true }),
    speakerDescription: t.exposeString("speakerDescription", {
      nullable: true,
      description: 'How an unnamed speaker is described: "a woman in Bamako".',
    }),
    speakerMention: t.field({
      type: TextSpanRef,
      nullable: true,
      resolve: (q) => (q.speakerMention as { text: string; start: number; end: number } | null) ?? null,
    }),
    speaker: t.field({
      type: EntityNode,
      nullable: true,
      resolve: (q, _args, ctx) => (q.speakerEntityId ? ctx.loaders.entity(q.speakerEntityId) : null),
    }),
    article: t.field({ type: ArticleNode, resolve: (q, _args, ctx) => loadArticle(ctx, q.articleId) }),
  }),
});

const QuoteFilter = builder.inputType("QuoteFilter", {
  fields: (t) => ({
    speaker: t.globalID({ for: EntityNode, description: "The speaking entity." }),
    speakerName: t.string({ description: "Substring of the speaker's name or description." }),
    text: t.string({ description: "Substring of the quote." }),
    article: t.globalID({ for: ArticleNode }),
  }),
});

/** The text of a filter that asks for nothing but a substring of the quote. */
function textOnly(filter: typeof QuoteFilter.$inferInput | null | undefined): string | null {
  if (!filter?.text || filter.speaker || filter.article || filter.speakerName) return null;
  return filter.text;
}

function quoteWhere(filter: typeof QuoteFilter.$inferInput | null | undefined, ctx: GatewayContext) {
  return {
    ...(filter?.speaker ? { speakerEntityId: filter.speaker.id } : {}),
    ...(filter?.article ? { articleId: filter.article.id } : {}),
    ...(filter?.text ? { text: containsText(ctx, filter.text) } : {}),
    ...(filter?.speakerName
      ? {
          OR: [
            { speakerName: containsText(ctx, filter.speakerName) },
            { speakerDescription: containsText(ctx, filter.speakerName) },
          ],
        }
      : {}),
  };
}

builder.queryFields((t) => ({
  quotes: t.prismaConnection({
    type: "Quote",
    cursor: "id",
    description: "Quotes across articles, newest article first.",
    args: { filter: t.arg({ type: QuoteFilter }) },
    totalCount: (_c, { filter }, ctx) => {
      const text = textOnly(filter);
      return text != null
        ? countQuotesContaining(ctx, text)
        : ctx.db.prisma.quote.count({ where: quoteWhere(filter, ctx) });
    },
    resolve: async (query, _root, { filter }, ctx) => {
      const text = textOnly(filter);
      const { take, skip, cursor } = query as typeof query & {
        take?: number;
        skip?: number;
        cursor?: unknown;
      };
      if (text == null || cursor != null || skip || take == null || take < 0)
        return ctx.db.prisma.quote.findMany({
          ...query,
          where: quoteWhere(filter, ctx),
          orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
        });
      // Driver reads: no Quote field needs a Prisma selection (speaker and article come from loaders).
      const ids = await quoteIdsContaining(ctx, text, take);
      const rows = await Promise.all(ids.map((id) => ctx.loaders.quote(id)));
      return rows.filter((row) => row != null);
    },
  }),
}));
