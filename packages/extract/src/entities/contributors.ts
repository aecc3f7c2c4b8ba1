import type { Article, Entity, TextSpan } from "@newsgraph/schema";
import { findCity, findCountryCode, lexicon } from "../kb/index.ts";
import { TITLE_CASE_WORD } from "../text/chars.ts";
import { blankEntity } from "./built.ts";
import { isAcronym } from "./classify.ts";
import { normaliseName } from "./link.ts";
import { isEnglishWord } from "./not-names.ts";

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

const AGENCY_AND_NAME = /^(\p{Lu}{2,})\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}.'’-]*){1,2})$/u;

/** "NASA Bill Ingalls": an agency's acronym written straight before the photographer's name. */
function agencyAndPhotographer(name: string): { agency: string; photographer: string } | null {
  const m = AGENCY_AND_NAME.exec(name.trim());
  if (!m) return null;
  const given = (m[2] as string).split(/\s+/)[0]?.toLowerCase() ?? "";
  const lex = lexicon();
  const person = lex.firstNames.has(given) || lex.personNames.has(given);
  return person ? { agency: m[1] as string, photographer: m[2] as string } : null;
}

const withoutAgency = (name: string) => agencyAndPhotographer(name)?.photographer ?? name;

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
    for (const written of credit.photographers) {
      const name = withoutAgency(written);
      const span = nameSpan(name, credit);
      if (span) credited.push({ name, title: "photographer", place: null, span });
    }
    for (const written of credit.agencies) {
      const name = agencyAndPhotographer(written)?.photographer;
      const span = name ? nameSpan(name, credit) : null;
      if (name && span) credited.push({ name, title: "photographer", place: null, span });
    }
  }
  return credited;
}

/** One capital and lowercase letters after it ("Snbehnke"). */

/**
 * What an image credit's non-photographer name is: an organization (an agency, an outlet, "NASA"),
 * unless it is one word no lexicon knows, written like a name: a user's handle ("Image: Snbehnke").
 */
function creditType(name: string): "organization" | "person" {
  const word = name.trim();
  if (/\s/.test(word) || isAcronym(word) || !TITLE_CASE_WORD.test(word)) return "organization";
  const lower = word.toLowerCase();
  if (
    lexicon().knownOrganizations.has(lower) ||
    isEnglishWord(lower) ||
    findCountryCode(word) ||
    findCity(word)
  )
    return "organization";
  return "person";
}

/** Agencies in image credits ("Image: NASA", "Photo: Reuters/Getty Images"): the organizations credited. */
function creditedAgencies(article: Article): { name: string; span: TextSpan }[] {
  const agencies: { name: string; span: TextSpan }[] = [];
  for (const image of article.images) {
    const credit = image.credit;
    if (!credit) continue;
    for (const written of credit.agencies) {
      const name = agencyAndPhotographer(written)?.agency ?? written;
      const span = nameSpan(name, credit);
      if (span) agencies.push({ name, span });
    }
  }
  return agencies;
}

/**
 * Contributors, the editor and photographers as person entities with those roles, and credited
 * agencies as organizations, each merged with the entity of the same name in the text.
 */
export function contributorEntities(article: Article, entities: Entity[]): Entity[] {
  const out = [...entities];
  const overlaps = (span: TextSpan) =>
    out.some((e) => e.mentions.some((m) => m.start < span.end && span.start < m.end));
  for (const agency of creditedAgencies(article)) {
    const key = normaliseName(agency.name);
    if (!key || overlaps(agency.span)) continue;
    const type = creditType(agency.name);
    let entity = out.find((e) => e.key === key && e.type === type) ?? out.find((e) => e.key === key);
    if (!entity) {
      entity = Object.assign(blankEntity(type, agency.name, key), { id: `e${out.length + 1}` });
      out.push(entity);
    }
    const { text, start, end } = agency.span;
    entity.mentions.push({ text, start, end, entityId: entity.id });
    entity.mentions.sort((a, b) => a.start - b.start);
  }
  for (const person of creditedPeople(article)) {
    const key = normaliseName(person.name);
    let entity = out.find((e) => e.type === "person" && e.key === key);
    if (!entity) {
      entity = Object.assign(blankEntity("person", person.name, key || person.name.toLowerCase()), {
        id: `e${out.length + 1}`,
      });
      out.push(entity);
    }
    const id = entity.id;
    if (!entity.mentions.some((m) => m.start === person.span.start)) {
      const { text, start, end } = person.span;
      entity.mentions.push({ text, start, end, entityId: id });
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
