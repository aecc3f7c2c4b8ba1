import type {
  Contributor,
  Correction,
  Image,
  Paragraph,
  Section,
  StepResult,
  TextSpan,
} from "@newsgraph/schema";
import { stepError } from "@newsgraph/schema";
import { mapPacked, pushAll } from "../arrays.ts";
import { creditRole, splitCaptionCredit } from "../credits.ts";
import { findDate } from "../dates.ts";
import { isOrganisationName } from "../organisations.ts";
import type { ArticleDraft } from "../parse-article.ts";
import { classifyLines, type LineFeatures, mainRegion } from "./classify.ts";
import { countLineWords, detectLanguage, words } from "./language.ts";
import { type Line, spanOf, splitLines } from "./lines.ts";
import {
  contributorsOf,
  correctionOf,
  datelineOf,
  isBylineLine,
  isContributorLine,
  isCorrectionLine,
  namesIn,
} from "./people.ts";

export interface TextParseOptions {
  source: string;
  url: string | null;
  retrievedAt: string | null;
}

type Role = "caption" | "credit" | "people" | "byline" | "correction";

interface Page {
  text: string;
  lines: Line[];
  /** Each line's text lower-cased. */
  keys: string[];
  features: LineFeatures[];
  roles: Array<Role | undefined>;
  language: string | null;
  /** Every caption on the page comes under a short line of its own: those lines are alt text, not headings. */
  altOverCaptions: boolean;
  /** `isDateLine` of each line once known: 1 yes, 2 no, 0 not yet asked. */
  dateLines: Int8Array;
}

/** A text dump of a web page (or a clean article text) → article structure with exact offsets into `text`. */
export function parseTextDump(text: string, options: TextParseOptions): StepResult<ArticleDraft> {
  const lines = splitLines(text);
  if (lines.length === 0) return stepError("parse", options.source, "empty", "input has no text");
  const keys = mapPacked(lines, (line) => line.text.toLowerCase());
  const counts = countLineWords(keys);
  const language = detectLanguage(text, counts);
  const roles = mapPacked(lines, (line, i) => roleOf(line, keys[i] ?? ""));
  const features = classifyLines(lines, language, keys, counts);
  // Credit and byline lines are short lines whatever their length (set in place: one object shape for every line).
  for (let i = 0; i < features.length; i++) {
    const f = features[i] as LineFeatures;
    if (roles[i] && f.cls !== "bad") f.cls = "short";
  }
  const page: Page = {
    text,
    lines,
    keys,
    features,
    roles,
    language,
    altOverCaptions: false,
    dateLines: new Int8Array(lines.length),
  };
  page.altOverCaptions = everyCaptionUnderShortLine(page);
  const region = mainRegion(features) ?? { first: 0, last: lines.length - 1 };
  let firstBody = region.first;
  while (firstBody <= region.last && !isBodyParagraph(page, firstBody)) firstBody++;
  if (firstBody > region.last) firstBody = Math.min(1, lines.length - 1);

  const titleIndex = pickTitle(page, firstBody, options.url);
  if (titleIndex === null) {
    return stepError(
      "parse",
      options.source,
      "no_title",
      `no line looks like a headline (a line of 2 to 30 words before the article text); first line: "${lines[0]?.text.slice(0, 80)}"`,
      lineNumberAt(text, lines[0]?.start ?? 0),
    );
  }
  if (firstBody <= titleIndex) firstBody = titleIndex + 1;
  // A liveblog's first entry heading ("14:30 GMT — …"), right over the text, opens the first section.
  else if (firstBody - 1 > titleIndex && TIMESTAMPED_ENTRY.test(lines[firstBody - 1]?.text ?? ""))
    firstBody--;
  const title = lines[titleIndex] as Line;

  const header = readHeader(page, titleIndex, firstBody, options.retrievedAt);
  const body = readBody(page, firstBody, Math.max(region.last, firstBody), header.teaserIndex === null);
  pushAll(body.images, trailingImages(page, Math.max(region.last, firstBody) + 1));
  const teaser = header.teaserIndex !== null ? spanOf(lines[header.teaserIndex] as Line) : body.teaser;
  const people = readCredits(page, titleIndex, options.retrievedAt);
  const firstParagraph = body.sections[0]?.paragraphs[0];
  // "KYIV, Ukraine (AP) — …" as the lead read as the teaser: the dateline opens the teaser.
  const dateline =
    (teaser ? datelineOf(teaser) : null) ?? (firstParagraph ? datelineOf(firstParagraph) : null);
  const siteNames = siteNamesOf(page);
  const credited = splitOrganisations(
    dedupeContributors([...header.contributors, ...people.contributors]),
    siteNames,
  );

  return {
    ok: true,
    value: {
      text,
      title: spanOf(title),
      teaser,
      // "PARIS, Dec 13, 2024 (AFP) -": a wire dateline's full date when the page states none.
      publishedAt:
        header.publishedAt ?? (dateline ? (findDate(dateline.text, null, false)?.iso ?? null) : null),
      updatedAt: header.updatedAt,
      publisher: publisherOf(options.url, siteNames, credited.organisations),
      language,
      dateline,
      sections: body.sections,
      images: [...header.images, ...body.images],
      contributors: credited.people,
      editor: credited.people.find((c) => c.role === "editor")?.name ?? null,
      corrections: people.corrections,
    },
  };
}

