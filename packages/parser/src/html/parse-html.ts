import { Readability } from "@mozilla/readability";
import {
  type Contributor,
  type Correction,
  type Image,
  type Paragraph,
  type Section,
  type StepResult,
  stepError,
  type TextSpan,
} from "@newsgraph/schema";
import { parseHTML } from "linkedom";
import { mapPacked } from "../arrays.ts";
import { creditOf, hasCredit, isCreditLine, splitCaptionCredit } from "../credits.ts";
import { parsePublicationDate } from "../dates.ts";
import type { ArticleDraft } from "../parse-article.ts";
import { detectLanguage } from "../text/language.ts";
import { datelineOf } from "../text/people.ts";
import {
  bylineNames,
  contributedNames,
  dateAndByline,
  isAuthorBio,
  isBoilerplateBlock,
  isBylineBlock,
  isContributorLine,
  isCorrectionNote,
  isDateLineBlock,
  isRelatedHeading,
  isUpdateLine,
} from "./boilerplate.ts";
import {
  type ContentBlock,
  collapseWhitespace,
  contentBlocks,
  type HeadingBlock,
  type ImageBlock,
  type TextBlock,
} from "./content-blocks.ts";
import { type PageMetadata, personNames, readPageMetadata } from "./metadata.ts";
import { limitNesting } from "./nesting.ts";
import { subSpan, TextRendering } from "./render.ts";

export interface HtmlParseOptions {
  source: string;
  url: string | null;
  retrievedAt: string | null;
}

const MIN_ARTICLE_CHARS = 200;
const MAX_NESTING = 250;
const MAX_NESTING_FOR_READABILITY = 120;
const TITLE_SEPARATORS = [" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " / "];

/** An HTML page → the article it carries (main content, metadata, images), or a StepError saying why not. */
export function parseHtmlPage(html: string, options: HtmlParseOptions): StepResult<ArticleDraft> {
  const { source } = options;
  const document = parseDocument(html);
  const metadata = readPageMetadata(document, options.retrievedAt);
  const pageText = collapseWhitespace(document.body?.textContent ?? "");
  const loginForm = document.querySelector('input[type="password"]') !== null;
  const h1 = collapseWhitespace(document.querySelector("h1")?.textContent ?? "");

  const main = mainContent(document);
  const title = chooseTitle(metadata, main?.title ?? null, h1);
  const page: PageNames = {
    title,
    description: metadata.description,
    authors: metadata.authors,
    names: [
      ...metadata.statedAuthors,
      ...[metadata.publisher, metadata.siteName].filter((n): n is string => !!n),
    ],
  };
  const extracted = main ? bodyBlocks(contentBlocks(main.root), page) : null;
  const declared = metadata.articleBody ? bodyBlocks(articleBodyBlocks(metadata.articleBody), page) : null;
  const body = declared && declared.ownChars > 2 * (extracted?.ownChars ?? 0) ? declared : extracted;
  if (!body) return notAnArticle(source, pageText, loginForm, "no main content block was found");
  const bodyChars = body.ownChars;
  if (bodyChars < MIN_ARTICLE_CHARS) {
    return notAnArticle(
      source,
      pageText,
      loginForm,
      `only ${bodyChars} characters of article text were found`,
    );
  }
  if (loginForm && bodyChars < 1000 && !metadata.declaresArticle) {
    return stepError("parse", source, "not_an_article", "the page is a login form, not an article");
  }
  if (!title)
    return stepError(
      "parse",
      source,
      "no_title",
      "the page has no title (no headline, og:title, <title> or <h1>)",
    );
  if (main?.byline && body.bylines.length === 0)
    body.bylines.push(...bylineNames(`By ${collapseWhitespace(main.byline)}`));
  const dated = withDateLines(metadata, body.dateLines, options.retrievedAt);
  return { ok: true, value: renderDraft(dated, title, body, options.url) };
}

/**
 * The element holding the article, found by Readability. Readability's cost grows much faster than
 * the nesting depth, so a page nested deeper than any real layout is read whole instead.
 */
function mainContent(
  document: Document,
): { root: Element; title: string | null; byline: string | null } | null {
  const body = document.body;
  if (!body) return null;
  if (nestingDepth(body) > MAX_NESTING_FOR_READABILITY) {
    return { root: body, title: collapseWhitespace(document.title ?? "") || null, byline: null };
  }
  const readable = new Readability<Element>(document, {
    keepClasses: true,
    serializer: (el) => el as Element,
  }).parse();
  const root = readable?.content;
  if (!root || typeof root === "string") return null;
  return { root, title: readable.title ?? null, byline: readable.byline ?? null };
}

function nestingDepth(root: Element): number {
  let max = 0;
  const stack: [Element, number][] = [[root, 0]];
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [el, depth] = top;
    if (depth > max) max = depth;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling)
      stack.push([child, depth + 1]);
  }
  return max;
}

