import { z } from "zod";

/**
 * Character offsets (UTF-16 code units, end exclusive) into `Article.text`.
 * For a text input `Article.text` is the decoded input itself; for an HTML input it is
 * the parser's plain-text rendering of the page.
 */
export const Span = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((s) => s.end >= s.start, { message: "span end must not be before its start" });
export type Span = z.infer<typeof Span>;

export const TextSpan = z.object({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type TextSpan = z.infer<typeof TextSpan>;

export const IsoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/, {
    message: "expected an ISO 8601 date (YYYY, YYYY-MM, YYYY-MM-DD or a date-time)",
  });

export const ContentType = z.enum(["text", "html"]);
export type ContentType = z.infer<typeof ContentType>;

export const RawDocument = z.object({
  source: z.string().min(1),
  url: z.string().url().nullable().default(null),
  contentType: ContentType,
  content: z.string(),
  /** Reference time for relative dates such as "Published 4 hours ago". */
  retrievedAt: IsoDate.nullable().default(null),
});
export type RawDocument = z.infer<typeof RawDocument>;
export type RawDocumentInput = z.input<typeof RawDocument>;

export const ParagraphKind = z.enum(["paragraph", "quote", "item", "dateline"]);

export const Paragraph = TextSpan.extend({
  kind: ParagraphKind.default("paragraph"),
});
export type Paragraph = z.infer<typeof Paragraph>;

export const Section = z.object({
  heading: TextSpan.nullable(),
  paragraphs: z.array(Paragraph),
});
export type Section = z.infer<typeof Section>;

export const Credit = TextSpan.extend({
  photographers: z.array(z.string()),
  agencies: z.array(z.string()),
});
export type Credit = z.infer<typeof Credit>;

export const Image = z.object({
  src: z.string().nullable().default(null),
  alt: TextSpan.nullable(),
  caption: TextSpan.nullable(),
  credit: Credit.nullable(),
});
export type Image = z.infer<typeof Image>;

export const ContributorRole = z.enum(["author", "contributor", "editor", "photographer"]);
export type ContributorRole = z.infer<typeof ContributorRole>;

export const Contributor = TextSpan.extend({
  /** The person's name only: "Mahamadou Kane" for "Mahamadou Kane (Bamako)". */
  name: z.string().min(1),
  role: ContributorRole,
  place: z.string().nullable().default(null),
});
export type Contributor = z.infer<typeof Contributor>;

export const Correction = TextSpan.extend({
  date: IsoDate.nullable(),
});
export type Correction = z.infer<typeof Correction>;

export const Article = z.object({
  /** Stable id: "a_" + first 16 hex chars of the content hash. */
  id: z.string().min(1),
  source: z.string().min(1),
  url: z.string().nullable(),
  contentType: ContentType,
  /** sha256 (hex) of the normalised article text. */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  /** The text every offset in this record (and in its extraction) points into. */
  text: z.string(),
  title: TextSpan,
  teaser: TextSpan.nullable(),
  publishedAt: IsoDate.nullable(),
  updatedAt: IsoDate.nullable(),
  publisher: z.string().nullable(),
  language: z.string().nullable(),
  /** Wire dateline such as "BAMAKO, July 4 (Reuters) -". */
  dateline: TextSpan.nullable().default(null),
  sections: z.array(Section),
  images: z.array(Image),
  contributors: z.array(Contributor),
  editor: z.string().nullable(),
  corrections: z.array(Correction),
});
export type Article = z.infer<typeof Article>;

/**
 * Article compiled once (`z.compile`): the same checks, defaults, output and error messages (an
 * invalid record falls back to the runtime parser), with a generated fast path instead of the
 * generic parser walking every span of every record. What `parseArticle` validates with.
 */
export const CompiledArticle = z.compile(Article);
export type ArticleInput = z.input<typeof Article>;

/** The article body as plain text: headings and paragraphs, one block per line pair. */
export function articleBody(article: Pick<Article, "sections">): string {
  const blocks: string[] = [];
  for (const section of article.sections) {
    if (section.heading) blocks.push(section.heading.text);
    for (const p of section.paragraphs) blocks.push(p.text);
  }
  return blocks.join("\n\n");
}
