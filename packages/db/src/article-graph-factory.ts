import { createHash } from "node:crypto";
import type { ArticleGraph, EntityType } from "@newsgraph/schema";

export interface EntitySpec {
  type: EntityType;
  name: string;
  /** Other forms of the name used in the text ("Sounaye", "ZMO"). */
  aliases?: string[];
  salience?: number;
  iso3166?: string;
  roles?: { title: string; organization?: string }[];
}

export interface QuoteSpec {
  text: string;
  speaker?: string;
  description?: string;
  cue?: string;
}

export interface FigureSpec {
  text: string;
  value: number;
  counted?: string;
}

export interface ArticleGraphSpec {
  source: string;
  url?: string | null;
  title: string;
  paragraphs: string[];
  publishedAt?: string | null;
  publisher?: string | null;
  entities?: EntitySpec[];
  quotes?: QuoteSpec[];
  figures?: FigureSpec[];
  dates?: { text: string; value: string }[];
  relations?: { type: "affiliated_with" | "located_in" | "member_of" | "leads"; from: string; to: string }[];
  corrections?: string[];
}

function allSpans(text: string, needle: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  if (needle.length === 0) return spans;
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])${needle.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`,
    "gu",
  );
  for (const m of text.matchAll(pattern)) spans.push({ start: m.index, end: m.index + needle.length });
  return spans;
}

function firstSpan(text: string, needle: string): { text: string; start: number; end: number } {
  const start = text.indexOf(needle);
  if (start < 0) return { text: text.slice(0, 0), start: 0, end: 0 };
  return { text: needle, start, end: start + needle.length };
}

const keyOf = (name: string) =>
  name
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/** Builds a valid ArticleGraph whose offsets all point into the text made of the title and paragraphs. */
export function buildArticleGraph(spec: ArticleGraphSpec): ArticleGraph {
  const blocks = [spec.title, ...spec.paragraphs, ...(spec.corrections ?? [])];
  const text = blocks.join("\n\n");
  const contentHash = createHash("sha256").update(text).digest("hex");
  let offset = 0;
  const spans = blocks.map((b) => {
    const s = { text: b, start: offset, end: offset + b.length };
    offset += b.length + 2;
    return s;
  });
  const [titleSpan, ...rest] = spans as [(typeof spans)[number], ...typeof spans];
  const paragraphSpans = rest.slice(0, spec.paragraphs.length);
  const correctionSpans = rest.slice(spec.paragraphs.length);
  const entitySpecs = spec.entities ?? [];
  const localIdOf = new Map(entitySpecs.map((e, i) => [e.name, `e${i + 1}`]));
  const entities = entitySpecs.map((e, i) => {
    const id = `e${i + 1}`;
    const taken: { start: number; end: number }[] = [];
    const free = (s: { start: number; end: number }) =>
      !taken.some((t) => s.start < t.end && t.start < s.end);
    const mentions = [e.name, ...(e.aliases ?? [])].flatMap((form) =>
      allSpans(text, form)
        .filter((s) => {
          if (!free(s)) return false;
          taken.push(s);
          return true;
        })
        .map((s) => ({ text: form, start: s.start, end: s.end, entityId: id })),
    );
    return {
      id,
      type: e.type,
      name: e.name,
      key: keyOf(e.name),
      aliases: e.aliases ?? [],
      mentions: mentions.sort((a, b) => a.start - b.start),
      salience: e.salience ?? Math.min(1, 0.2 + mentions.length / 10),
      roles: (e.roles ?? []).map((r) => ({
        title: r.title,
        organization: r.organization ?? null,
        place: null,
        evidence: firstSpan(text, e.name),
      })),
      kb: e.iso3166
        ? { iso3166: e.iso3166, geonamesId: null, latitude: null, longitude: null, countryCode: e.iso3166 }
        : null,
    };
  });
  return {
    id: `a_${contentHash.slice(0, 16)}`,
    source: spec.source,
    url: spec.url ?? null,
    contentType: "text",
    contentHash,
    text,
    title: titleSpan,
    teaser: null,
    publishedAt: spec.publishedAt ?? null,
    updatedAt: null,
    publisher: spec.publisher ?? null,
    language: "en",
    dateline: null,
    sections: [
      { heading: null, paragraphs: paragraphSpans.map((p) => ({ ...p, kind: "paragraph" as const })) },
    ],
    images: [],
    contributors: [],
    editor: null,
    corrections: correctionSpans.map((c) => ({ ...c, date: null })),
    entities,
    quotes: (spec.quotes ?? []).map((q) => ({
      ...firstSpan(text, q.text),
      kind: "direct" as const,
      speakerId: q.speaker ? (localIdOf.get(q.speaker) ?? null) : null,
      speaker: q.speaker ?? null,
      speakerDescription: q.description ?? null,
      speakerMention: q.speaker ? firstSpan(text, q.speaker) : null,
      cue: q.cue ?? "said",
    })),
    figures: (spec.figures ?? []).map((f) => ({
      ...firstSpan(text, f.text),
      value: f.value,
      valueMax: null,
      counted: f.counted ?? null,
      qualifier: null,
      unit: null,
    })),
    dates: (spec.dates ?? []).map((d) => ({
      ...firstSpan(text, d.text),
      value: d.value,
      granularity:
        d.value.length === 4
          ? ("year" as const)
          : d.value.length === 7
            ? ("month" as const)
            : ("day" as const),
      relative: false,
    })),
    relations: (spec.relations ?? []).map((r) => ({
      type: r.type,
      from: localIdOf.get(r.from) ?? "e0",
      to: localIdOf.get(r.to) ?? "e0",
      evidence: firstSpan(text, r.from),
    })),
  };
}