/** JSON-LD articleBody as paragraphs, used when the page's own markup holds much less of the article. */
function articleBodyBlocks(articleBody: string): ContentBlock[] {
  return mapPacked(
    mapPacked(
      articleBody
        .replace(/<\/(?:p|div|h\d|li|blockquote)>|<br\s*\/?>/gi, "\n")
        .replace(/<[^>]*>/g, "")
        .split(/\n\s*\n|\r?\n/),
      (p) => collapseWhitespace(p),
    ).filter((p) => p.length > 0),
    (text) => ({ kind: "paragraph", text, linkChars: 0, standfirst: false }),
  );
}

function parseDocument(html: string): Document {
  const wrapped = /<html[\s>]/i.test(html)
    ? html
    : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  const { document } = parseHTML(limitNesting(wrapped, MAX_NESTING)) as unknown as { document: Document };
  const root = document.documentElement;
  const body = document.body;
  if (root && body) {
    for (const child of Array.from(root.childNodes)) {
      if (child !== body && child !== document.head) body.appendChild(child);
    }
  }
  return document;
}

function notAnArticle(
  source: string,
  pageText: string,
  loginForm: boolean,
  reason: string,
): StepResult<never> {
  if (loginForm)
    return stepError(
      "parse",
      source,
      "not_an_article",
      `the page is a login form, not an article (${reason})`,
    );
  if (pageText.length < MIN_ARTICLE_CHARS) {
    return stepError(
      "parse",
      source,
      "not_an_article",
      `the page is nearly empty (${pageText.length} characters of text)`,
    );
  }
  return stepError(
    "parse",
    source,
    "not_an_article",
    `no article body: ${reason} (a listing or navigation page?)`,
  );
}

function chooseTitle(metadata: PageMetadata, readableTitle: string | null, h1: string): string | null {
  const candidates = [metadata.title, readableTitle].filter((t): t is string => !!t);
  const key = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
  if (
    h1 &&
    h1.length < 300 &&
    candidates.some((c) => key(c).includes(key(h1)) && key(h1).length >= key(c).length * 0.5)
  ) {
    return h1;
  }
  const first = candidates[0];
  if (first) return stripSiteName(first, metadata.siteName);
  return h1 || null;
}

function stripSiteName(title: string, siteName: string | null): string {
  if (!siteName) return title;
  const site = siteName.toLowerCase();
  for (const sep of TITLE_SEPARATORS) {
    const at = title.lastIndexOf(sep);
    if (
      at > 0 &&
      title
        .slice(at + sep.length)
        .toLowerCase()
        .trim() === site
    )
      return title.slice(0, at).trim();
    const lead = title.indexOf(sep);
    if (lead > 0 && title.slice(0, lead).toLowerCase().trim() === site)
      return title.slice(lead + sep.length).trim();
  }
  return title;
}

interface BodyBlocks {
  order: (TextBlock | HeadingBlock | ImageBlock)[];
  /** Characters of body text outside links. */
  ownChars: number;
  bylines: string[];
  /** Lines crediting the reporting ("Jane Roe contributed reporting.") taken out of the body. */
  creditLines: string[];
  /** Lines giving only a publication or update date, taken out of the body. */
  dateLines: string[];
  /** "Correction (July 5, 2023): An earlier version of this article …" */
  correctionLines: string[];
  standfirst: string | null;
}

interface PageNames {
  title: string | null;
  description: string | null;
  /** Author and publisher names as the page states them; a block saying only one of these is a byline. */
  names: string[];
  authors: string[];
}

