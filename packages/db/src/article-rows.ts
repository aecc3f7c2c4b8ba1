import type { ArticleGraph } from "@newsgraph/schema";
import type { LinkPlan } from "./link-entities.ts";

type Span = { start: number; end: number };

/** Index of the paragraph (counted across sections) a span starts in, or null when it is outside every paragraph. */
export function paragraphLocator(graph: Pick<ArticleGraph, "sections">): (span: Span) => number | null {
  const paragraphs = graph.sections.flatMap((s) => s.paragraphs).map((p) => ({ start: p.start, end: p.end }));
  return (span) => {
    let lo = 0;
    let hi = paragraphs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const p = paragraphs[mid] as Span;
      if (span.start < p.start) hi = mid - 1;
      else if (span.start >= p.end && !(p.start === p.end && span.start === p.start)) lo = mid + 1;
      else return mid;
    }
    return null;
  };
}

export function isoDateToDate(value: string | null): Date | null {
  if (!value) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  const date = m
    ? new Date(Date.UTC(Number(m[1]), Number(m[2] ?? "1") - 1, Number(m[3] ?? "1")))
    : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

const span = (s: { text: string; start: number; end: number }) => ({
  text: s.text,
  start: s.start,
  end: s.end,
});

export function articleColumns(graph: ArticleGraph) {
  return {
    source: graph.source,
    url: graph.url,
    contentType: graph.contentType,
    contentHash: graph.contentHash,
    text: graph.text,
    title: graph.title.text,
    teaser: graph.teaser?.text ?? null,
    publishedAt: isoDateToDate(graph.publishedAt),
    publishedAtText: graph.publishedAt,
    sourceUpdatedAt: graph.updatedAt,
    publisher: graph.publisher,
    language: graph.language,
    editor: graph.editor,
    titleSpan: span(graph.title),
    teaserSpan: graph.teaser ? span(graph.teaser) : undefined,
    dateline: graph.dateline ? span(graph.dateline) : undefined,
    sections: graph.sections,
    images: graph.images,
    contributors: graph.contributors,
    corrections: graph.corrections,
  };
}

function mustLink(plan: LinkPlan, localId: string, source: string): string {
  const link = plan.links.get(localId);
  if (!link) throw new Error(`${source}: entity ${localId} is referenced but not defined`);
  return link.entityId;
}

/** The article's own rows (entity links, mentions, quotes, figures, dates, relations) keyed to stored entity ids. */
export function childRows(graph: ArticleGraph, plan: LinkPlan) {
  const paragraphOf = paragraphLocator(graph);
  const byEntity = new Map<
    string,
    {
      entityId: string;
      localId: string;
      name: string;
      aliases: string[];
      mentionCount: number;
      salience: number;
      roles: unknown[];
    }
  >();
  const mentions: {
    entityId: string;
    text: string;
    start: number;
    end: number;
    paragraph: number | null;
    actsAs: string | null;
  }[] = [];
  const mentionKeys = new Set<string>();
  for (const entity of graph.entities) {
    const entityId = mustLink(plan, entity.id, graph.source);
    const existing = byEntity.get(entityId);
    if (existing) {
      existing.aliases.push(entity.name, ...entity.aliases);
      existing.salience = Math.max(existing.salience, entity.salience);
      existing.roles.push(...entity.roles);
    } else {
      byEntity.set(entityId, {
        entityId,
        localId: entity.id,
        name: entity.name,
        aliases: [...entity.aliases],
        mentionCount: 0,
        salience: entity.salience,
        roles: [...entity.roles],
      });
    }
    for (const m of entity.mentions) {
      const key = `${entityId}:${m.start}:${m.end}`;
      if (mentionKeys.has(key)) continue;
      mentionKeys.add(key);
      mentions.push({
        entityId,
        text: m.text,
        start: m.start,
        end: m.end,
        paragraph: paragraphOf(m),
        actsAs: m.actsAs ?? null,
      });
    }
  }
  for (const m of mentions) {
    const link = byEntity.get(m.entityId);
    if (link) link.mentionCount += 1;
  }
  const quotes = graph.quotes.map((q) => ({
    speakerEntityId: q.speakerId ? mustLink(plan, q.speakerId, graph.source) : null,
    speakerName: q.speaker,
    speakerDescription: q.speakerDescription,
    speakerMention: q.speakerMention ? span(q.speakerMention) : undefined,
    cue: q.cue,
    kind: q.kind,
    text: q.text,
    start: q.start,
    end: q.end,
    paragraph: paragraphOf(q),
  }));
  const figures = graph.figures.map((f) => ({
    text: f.text,
    start: f.start,
    end: f.end,
    value: f.value,
    valueMax: f.valueMax,
    counted: f.counted,
    qualifier: f.qualifier,
    unit: f.unit,
    paragraph: paragraphOf(f),
  }));
  const dates = graph.dates.map((d) => ({
    text: d.text,
    start: d.start,
    end: d.end,
    value: d.value,
    granularity: d.granularity,
    relative: d.relative,
    paragraph: paragraphOf(d),
  }));
  const relations = graph.relations.map((r) => ({
    type: r.type,
    fromEntityId: mustLink(plan, r.from, graph.source),
    toEntityId: mustLink(plan, r.to, graph.source),
    evidenceText: r.evidence.text,
    evidenceStart: r.evidence.start,
    evidenceEnd: r.evidence.end,
  }));
  const entities = [...byEntity.values()].map((e) => ({
    ...e,
    aliases: [...new Set(e.aliases)],
    roles: e.roles as object[],
  }));
  return { entities, mentions, quotes, figures, dates, relations };
}