function roleOf(line: Line, lower: string): Role | undefined {
  const t = line.text;
  if (line.bullet && t.length > 200) return undefined;
  if (t.length <= 600) {
    const credit = creditRole(t, 400);
    if (credit) return credit;
  }
  if (t.length <= 400 && isContributorLine(t, lower)) return "people";
  if (isBylineLine(t)) return "byline";
  if (isCorrectionLine(t, lower)) return "correction";
  return undefined;
}

function isBodyParagraph(page: Page, i: number): boolean {
  const f = page.features[i];
  return (
    f !== undefined &&
    page.roles[i] === undefined &&
    (f.cls === "good" || f.cls === "near") &&
    !isImageText(page, i)
  );
}

function isImageText(page: Page, i: number): boolean {
  const line = page.lines[i];
  const next = page.lines[i + 1];
  const prev = page.lines[i - 1];
  if (!line) return false;
  if (next && !line.blankAfter && next.text === line.text) return true;
  if (prev && !line.blankBefore && prev.text === line.text) return true;
  const nextRole = page.roles[i + 1];
  return next !== undefined && !line.blankAfter && (nextRole === "caption" || nextRole === "credit");
}

const ANY_REFERENCE = "2000-01-01T00:00:00Z";

const DATE_CUE =
  /^(?:published|updated|posted|last updated|first published|originally published|modified|publiziert|veröffentlicht|aktualisiert|publié|publicado|pubblicato|diposting|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?)\b/iu;

/** `readsAsDate` of a line of the page, worked out once per line. */
function isDateLine(page: Page, line: Line): boolean {
  const known = page.dateLines[line.index];
  if (known !== 0) return known === 1;
  const yes = readsAsDate(line);
  page.dateLines[line.index] = yes ? 1 : 2;
  return yes;
}

function readsAsDate(line: Line): boolean {
  if (line.text.length > 150) return false;
  const d = findDate(line.text, ANY_REFERENCE, /[\u0080-\uffff]/.test(line.text));
  return d !== null && (d.length >= line.text.length * 0.3 || DATE_CUE.test(line.text));
}