function bodyBlocks(blocks: ContentBlock[], page: PageNames): BodyBlocks {
  const titleKey = page.title ? normaliseKey(page.title) : null;
  const descriptionKey = page.description
    ? normaliseKey(page.description.replace(/(?:\.\.\.|…)$/, ""))
    : null;
  const nameKeys = new Set(mapPacked(page.names, normaliseKey).filter((k) => k.length > 0));
  const order: BodyBlocks["order"] = [];
  const bylines: string[] = [];
  const creditLines: string[] = [];
  const dateLines: string[] = [];
  const correctionLines: string[] = [];
  let standfirst: string | null = null;
  let seenParagraph = false;
  let skippingRelated = false;
  let skippingItems = false;
  for (const block of blocks) {
    if (block.kind === "image") {
      if (!skippingRelated) order.push(block);
      continue;
    }
    if (block.kind === "heading") skippingRelated = isRelatedHeading(block.text);
    else if (block.kind === "paragraph" && isRelatedHeading(block.text)) {
      skippingItems = true;
      continue;
    }
    if (skippingItems && block.kind !== "item") skippingItems = false;
    if (skippingRelated || skippingItems) continue;
    const key = normaliseKey(block.text);
    if ((titleKey && key === titleKey) || nameKeys.has(key) || /^(?:by|von|por|par|di)$/i.test(block.text))
      continue;
    if (!seenParagraph && standfirst === null && isStandfirst(block, key, descriptionKey)) {
      standfirst = block.text;
      continue;
    }
    if (block.kind === "heading") {
      if (block.linkChars >= block.text.replace(/\s+/g, "").length * 0.9) continue;
      order.push(block);
      continue;
    }
    const last = order[order.length - 1];
    if (
      last?.kind === "image" &&
      last.credit === null &&
      block.text.length < 160 &&
      isCreditLine(block.text)
    ) {
      last.credit = block.text;
      continue;
    }
    if (isBoilerplateBlock(block)) continue;
    // "Published 12 August 2022 · By Kari Holm and Omar Ali": a date line and a byline on one line.
    const both = !seenParagraph ? dateAndByline(block) : null;
    if (both) {
      dateLines.push(both.date);
      bylines.push(...bylineNames(both.byline));
      continue;
    }
    if (isDateLineBlock(block) && (!seenParagraph || isUpdateLine(block.text))) {
      dateLines.push(block.text);
      continue;
    }
    if (isCorrectionNote(block.text)) {
      correctionLines.push(block.text);
      continue;
    }
    if (isContributorLine(block)) {
      creditLines.push(block.text);
      continue;
    }
    if (isBylineBlock(block)) {
      bylines.push(...bylineNames(block.text));
      continue;
    }
    const previous = order[order.length - 1];
    if (isCaptionText(block, previous)) {
      if (previous?.kind === "image" && previous.caption === null) previous.caption = block.text;
      else order.push({ kind: "image", src: null, alt: null, caption: block.text, credit: null });
      continue;
    }
    seenParagraph = true;
    order.push(block);
  }
  const authors = [...page.authors, ...bylines];
  for (let i = order.length - 1, seen = 0; i >= 0 && seen < 3; i--) {
    const block = order[i];
    if (!block || block.kind === "image") continue;
    seen++;
    if (block.kind !== "heading" && isAuthorBio(block.text, authors)) order.splice(i, 1);
  }
  while (order.length > 0 && order[order.length - 1]?.kind === "heading") order.pop();
  let ownChars = 0;
  for (const b of order)
    if (b.kind !== "image" && b.kind !== "heading") ownChars += b.text.length - b.linkChars;
  return { order, ownChars, bylines, creditLines, dateLines, correctionLines, standfirst };
}

