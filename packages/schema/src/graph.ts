import { z } from "zod";
import { Article, IsoDate, TextSpan } from "./article.ts";

export const EntityType = z.enum(["person", "organization", "place", "event", "other"]);
export type EntityType = z.infer<typeof EntityType>;

/** A mention of an entity: offsets into `Article.text`. */
export const Mention = TextSpan.extend({
  /** Index of the entity in `ArticleGraph.entities`' local ids ("e1", "e2", ...). */
  entityId: z.string().min(1),
  /**
   * What this mention stands for when it is not its entity's type: a country or capital named for its
   * government or its team ("China said", "Sweden has dropped the case", "Norway beat Chile") is an
   * organization here, while the entity stays the place, with its knowledge-base id and its identity
   * across articles. Absent otherwise.
   */
  actsAs: z.literal("organization").optional(),
});
export type Mention = z.infer<typeof Mention>;

/** A role or title as stated in one sentence: "Sahel expert", "head of the Sahel office". */
export const Role = z.object({
  title: z.string().min(1),
  /** Canonical name of the organization the role is held in, when stated. */
  organization: z.string().nullable().default(null),
  /** Canonical name of the place the role is tied to, when stated. */
  place: z.string().nullable().default(null),
  /** The sentence the role came from. */
  evidence: TextSpan,
});
export type Role = z.infer<typeof Role>;

export const KnowledgeBaseRef = z.object({
  /** ISO 3166-1 alpha-2 code for countries. */
  iso3166: z.string().length(2).nullable().default(null),
  geonamesId: z.number().int().nullable().default(null),
  latitude: z.number().min(-90).max(90).nullable().default(null),
  longitude: z.number().min(-180).max(180).nullable().default(null),
  countryCode: z.string().length(2).nullable().default(null),
});
export type KnowledgeBaseRef = z.infer<typeof KnowledgeBaseRef>;

export const Entity = z.object({
  /** Local id inside one article graph: "e1", "e2", ... */
  id: z.string().min(1),
  type: EntityType,
  /** Longest proper form found in the article. */
  name: z.string().min(1),
  /** Normalised key used to link across articles (lowercase, no diacritics or punctuation). */
  key: z.string().min(1),
  aliases: z.array(z.string()),
  mentions: z.array(Mention),
  /** 0..1: how central the entity is to the article. */
  salience: z.number().min(0).max(1),
  roles: z.array(Role),
  kb: KnowledgeBaseRef.nullable().default(null),
});
export type Entity = z.infer<typeof Entity>;

export const QuoteKind = z.enum(["direct", "partial", "indirect"]);
export type QuoteKind = z.infer<typeof QuoteKind>;

export const Quote = TextSpan.extend({
  kind: QuoteKind,
  /** Local id of the speaking entity, when named anywhere in the article. */
  speakerId: z.string().nullable(),
  /** Canonical name of the speaker, or null when unnamed. */
  speaker: z.string().nullable(),
  /** How an unnamed speaker is described: "a woman in Bamako". */
  speakerDescription: z.string().nullable(),
  /** The mention that says who speaks (a name, a pronoun or a description). */
  speakerMention: TextSpan.nullable(),
  /** The reporting expression as written: "said", "told DW", "according to", ":". */
  cue: z.string().nullable(),
});
export type Quote = z.infer<typeof Quote>;

export const Figure = TextSpan.extend({
  value: z.number(),
  /** Upper bound for ranges ("10 to 12 soldiers"). */
  valueMax: z.number().nullable().default(null),
  /** What is counted: "MINUSMA peacekeepers", "German soldiers". */
  counted: z.string().nullable(),
  /** "approximately", "around", "over", "more than", ... */
  qualifier: z.string().nullable(),
  unit: z.string().nullable().default(null),
});
export type Figure = z.infer<typeof Figure>;

export const DateGranularity = z.enum(["year", "month", "day", "time"]);

export const DateMention = TextSpan.extend({
  /** ISO value at its granularity: "2021-05", "2023-12-31". */
  value: IsoDate,
  granularity: DateGranularity,
  /** True when resolved against the publication date ("last week", "by the end of this year"). */
  relative: z.boolean(),
});
export type DateMention = z.infer<typeof DateMention>;

export const RelationType = z.enum(["affiliated_with", "located_in", "member_of", "leads"]);

export const Relation = z.object({
  type: RelationType,
  from: z.string().min(1),
  to: z.string().min(1),
  evidence: TextSpan,
});
export type Relation = z.infer<typeof Relation>;

/**
 * Something the record's reader should know about how it was extracted: a step skipped (a language
 * other than English) or a documented cap that applied (the result may be incomplete there).
 */
export const ExtractionNote = z.object({
  code: z.string().min(1),
  message: z.string().min(1),
});
export type ExtractionNote = z.infer<typeof ExtractionNote>;

/** An ArticleGraph's fields; the checks across its parts are `checkArticleGraph`. */
const ArticleGraphShape = Article.extend({
  entities: z.array(Entity),
  quotes: z.array(Quote),
  figures: z.array(Figure),
  dates: z.array(DateMention),
  relations: z.array(Relation),
  /**
   * Filled with [] when absent; typed optional so records built before the field existed (and code
   * building them) stay valid.
   */
  extractionNotes: z.array(ExtractionNote).default([]).optional(),
});

/**
 * The checks across a graph's parts that its shape cannot state: unique entity ids, every span inside
 * the text, every mention, quote speaker and relation end naming an entity of the graph. Each problem is
 * an issue on `ctx`; a graph with none passes.
 */
export function checkArticleGraph(graph: z.output<typeof ArticleGraphShape>, ctx: z.RefinementCtx): void {
  const ids = new Set(graph.entities.map((e) => e.id));
  if (ids.size !== graph.entities.length) {
    ctx.addIssue({ code: "custom", path: ["entities"], message: "entity ids must be unique" });
  }
  const len = graph.text.length;
  const check = (s: { start: number; end: number }, path: (string | number)[]) => {
    if (s.end > len || s.start > s.end) {
      ctx.addIssue({
        code: "custom",
        path,
        message: `span ${s.start}..${s.end} is outside the text (${len})`,
      });
    }
  };
  graph.entities.forEach((e, i) => {
    e.mentions.forEach((m, j) => {
      check(m, ["entities", i, "mentions", j]);
      if (m.entityId !== e.id) {
        ctx.addIssue({
          code: "custom",
          path: ["entities", i, "mentions", j],
          message: "mention entityId mismatch",
        });
      }
    });
  });
  graph.quotes.forEach((q, i) => {
    check(q, ["quotes", i]);
    if (q.speakerId && !ids.has(q.speakerId)) {
      ctx.addIssue({
        code: "custom",
        path: ["quotes", i, "speakerId"],
        message: `unknown entity ${q.speakerId}`,
      });
    }
  });
  graph.relations.forEach((r, i) => {
    for (const end of [r.from, r.to] as const) {
      if (!ids.has(end)) {
        ctx.addIssue({ code: "custom", path: ["relations", i], message: `unknown entity ${end}` });
      }
    }
  });
}

/** A parsed article plus everything extracted from it: the record `load` stores. */
export const ArticleGraph = ArticleGraphShape.superRefine(checkArticleGraph);
export type ArticleGraph = z.infer<typeof ArticleGraph>;
export type ArticleGraphInput = z.input<typeof ArticleGraph>;