/** A bare time or weekday-and-time stamp ("Monday 5:30PM", "11/13/19 9:00AM", "1 day ago"): a date line without a full date. */
const TIME_STAMP =
  /^[-–—•|\s]*(?:(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+|\d{1,2}\/\d{1,2}\/\d{2}\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?|(?:\d+|an?|one)\s+(?:minute|min|hour|hr|day|week)s?\s+ago)$/iu;

function isTimeLine(line: Line): boolean {
  return line.text.length <= 40 && TIME_STAMP.test(line.text);
}

const STARTS_LOWER = /^\p{Ll}/u;
const LEADING_WORD = /^\p{L}{3,}/u;
const TWO_CAPITALS_OR_DIGIT = /\p{Lu}.*\p{Lu}|\d/u;
const HAS_LETTER = /\p{L}/u;
const HANDLE = /@[\p{L}\p{N}_]{2,}$/u;
const BYLINE_ROLE =
  /\s+(?:senior\s+|staff\s+|contributing\s+|chief\s+)?(?:contributor|writer|reporter|correspondent|editor|columnist|staff|mugshot|author)$/iu;
const ROLE_ONLY =
  /^(?:senior |staff |contributing |chief |guest )?(?:contributor|writer|reporter|correspondent|editor|columnist|author)s?$/iu;
const NAME_WORD = /^(?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.|\p{Lu}[\p{Ll}]*[\p{Lu}][\p{Ll}]+)$/u;

/** The person named by a bare author line ("Jane Doe", "Jane Doe@janedoe", "Jane Doe Senior Contributor"), or null; a bare role ("Staff Writer") names nobody. */
export function personLine(text: string): { name: string; offset: number } | null {
  if (text.length > 60 || /\d/.test(text.replace(HANDLE, ""))) return null;
  if (ROLE_ONLY.test(text)) return { name: "", offset: 0 };
  let name = text.replace(HANDLE, "").replace(BYLINE_ROLE, "").trim();
  const doubled = /^(.{4,30})\1$/u.exec(name);
  if (doubled?.[1]) name = doubled[1];
  const tokens = name.split(/\s+/);
  if (tokens.length < 2 || tokens.length > 4 || !tokens.every((t) => NAME_WORD.test(t))) return null;
  return { name, offset: text.indexOf(name) };
}

function pickTitle(page: Page, firstBody: number, url: string | null): number | null {
  const slug = slugWords(url);
  const { lines, features } = page;
  let best: number | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  let between = 0;
  for (let i = Math.min(firstBody, lines.length) - 1; i >= 0; i--) {
    const line = lines[i] as Line;
    const f = features[i] as LineFeatures;
    const size = page.language === "ja" || page.language === "zh" ? line.text.length / 3 : f.words;
    if (line.bullet || f.boilerplate || page.roles[i] || size < 2 || size > 30 || line.text.length > 250)
      continue;
    if (isDateLine(page, line) || isTimeLine(line) || (isImageText(page, i) && !isRepeatedHeadline(page, i)))
      continue;
    if (ADDRESS_OR_SLUG.test(line.text)) continue;
    let score = -0.3 * between;
    between++;
    const person = personLine(line.text) !== null;
    if (person) score -= 2;
    else if (following(page, i, 3, datedAt)) score += 2;
    else if (near(page, i, 3, datedAt)) score += 1;
    if (line.text.length >= 20 && line.text.length <= 160) score += 1;
    // A headline block: the byline right under the line and a date under that ("By Jill Disis, CNN
    // Business" / "Updated 0339 GMT …"), however many related-link titles sit between it and the text.
    if (!person && opensHeadlineBlock(page, i)) score += 7;
    if (/[.,;:]$/.test(line.text) && !/\.\.\.$|…$/.test(line.text) && !isTitleCase(line.text)) score -= 2;
    if (STARTS_LOWER.test(line.text)) score -= 1;
    // "14:30 GMT — Zelensky arrives at White House": a liveblog entry's heading, under the page's own.
    if (TIMESTAMPED_ENTRY.test(line.text)) score -= 4;
    if (slug.size > 0) {
      const tokens = words(line.text.toLowerCase());
      const hits = tokens.filter((t) => slug.has(t)).length;
      score += (4 * hits) / Math.max(slug.size, 1);
    }
    if (f.repeated && !person) score += 1;
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  }
  return best;
}

/** A byline with a date line under it: the foot of a headline block. */
function bylineAndDateAt(page: Page, k: number): boolean {
  return page.roles[k] === "byline" && following(page, k, 2, datedAt);
}

/**
 * The headline of a headline block: the line over its byline and date, or over a sentence-case
 * standfirst over them ("'We Got Her!': Video Shows Dramatic Rescue …" / "The suspect confessed and
 * …" / "By Scott Gordon" / "Published Nov 18, 2019").
 */
function opensHeadlineBlock(page: Page, i: number): boolean {
  const line = page.lines[i] as Line;
  const titleCase = isTitleCase(line.text);
  if (bylineAndDateAt(page, i + 1)) {
    const above = page.lines[i - 1];
    return !(above && !titleCase && isTitleCase(above.text) && page.roles[i - 1] === undefined);
  }
  const standfirst = page.lines[i + 1];
  return (
    titleCase &&
    standfirst !== undefined &&
    page.roles[i + 1] === undefined &&
    !isTitleCase(standfirst.text) &&
    bylineAndDateAt(page, i + 2)
  );
}

/** A web address or a URL slug ("https://…/world-europe-50473792", "business-focus-strategy"): never a headline. */
const ADDRESS_OR_SLUG = /^(?:https?:\/\/|www\.)\S+$|^[\p{Ll}\p{N}]+(?:-[\p{Ll}\p{N}]+){2,}$/u;

/** A headline printed twice in a row (a heading and its link), not an image's alt text over a caption. */
function isRepeatedHeadline(page: Page, i: number): boolean {
  const line = page.lines[i] as Line;
  const prev = page.lines[i - 1];
  if (!prev || prev.text !== line.text || line.blankBefore || (page.features[i]?.words ?? 0) < 4)
    return false;
  const after = page.roles[i + 1];
  return after !== "caption" && after !== "credit";
}

function isTitleCase(text: string): boolean {
  const tokens = text.split(/\s+/).filter((t) => t.length > 3);
  return (
    tokens.length >= 3 && tokens.filter((t) => /^[\p{Lu}\p{N}'‘"“]/u.test(t)).length >= tokens.length * 0.8
  );
}

/** A date or time line, or a byline: what a headline usually has next to it. */
function datedAt(page: Page, j: number): boolean {
  const l = page.lines[j] as Line;
  return isDateLine(page, l) || isTimeLine(l) || page.roles[j] === "byline";
}

function following(
  page: Page,
  i: number,
  distance: number,
  test: (page: Page, j: number) => boolean,
): boolean {
  for (let j = i + 1; j <= Math.min(page.lines.length - 1, i + distance); j++) if (test(page, j)) return true;
  return false;
}

function near(page: Page, i: number, distance: number, test: (page: Page, j: number) => boolean): boolean {
  for (let j = Math.max(0, i - distance); j <= Math.min(page.lines.length - 1, i + distance); j++) {
    if (j !== i && test(page, j)) return true;
  }
  return false;
}

function slugWords(url: string | null): Set<string> {
  if (!url) return new Set();
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return new Set();
  }
  const tokens = decodeURIComponent(path)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(
      (t) => t.length > 2 && !/^\d+$/.test(t) && !/^(?:html?|php|aspx?|article|story|news|index)$/.test(t),
    );
  return new Set(tokens);
}

interface Header {
  publishedAt: string | null;
  updatedAt: string | null;
  teaserIndex: number | null;
  images: Image[];
  contributors: Contributor[];
}

function readHeader(page: Page, titleIndex: number, firstBody: number, reference: string | null): Header {
  const { lines } = page;
  let publishedAt: string | null = null;
  let updatedAt: string | null = null;
  let teaserIndex: number | null = null;
  const images: Image[] = [];
  const contributors: Contributor[] = [];
  const from = Math.max(0, titleIndex - 6);
  const to = Math.min(lines.length, Math.max(firstBody, titleIndex + 1));
  for (let i = from; i < Math.min(lines.length, to + 8); i++) {
    const line = lines[i] as Line;
    if (i === titleIndex || (line.bullet && !isDateLine(page, line))) continue;
    const f = page.features[i] as LineFeatures;
    if (i > titleIndex && !page.roles[i]) contributors.push(...authorNextToDate(page, i));
    if (i >= to) {
      if (line.text.length > 120 || f.sentenceEnd) continue;
      if (page.roles[i] === "byline") contributors.push(...contributorsOf(line));
    }
    if (line.text.length <= 200) {
      for (const date of datesOn(line.text, reference, page.language !== "en", i >= titleIndex)) {
        if (date.updated) updatedAt ??= date.iso;
        else if (publishedAt === null && (i > titleIndex || isDateLine(page, line) || i >= titleIndex - 4))
          publishedAt = date.iso;
      }
    }
    if (i >= to) continue;
    if (page.roles[i] === "byline") contributors.push(...contributorsOf(line));
    if (i < titleIndex) continue;
    if (page.roles[i] === "caption" || page.roles[i] === "credit") {
      images.push(imageAt(page, i));
      continue;
    }
    if (
      teaserIndex === null &&
      !page.roles[i] &&
      f.sentenceEnd &&
      f.words >= 5 &&
      !isImageText(page, i) &&
      !isDateLine(page, line)
    ) {
      teaserIndex = i;
      continue;
    }
    if (
      teaserIndex !== null &&
      !page.roles[i] &&
      !f.boilerplate &&
      !isDateLine(page, line) &&
      !f.sentenceEnd &&
      f.words >= 2
    ) {
      const next = lines[i + 1];
      if (!next || line.blankAfter || (page.roles[i + 1] !== "caption" && page.roles[i + 1] !== "credit")) {
        images.push({ src: null, alt: spanOf(line), caption: null, credit: null });
      }
    }
  }
  return { publishedAt: publishedAt ?? updatedAt, updatedAt, teaserIndex, images, contributors };
}

const LONE_BY = /^(?:by|von|par|por|di|door|oleh|av|af)$/iu;
const BY_AFTER_DATE = /\s(?:by|von|par|por|oleh)\s+(.+)$/iu;

/**
 * Author lines a byline regex misses: a bare name next to a date line ("Jane Doe" / "Nov 18, 2019"),
 * a lone "By" over a name line, and a date line ending "by Jane Doe".
 */
function authorNextToDate(page: Page, i: number): Contributor[] {
  const line = page.lines[i] as Line;
  const next = page.lines[i + 1];
  if (LONE_BY.test(line.text) && next && !line.blankAfter) {
    const person = personLine(next.text);
    return person?.name ? [authorAt(next, person)] : [];
  }
  if (dateLikeAt(page, i)) {
    const by = BY_AFTER_DATE.exec(line.text);
    if (by?.[1] && findDate(line.text.slice(0, by.index), ANY_REFERENCE, false)) {
      const at = line.text.length - by[1].length;
      return namesIn(by[1], line.start + at, "author");
    }
    return [];
  }
  const person = personLine(line.text);
  if (!person?.name || !(dateLikeAt(page, i - 1) || dateLikeAt(page, i + 1))) return [];
  return [authorAt(line, person)];
}

function dateLikeAt(page: Page, j: number): boolean {
  const l = page.lines[j];
  return l !== undefined && (isDateLine(page, l) || isTimeLine(l));
}

function authorAt(line: Line, person: { name: string; offset: number }): Contributor {
  const start = line.start + person.offset;
  return {
    text: person.name,
    start,
    end: start + person.name.length,
    name: person.name,
    role: "author",
    place: null,
  };
}

const UPDATED = /\b(?:updated|modified|aktualisiert|mis à jour|actualizado|atualizado)\b/iu;

/** Every date on a line ("Updated Nov. 19 … / Original Nov. 18 …"), each marked when the words before it say it is an update. */
function datesOn(
  text: string,
  reference: string | null,
  otherLanguages: boolean,
  twoDigitYears: boolean,
): Array<{ iso: string; updated: boolean }> {
  const out: Array<{ iso: string; updated: boolean }> = [];
  let from = 0;
  while (from < text.length && out.length < 3) {
    const rest = text.slice(from);
    const date = findDate(rest, reference, otherLanguages && from === 0, twoDigitYears);
    if (!date) break;
    out.push({ iso: date.iso, updated: UPDATED.test(rest.slice(0, date.index)) });
    from += date.index + Math.max(date.length, 1);
  }
  return out;
}

interface Body {
  sections: Section[];
  images: Image[];
  teaser: TextSpan | null;
}

function readBody(page: Page, first: number, last: number, mayFindTeaser: boolean): Body {
  const { lines, features, roles } = page;
  const sections: Section[] = [{ heading: null, paragraphs: [] }];
  const images: Image[] = [];
  let teaser: TextSpan | null = null;
  let altUnderLead: { line: Line; lead: Paragraph | null; image: number } | null = null;
  for (let i = first; i <= last; i++) {
    const line = lines[i] as Line;
    const f = features[i] as LineFeatures;
    const role = roles[i];
    const section = sections[sections.length - 1] as Section;
    if (role === "caption" || role === "credit") {
      images.push(imageAt(page, i));
      continue;
    }
    if (role) continue;
    if (isImageText(page, i)) {
      const next = lines[i + 1];
      if (next && next.text === line.text && !line.blankAfter) {
        const after = roles[i + 2];
        if (after === "caption" || after === "credit") continue;
        images.push({ src: null, alt: spanOf(line), caption: spanOf(next), credit: null });
        i++;
      }
      continue;
    }
    if (f.cls === "bad" && !(f.repeated && f.chars >= 200 && isFirstOccurrence(page, i))) continue;
    const heading = f.cls !== "good" && isHeading(page, i);
    const isParagraph =
      !heading &&
      (f.cls === "good" ||
        f.cls === "near" ||
        (f.cls === "bad" && f.chars >= 200) ||
        (f.sentenceEnd && f.words >= 3) ||
        INTERVIEW_TURN.test(line.text));
    if (isParagraph) {
      const previous = section.paragraphs[section.paragraphs.length - 1];
      if (
        previous &&
        !line.blankBefore &&
        previous.end - previous.start >= 900 &&
        !/[.!?。]$/.test(previous.text)
      ) {
        const merged = page.text.slice(previous.start, line.end);
        section.paragraphs[section.paragraphs.length - 1] = { ...previous, text: merged, end: line.end };
        continue;
      }
      section.paragraphs.push({
        ...spanOf(line),
        kind: line.bullet ? "item" : "paragraph",
      } satisfies Paragraph);
      continue;
    }
    if (heading) {
      const lead = sections.length === 1 && section.heading === null ? section.paragraphs : null;
      if (
        mayFindTeaser &&
        teaser === null &&
        !underTimestamp(page, i) &&
        // A liveblog's first entry heading ("14:30 GMT — …") opens the first section; it is no alt text.
        !TIMESTAMPED_ENTRY.test(line.text) &&
        lead &&
        lead.length <= 1 &&
        (lead[0]?.text.length ?? 0) <= 400
      ) {
        images.push({ src: null, alt: spanOf(line), caption: null, credit: null });
        const only = lead.shift();
        if (only) teaser = { text: only.text, start: only.start, end: only.end };
        altUnderLead = { line, lead: only ?? null, image: images.length - 1 };
        continue;
      }
      if (section.paragraphs.length === 0 && section.heading === null && sections.length === 1)
        section.heading = spanOf(line);
      else sections.push({ heading: spanOf(line), paragraphs: [] });
    }
  }
  if (altUnderLead && parallelHeading(altUnderLead.line.text, sections)) {
    const lead = sections[0] as Section;
    images.splice(altUnderLead.image, 1);
    if (altUnderLead.lead) lead.paragraphs.unshift(altUnderLead.lead);
    teaser = null;
    const rest = lead.paragraphs.splice(altUnderLead.lead ? 1 : 0);
    sections.splice(1, 0, { heading: spanOf(altUnderLead.line), paragraphs: rest });
  }
  const nonEmpty = sections.filter((s) => s.heading !== null || s.paragraphs.length > 0);
  const lead = nonEmpty[0];
  if (mayFindTeaser && teaser === null && lead && lead.heading === null && lead.paragraphs.length > 0) {
    const candidate = lead.paragraphs[0] as Paragraph;
    const index = lines.findIndex((l) => l.start === candidate.start);
    const nextIsParagraph = index >= 0 && nextContentIsParagraph(page, index);
    if (
      candidate.text.length <= 400 &&
      !nextIsParagraph &&
      index === first &&
      (lead.paragraphs.length > 1 || nonEmpty.length > 1)
    ) {
      teaser = { text: candidate.text, start: candidate.start, end: candidate.end };
      lead.paragraphs.shift();
    }
  }
  return { sections: nonEmpty.filter((s) => s.heading !== null || s.paragraphs.length > 0), images, teaser };
}

/** A later heading opening with the same word ("Group F — …" / "Group G — …"): the line is one of a run of section headings. */
function parallelHeading(text: string, sections: Section[]): boolean {
  const head = LEADING_WORD.exec(text)?.[0];
  return head !== undefined && sections.some((s) => s.heading?.text.startsWith(`${head} `));
}

function nextContentIsParagraph(page: Page, index: number): boolean {
  let j = index + 1;
  while (j < page.lines.length && page.features[j]?.linkLike) j++;
  if (j >= page.lines.length) return false;
  return isBodyParagraph(page, j) && !isImageText(page, j);
}

function isFirstOccurrence(page: Page, i: number): boolean {
  const text = page.lines[i]?.text;
  return page.lines.findIndex((l) => l.text === text) === i;
}

const TIMESTAMP =
  /^(?:\d{1,2}[:.h]\d{2}(?:\s*(?:[ap]\.?m\.?|[A-Z]{2,5}))?|\d+\s*(?:min|mins|minutes?|h|hrs?|hours?)\s+ago)$/iu;

/** A line opened by a clock time and a dash: a liveblog entry's heading ("14:30 GMT — Troops cross the river"). */
const TIMESTAMPED_ENTRY = /^\d{1,2}[:.h]\d{2}(?:\s*(?:[ap]\.?m\.?|[A-Z]{2,5}))?\s*[—–-]\s+\S/u;

/** A question or an answer of an interview printed as "Q: …" / "A: …". */
const INTERVIEW_TURN = /^[QA]:\s+\S/;

function isHeading(page: Page, i: number): boolean {
  const line = page.lines[i] as Line;
  const f = page.features[i] as LineFeatures;
  if (line.bullet || f.boilerplate || f.repeated || f.tabular || !line.blankAfter) return false;
  if (!line.blankBefore && !underTimestamp(page, i)) return false;
  // "Q: Where will you go?": an interview's question is one of its turns, no heading.
  if (INTERVIEW_TURN.test(line.text)) return false;
  // A sentence end before a closing mark ("… who we are.”") ends a quotation, not a heading.
  if (f.words < 1 || f.words > 20 || /[.,;:]["”’']?$/.test(line.text) || isDateLine(page, line)) return false;
  let j = i + 1;
  let captions = 0;
  for (; j < page.lines.length; j++) {
    const role = page.roles[j];
    if (role === "caption" || role === "credit") captions++;
    else if (role !== undefined || !isImageText(page, j)) break;
  }
  if (captions > 0 && (page.altOverCaptions || f.words > 8)) return false;
  if (j < page.lines.length && isBodyParagraph(page, j)) return true;
  return captions > 0 && !f.sentenceEnd && /^[\p{Lu}\p{N}'‘"“]/u.test(line.text);
}

function isShortLabel(page: Page, i: number): boolean {
  const line = page.lines[i];
  const f = page.features[i];
  return (
    line !== undefined &&
    f !== undefined &&
    page.roles[i] === undefined &&
    !line.bullet &&
    f.words >= 1 &&
    f.words <= 8 &&
    !f.sentenceEnd &&
    !isDateLine(page, line)
  );
}

function everyCaptionUnderShortLine(page: Page): boolean {
  let captions = 0;
  for (let i = 0; i < page.lines.length; i++) {
    const role = page.roles[i];
    if (role !== "caption" && role !== "credit") continue;
    const above = page.roles[i - 1];
    if (above === "caption" || above === "credit") {
      if (role === "credit" && above === "caption") continue;
      return false;
    }
    if (!isShortLabel(page, i - 1)) return false;
    captions++;
  }
  return captions > 0;
}

/** A liveblog entry title: the line right under a bare time ("10:42", "9.15am GMT", "5 min ago"). */
function underTimestamp(page: Page, i: number): boolean {
  const prev = page.lines[i - 1];
  return prev !== undefined && !page.lines[i]?.blankBefore && prev.blankBefore && TIMESTAMP.test(prev.text);
}

/** Captioned images just after the body, before the next stretch of prose or boilerplate. */
function trailingImages(page: Page, from: number): Image[] {
  const images: Image[] = [];
  for (let i = from; i < Math.min(page.lines.length, from + 8); i++) {
    const f = page.features[i] as LineFeatures;
    if (f.wall || f.linkLike) break;
    const role = page.roles[i];
    if (role === "caption" || role === "credit") images.push(imageAt(page, i));
  }
  return images;
}

function imageAt(page: Page, i: number): Image {
  const line = page.lines[i] as Line;
  const { caption, credit } = splitCaptionCredit(line.text, line.start);
  const prev = page.lines[i - 1];
  const prevUsable = prev !== undefined && !line.blankBefore && page.roles[i - 1] === undefined;
  if (caption) {
    return { src: null, alt: prevUsable && prev ? spanOf(prev) : null, caption, credit };
  }
  if (prevUsable && prev) {
    const before = page.lines[i - 2];
    const altUsable =
      before !== undefined &&
      !prev.blankBefore &&
      page.roles[i - 2] === undefined &&
      before.text === prev.text;
    return { src: null, alt: altUsable && before ? spanOf(before) : null, caption: spanOf(prev), credit };
  }
  return { src: null, alt: null, caption: null, credit };
}

function readCredits(
  page: Page,
  titleIndex: number,
  reference: string | null,
): { contributors: Contributor[]; corrections: Correction[] } {
  const contributors: Contributor[] = [];
  const corrections: Correction[] = [];
  for (let i = titleIndex + 1; i < page.lines.length; i++) {
    const role = page.roles[i];
    const line = page.lines[i] as Line;
    if (role === "people") contributors.push(...contributorsOf(line));
    else if (role === "correction") corrections.push(correctionOf(line, reference));
  }
  return { contributors, corrections };
}

function dedupeContributors(list: Contributor[]): Contributor[] {
  const seen = new Set<string>();
  return list.filter((c) => {
    const key = `${c.role}:${c.name}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

interface SiteNames {
  /** Named by a navigation line that only a site's own name fits ("Skip to more DW sites", "Follow NBC News"). */
  named: string | null;
  /** A short line at the very top printed again near the bottom. */
  masthead: string | null;
  /** The owner on a copyright line. */
  holder: string | null;
  /** "More from NAME": a site or a section. */
  weak: string | null;
}

function publisherOf(url: string | null, site: SiteNames, organisations: Contributor[]): string | null {
  if (url) {
    try {
      return new URL(url).hostname.replace(/^www\./, "");
    } catch {
      // fall through to the text
    }
  }
  return site.named ?? site.masthead ?? site.holder ?? site.weak ?? organisations[0]?.name ?? null;
}

function siteNamesOf(page: Page): SiteNames {
  let holder: string | null = null;
  for (let i = page.lines.length - 1; i >= 0 && holder === null; i--) {
    const text = page.lines[i]?.text ?? "";
    if (text.length <= 250) holder = copyrightHolder(text, page.keys[i]);
  }
  const named = new Map<string, number>();
  let weak: string | null = null;
  for (let i = 0; i < page.lines.length; i++) {
    const line = page.lines[i] as Line;
    if (line.text.length > 70) continue;
    const name = navigationSiteName(line.text, page.keys[i]);
    if (name) named.set(name, (named.get(name) ?? 0) + 1);
    else if (weak === null) weak = moreFromName(line.text);
  }
  let best: string | null = null;
  for (const [name, n] of named) if (best === null || n > (named.get(best) ?? 0)) best = name;
  return { named: best, masthead: mastheadOf(page), holder, weak };
}

const SITE_NAVIGATION: RegExp[] = [
  /^skip to (?:more |other )?(.+?) (?:sites|websites|services)$/iu,
  /^follow @?(.+?) online$/iu,
  /^make (.+?) (?:my|your) (?:home ?page|start ?page)$/iu,
  /^advertise (?:on|with|in) (?!us$)(.+)$/iu,
  /^keep up to date with (.+)$/iu,
  /^get (.+?) delivered to your (?:inbox|e-?mail|mailbox)/iu,
  /^(?:sign up for|subscribe to) (.+?)['’]s? (?:daily |weekly )?newsletters?$/iu,
];
const FOLLOW = /^follow @?(.+)$/iu;
const NOT_A_SITE =
  /^(?:us|me|him|her|them|this|the author|facebook|twitter|x|instagram|youtube|linkedin|tiktok|whatsapp|telegram|rss|email|newsletter)$/iu;

/** The site named by a navigation line, or null. */
export function navigationSiteName(line: string, lower = line.toLowerCase()): string | null {
  if (!mayNameSite(lower)) return null;
  const text = line
    .replace(/^(?:[\s[\](){}•□◦▪·*-]|\d+\.\s)+|[\s[\](){}]+$/gu, "")
    .replace(/\s+/g, " ")
    .trim();
  for (const pattern of SITE_NAVIGATION) {
    const m = pattern.exec(text);
    if (m?.[1]) return siteName(m[1]);
  }
  const follow = FOLLOW.exec(text);
  if (follow?.[1] && !/\s(?:on|at|in)\s/iu.test(follow[1])) {
    const name = siteName(follow[1]);
    if (name && (!name.includes(" ") ? TWO_CAPITALS_OR_DIGIT.test(name) : isOrganisationName(name)))
      return name;
  }
  return null;
}

/**
 * Cheap test before SITE_NAVIGATION and FOLLOW on the lower-cased line: a word each pattern needs,
 * cut to letters no other character folds to (no "s" or "k") and with no white space in it.
 */
function mayNameSite(lower: string): boolean {
  return (
    lower.includes("follow") ||
    lower.includes("ite") ||
    lower.includes("ervice") ||
    lower.includes("page") ||
    lower.includes("adverti") ||
    lower.includes("date") ||
    lower.includes("delivered") ||
    lower.includes("letter")
  );
}

function moreFromName(line: string): string | null {
  const m = /^[\s•□◦▪·*-]*more from (.+?)(?:\.{2,}|…)?\s*$/iu.exec(line);
  if (!m?.[1]) return null;
  const name = siteName(m[1]);
  return name && (!name.includes(" ") || isOrganisationName(name)) ? name : null;
}

function siteName(raw: string): string | null {
  const name = raw.replace(/[.!:,]+$/u, "").trim();
  const tokens = name.split(" ");
  if (name.length < 2 || name.length > 40 || tokens.length > 4 || NOT_A_SITE.test(name)) return null;
  if (
    !tokens.every(
      (t, k) => /^[\p{Lu}\p{N}@]/u.test(t) || (k > 0 && /^(?:of|the|and|&|de|du|des|la|le)$/u.test(t)),
    )
  )
    return null;
  return name;
}

/** The earliest short line among the first lines that is printed again in the last quarter of the page (a masthead and its footer logo). */
function mastheadOf(page: Page): string | null {
  const { lines, features } = page;
  const tail = Math.floor(lines.length * 0.75);
  if (lines.length < 20) return null;
  for (let i = 0; i < Math.min(6, lines.length); i++) {
    const line = lines[i] as Line;
    const f = features[i] as LineFeatures;
    const text = line.text.trim();
    if (line.bullet || f.boilerplate || f.sentenceEnd || text.length > 40 || f.words > 5) continue;
    if (!/^[\p{Lu}\p{Lo}]/u.test(text) || /\d/.test(text) || NOT_A_SITE.test(text)) continue;
    for (let j = Math.max(tail, i + 1); j < lines.length; j++) {
      const other = lines[j] as Line;
      if (!other.bullet && other.text.trim() === text) return text;
    }
  }
  return null;
}

/** Byline names that are agencies, publications or the site itself: kept out of the people, offered as the publisher. */
function splitOrganisations(
  list: Contributor[],
  site: SiteNames,
): { people: Contributor[]; organisations: Contributor[] } {
  const publishers = [site.named, site.masthead, site.holder];
  const people: Contributor[] = [];
  const organisations: Contributor[] = [];
  for (const c of list) {
    if (c.role !== "editor" && isOrganisationName(c.name, publishers)) organisations.push(c);
    else people.push(c);
  }
  return { people, organisations };
}

const COPYRIGHT_MARK = /©|\(c\)|^copyright\b|\bcopyright\s*(?=©|\d{4})/iu;
const RESERVED = /^([\p{Lu}][^.|©]{1,40}?)\.?\s+all rights reserved/iu;
const HOLDER_END = /[,;|]|\.(?=\s|$)|\s[-–—]\s|\s+all rights|\s+issn\b|\s+\d{4}\b|\s+®/iu;

/** The owner named on a footer line: "© 2023 Name", "Copyright Name 2023", "Name. All rights reserved". */
export function copyrightHolder(line: string, lower = line.toLowerCase()): string | null {
  // Neither COPYRIGHT_MARK nor RESERVED can match without one of these (no other letters fold to theirs).
  if (
    !lower.includes("©") &&
    !lower.includes("(c)") &&
    !lower.includes("copyright") &&
    !lower.includes("all right")
  )
    return null;
  const mark = COPYRIGHT_MARK.exec(line);
  if (!mark) {
    const reserved = RESERVED.exec(line);
    return reserved?.[1] && !/\d/.test(reserved[1]) ? cleanHolder(reserved[1]) : null;
  }
  const rest = line
    .slice(mark.index + mark[0].length)
    .replace(/^(?:\s|©|\(c\)|copyright\b|\d{4}(?:\s*[-–]\s*(?:\d{4})?)?|[.,:])+/iu, "");
  const end = HOLDER_END.exec(rest);
  const holder = cleanHolder(end ? rest.slice(0, end.index) : rest);
  if (holder) return holder;
  const before = line.slice(0, mark.index).trim();
  return /^[\p{Lu}][\p{L}&.' -]{1,40}$/u.test(before) ? cleanHolder(before) : null;
}

function cleanHolder(raw: string): string | null {
  const name = raw
    .replace(/\s+/g, " ")
    .replace(/^[\s\-–—:·•]+/u, "")
    .trim();
  if (name.length < 2 || name.length > 50 || name.split(" ").length > 6 || !HAS_LETTER.test(name))
    return null;
  if (
    /^(?:all rights|the authors?|copyright|privacy|terms|contact|designed|powered|(?:and|or|of|by|for|to|in|is|&)\b)/iu.test(
      name,
    )
  )
    return null;
  return name;
}

function lineNumberAt(text: string, offset: number): number {
  let n = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}