/** A caption written as a text block: one carrying a credit, or a short unpunctuated line right after a picture. */
function isCaptionText(block: TextBlock, previous: BodyBlocks["order"][number] | undefined): boolean {
  const text = block.text;
  if (text.length < 300 && hasCredit(text) && !/[.!?]["”’]?$/.test(text)) return true;
  if (previous?.kind !== "image" || previous.caption !== null || block.kind !== "paragraph") return false;
  if (previous.alt && normaliseKey(previous.alt) === normaliseKey(text)) return true;
  return text.length < 150 && !/[.!?:;"”’)]$/.test(text);
}

/** The standfirst repeated at the top of the content: a heading or a lead element saying what the description says. */
function isStandfirst(block: TextBlock | HeadingBlock, key: string, descriptionKey: string | null): boolean {
  if (!descriptionKey || descriptionKey.length < 20) return false;
  const same =
    key === descriptionKey || (key.startsWith(descriptionKey) && descriptionKey.length >= key.length * 0.8);
  return same && (block.kind === "heading" || block.standfirst);
}

/** Fills a missing publication or update date from the page's own date lines. */
function withDateLines(
  metadata: PageMetadata,
  dateLines: string[],
  retrievedAt: string | null,
): PageMetadata {
  let { publishedAt, updatedAt } = metadata;
  for (const line of dateLines) {
    const iso = parsePublicationDate(line, retrievedAt);
    if (!iso) continue;
    if (/^\W*(?:updated|last updated|aktualisiert|atualizado|actualizado|mis à jour)/iu.test(line))
      updatedAt ??= iso;
    else publishedAt ??= iso;
  }
  return { ...metadata, publishedAt, updatedAt };
}

function normaliseKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

function renderDraft(
  metadata: PageMetadata,
  title: string,
  body: BodyBlocks,
  url: string | null,
): ArticleDraft {
  const out = new TextRendering();
  const titleSpan = out.add(title);
  const firstParagraph = body.order.find((b): b is TextBlock => b.kind === "paragraph")?.text ?? "";
  const description = body.standfirst ?? metadata.description;
  const teaserSpan =
    description &&
    !isRepeatOf(description, firstParagraph) &&
    normaliseKey(description) !== normaliseKey(title)
      ? out.add(description)
      : null;
  const names =
    metadata.authors.length > 0
      ? metadata.authors
      : personNames(body.bylines, [metadata.publisher, metadata.siteName]);
  const contributors: Contributor[] =
    names.length > 0
      ? mapPacked(out.addLine(names, ", ", "By "), (span) => ({
          ...span,
          name: span.text,
          role: "author",
          place: null,
        }))
      : [];

  const sections: Section[] = [];
  let current: Section = { heading: null, paragraphs: [] };
  const images: Image[] = [];
  for (const block of body.order) {
    if (block.kind === "heading") {
      if (current.heading || current.paragraphs.length > 0) sections.push(current);
      current = { heading: out.add(block.text), paragraphs: [] };
    } else if (block.kind === "image") {
      images.push(renderImage(out, block));
    } else {
      const paragraph: Paragraph = { ...out.add(block.text), kind: block.kind };
      current.paragraphs.push(paragraph);
    }
  }
  if (current.heading || current.paragraphs.length > 0) sections.push(current);
  const corrections: Correction[] = mapPacked(body.correctionLines, (line) => ({
    ...out.add(line),
    date: parsePublicationDate(line, null),
  }));
  let editor: string | null = null;
  for (const line of body.creditLines) {
    const span = out.add(line);
    const editedBy = editorName(line);
    const editorSpan = editedBy ? subSpan(span, editedBy) : null;
    if (editedBy && editorSpan && editor === null) {
      editor = editedBy;
      contributors.push({ ...editorSpan, name: editedBy, role: "editor", place: null });
    }
    for (const name of personNames(contributedNames(line), [metadata.publisher, metadata.siteName])) {
      const at = subSpan(span, name);
      if (at && !contributors.some((c) => c.name === name)) {
        contributors.push({ ...at, name, role: "contributor", place: null });
      }
    }
  }

  const dateline = openingParagraph(sections);
  return {
    text: out.toString(),
    title: titleSpan,
    teaser: teaserSpan,
    publishedAt: metadata.publishedAt,
    updatedAt: metadata.updatedAt,
    publisher: metadata.publisher,
    language: chooseLanguage(metadata.language, body),
    dateline: dateline ? datelineOf(dateline) : null,
    sections,
    images,
    contributors,
    editor,
    corrections,
    url: url ?? metadata.canonicalUrl,
  };
}

function openingParagraph(sections: Section[]): Paragraph | undefined {
  return sections.find((s) => s.paragraphs.length > 0)?.paragraphs[0];
}

function editorName(line: string): string | null {
  const m = /\b(?:edited|editing) by:?\s+([^;,.)]+)/iu.exec(line);
  return m?.[1]?.trim() || null;
}

function isRepeatOf(description: string, paragraph: string): boolean {
  const d = normaliseKey(description.replace(/(?:\.\.\.|…)$/, ""));
  const p = normaliseKey(paragraph);
  return d.length > 0 && p.startsWith(d);
}

function renderImage(out: TextRendering, block: ImageBlock): Image {
  let alt: TextSpan | null = null;
  let caption: TextSpan | null = null;
  let credit: Image["credit"] = null;
  if (block.caption) {
    const line = block.credit ? `${block.caption} ${block.credit}` : block.caption;
    const span = out.add(line);
    if (block.credit) {
      caption = { text: block.caption, start: span.start, end: span.start + block.caption.length };
      credit = labelledCredit({ text: block.credit, start: span.end - block.credit.length, end: span.end });
    } else {
      const split = splitCaptionCredit(line, span.start);
      caption = split.caption;
      credit = split.credit;
    }
  } else if (block.credit) {
    credit = labelledCredit(out.add(block.credit));
  }
  if (block.alt) {
    alt = caption && block.alt === caption.text ? caption : out.add(block.alt);
  }
  return { src: block.src, alt, caption, credit };
}

/** A credit span without its label: "Photo: Jane Miller/AP" → credit "Jane Miller/AP". */
function labelledCredit(span: TextSpan): Image["credit"] {
  const split = splitCaptionCredit(span.text, span.start);
  return split.credit && !split.caption ? split.credit : creditOf(span);
}

/** The language the body is written in when the text tells it, else the declared one. */
function chooseLanguage(declared: string | null, body: BodyBlocks): string | null {
  const sample = mapPacked(
    body.order.filter((b): b is TextBlock => b.kind === "paragraph").slice(0, 40),
    (b) => b.text,
  ).join("\n");
  const detected = detectLanguage(sample);
  return detected ?? declared;
}
