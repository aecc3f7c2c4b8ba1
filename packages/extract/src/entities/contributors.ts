import type { Article, Entity, TextSpan } from "@newsgraph/schema";
import { normaliseName } from "./link.ts";

interface Credited {
  name: string;
  title: string;
  place: string | null;
  span: TextSpan;
}

function nameSpan(name: string, within: TextSpan): TextSpan | null {
  const at = within.text.indexOf(name);
  if (at < 0) return null;
  return { text: name, start: within.start + at, end: within.start + at + name.length };
}

function creditedPeople(article: Article): Credited[] {
  const credited: Credited[] = [];
  for (const c of article.contributors) {
    const span = nameSpan(c.name, c) ?? { text: c.text, start: c.start, end: c.end };
    credited.push({ name: c.name, title: c.role, place: c.place, span });
  }
  if (article.editor && !credited.some((c) => c.title === "editor")) {
    const at = article.text.lastIndexOf(article.editor);
    if (at >= 0) {
      const span = { text: article.editor, start: at, end: at + article.editor.length };
      credited.push({ name: article.editor, title: "editor", place: null, span });
    }
  }
  for (const image of article.images) {
    const credit = image.credit;
    if (!credit) continue;
    for (const name of credit.photographers) {
      const span = nameSpan(name, credit);
      if (span) credited.push({ name, title: "photographer", place: null, span });
    }
  }
  return credited;
}

/** Contributors, the editor and photographers as person entities with those roles, merged with people named in the text. */
export function contributorEntities(article: Article, entities: Entity[]): Entity[] {
  const out = [...entities];
  for (const person of creditedPeople(article)) {
    const key = normaliseName(person.name);
    let entity = out.find((e) => e.type === "person" && e.key === key);
    if (!entity) {
      entity = {
        id: `e${out.length + 1}`,
        type: "person",
        name: person.name.replace(/\s+/g, " "),
        key: key || person.name.toLowerCase(),
        aliases: [],
        mentions: [],
        salience: 0,
        roles: [],
        kb: null,
      };
      out.push(entity);
    }
    const id = entity.id;
    if (!entity.mentions.some((m) => m.start === person.span.start)) {
      entity.mentions.push({ ...person.span, entityId: id });
      entity.mentions.sort((a, b) => a.start - b.start);
    }
    if (!entity.roles.some((r) => r.title === person.title && r.evidence.start === person.span.start)) {
      entity.roles.push({
        title: person.title,
        organization: null,
        place: person.place,
        evidence: person.span,
      });
    }
  }
  return out;
}
