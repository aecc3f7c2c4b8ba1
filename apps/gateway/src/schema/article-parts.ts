import type {
  Contributor,
  Correction,
  Credit,
  Image,
  Paragraph,
  Role,
  Section,
  TextSpan,
} from "@newsgraph/schema";
import { builder } from "../builder.ts";

export const TextSpanRef = builder.objectRef<TextSpan>("TextSpan").implement({
  description: "Text with its offsets (UTF-16, end exclusive) into the article text.",
  fields: (t) => ({
    text: t.exposeString("text"),
    start: t.exposeInt("start"),
    end: t.exposeInt("end"),
  }),
});

export const ParagraphRef = builder.objectRef<Paragraph & { index: number }>("Paragraph").implement({
  fields: (t) => ({
    index: t.exposeInt("index", { description: "Position among all paragraphs of the article, from 0." }),
    kind: t.exposeString("kind"),
    text: t.exposeString("text"),
    start: t.exposeInt("start"),
    end: t.exposeInt("end"),
  }),
});

export const SectionRef = builder
  .objectRef<{ heading: TextSpan | null; paragraphs: (Paragraph & { index: number })[] }>("Section")
  .implement({
    fields: (t) => ({
      heading: t.field({ type: TextSpanRef, nullable: true, resolve: (s) => s.heading }),
      paragraphs: t.field({ type: [ParagraphRef], resolve: (s) => s.paragraphs }),
    }),
  });

export function numberParagraphs(sections: Section[]) {
  let index = 0;
  return sections.map((s) => ({
    heading: s.heading,
    paragraphs: s.paragraphs.map((p) => ({ ...p, index: index++ })),
  }));
}

const CreditRef = builder.objectRef<Credit>("Credit").implement({
  fields: (t) => ({
    text: t.exposeString("text"),
    photographers: t.exposeStringList("photographers"),
    agencies: t.exposeStringList("agencies"),
  }),
});

export const ImageRef = builder.objectRef<Image>("Image").implement({
  fields: (t) => ({
    src: t.exposeString("src", { nullable: true }),
    alt: t.string({ nullable: true, resolve: (i) => i.alt?.text ?? null }),
    caption: t.string({ nullable: true, resolve: (i) => i.caption?.text ?? null }),
    credit: t.field({ type: CreditRef, nullable: true, resolve: (i) => i.credit }),
  }),
});

export const ContributorRef = builder.objectRef<Contributor>("Contributor").implement({
  fields: (t) => ({
    name: t.exposeString("name"),
    role: t.exposeString("role"),
    place: t.exposeString("place", { nullable: true }),
    text: t.exposeString("text", { description: "The credit line as written." }),
  }),
});

export const CorrectionRef = builder.objectRef<Correction>("Correction").implement({
  fields: (t) => ({
    text: t.exposeString("text"),
    date: t.exposeString("date", { nullable: true }),
  }),
});

export const RoleRef = builder.objectRef<Role>("Role").implement({
  description: "A role or title as one article states it.",
  fields: (t) => ({
    title: t.exposeString("title"),
    organization: t.exposeString("organization", { nullable: true }),
    place: t.exposeString("place", { nullable: true }),
    evidence: t.field({ type: TextSpanRef, resolve: (r) => r.evidence }),
  }),
});

export const MentionEvidenceRef = builder
  .objectRef<{ text: string; start: number; end: number; paragraph: number | null; actsAs?: string | null }>(
    "MentionEvidence",
  )
  .implement({
    description: "Where an entity is mentioned: the paragraph index and offsets into the article text.",
    fields: (t) => ({
      text: t.exposeString("text"),
      start: t.exposeInt("start"),
      end: t.exposeInt("end"),
      paragraph: t.exposeInt("paragraph", { nullable: true }),
      actsAs: t.string({
        nullable: true,
        description:
          'What this mention stands for when it is not its entity\'s type: "organization" when a country or capital names its government or team ("China said"), while the entity stays the place.',
        resolve: (m) => m.actsAs ?? null,
      }),
    }),
  });

export const CoordinatesRef = builder
  .objectRef<{ latitude: number; longitude: number }>("Coordinates")
  .implement({
    fields: (t) => ({
      latitude: t.exposeFloat("latitude"),
      longitude: t.exposeFloat("longitude"),
    }),
  });

export function asList<T>(json: unknown): T[] {
  return Array.isArray(json) ? (json as T[]) : [];
}
