import { Readability } from "@mozilla/readability";
import {
  type Contributor,
  type Image,
  type Paragraph,
  type Section,
  type StepResult,
  stepError,
  type TextSpan,
} from "@newsgraph/schema";
import { parseHTML } from "linkedom";
import { creditOf, hasCredit, splitCaptionCredit } from "../credits.ts";
import type { ArticleDraft } from "../parse-article.ts";
import { bylineNames, isBoilerplateBlock, isBylineBlock, isDateLineBlock } from "./boilerplate.ts";
import {
  type ContentBlock,
  collapseWhitespace,
  contentBlocks,
  type HeadingBlock,
  type ImageBlock,
  type TextBlock,
} from "./content-blocks.ts";
import { type PageMetadata, readPageMetadata } from "./metadata.ts";
import { TextRendering } from "./render.ts";

export interface HtmlParseOptions {
  source: string;
  url: string | null;
  retrievedAt: string | null;
}

const MIN_ARTICLE_CHARS = 200;
const TITLE_SEPARATORS = [" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " / "];

/** An HTML page → the article it carries (main content, metadata, images), or a StepError saying why not. */
export function parseHtmlPage(html: string, options: HtmlParseOptions): StepResult<ArticleDraft> {
  const { source } = options;
  const document = parseDocument(html);
  const metadata = readPageMetadata(document, options.retrievedAt);
  const pageText = collapseWhitespace(document.body?.textContent ?? "");
  const loginForm = document.querySelector('input[type="password"]') !== null;
  const h1 = collapseWhitespace(document.querySelector("h1")?.textContent ?? "");

  const readable = new Readability<Element>(document, {
    keepClasses: true,
    serializer: (el) => el as Element,
  }).parse();
  const root = readable?.content;
  if (!root || typeof root === "string") {
    return notAnArticle(source, pageText, loginForm, "no main content block was found");
  }
  const blocks = contentBlocks(root);
  const title = chooseTitle(metadata, readable.title ?? null, h1);
  const body = bodyBlocks(blocks, title, metadata.description);
  const bodyChars = body.ownChars;
  if (bodyChars < MIN_ARTICLE_CHARS) {
    return notAnArticle(source, pageText, loginForm, `only ${bodyChars} characters of article text were found`);
  }
  if (loginForm && bodyChars < 1000 && !metadata.declaresArticle) {
    return stepError("parse", source, "not_an_article", "the page is a login form, not an article");
  }
  if (!title) return stepError("parse", source, "no_title", "the page has no title (no headline, og:title, <title> or <h1>)");
  return { ok: true, value: renderDraft(metadata, title, body, options.url) };
}

function parseDocument(html: string): Document {
  const wrapped = /<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  const { document } = parseHTML(wrapped) as unknown as { document: Document };
  const root = document.documentElement;
  const body = document.body;
  if (root && body) {
    for (const child of Array.from(root.childNodes)) {
      if (child !== body && child !== document.head) body.appendChild(child);
    }
  }
  return document;
}

function notAnArticle(source: string, pageText: string, loginForm: boolean, reason: string): StepResult<never> {
  if (loginForm) return stepError("parse", source, "not_an_article", `the page is a login form, not an article (${reason})`);
  if (pageText.length < MIN_ARTICLE_CHARS) {
    return stepError("parse", source, "not_an_article", `the page is nearly empty (${pageText.length} characters of text)`);
  }
  return stepError("parse", source, "not_an_article", `no article body: ${reason} (a listing or navigation page?)`);
}

function chooseTitle(metadata: PageMetadata, readableTitle: string | null, h1: string): string | null {
  const candidates = [metadata.title, readableTitle].filter((t): t is string => !!t);
  const key = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
  if (h1 && h1.length < 300 && candidates.some((c) => key(c).includes(key(h1)) && key(h1).length >= key(c).length * 0.5)) {
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
    if (at > 0 && title.slice(at + sep.length).toLowerCase().trim() === site) return title.slice(0, at).trim();
    const lead = title.indexOf(sep);
    if (lead > 0 && title.slice(0, lead).toLowerCase().trim() === site) return title.slice(lead + sep.length).trim();
  }
  return title;
}

interface BodyBlocks {
  order: (TextBlock | HeadingBlock | ImageBlock)[];
  /** Characters of body text outside links. */
  ownChars: number;
  bylines: string[];
  standfirst: string | null;
}

function bodyBlocks(blocks: ContentBlock[], title: string | null, description: string | null): BodyBlocks {
  const titleKey = title ? normaliseKey(title) : null;
  const descriptionKey = description ? normaliseKey(description.replace(/(?:\.\.\.|…)$/, "")) : null;
  const order: BodyBlocks["order"] = [];
  const bylines: string[] = [];
  let standfirst: string | null = null;
  let seenParagraph = false;
  for (const block of blocks) {
    if (block.kind === "image") {
      order.push(block);
      continue;
    }
    const key = normaliseKey(block.text);
    if (titleKey && key === titleKey) continue;
    if (!seenParagraph && standfirst === null && isStandfirst(block, key, descriptionKey)) {
      standfirst = block.text;
      continue;
    }
    if (block.kind === "heading") {
      if (block.linkChars >= block.text.replace(/\s+/g, "").length * 0.9) continue;
      order.push(block);
      continue;
    }
    if (isBoilerplateBlock(block)) continue;
    if (!seenParagraph && isBylineBlock(block)) {
      bylines.push(...bylineNames(block.text));
      continue;
    }
    if (!seenParagraph && isDateLineBlock(block)) continue;
    if (hasCredit(block.text) && block.text.length < 300 && !/[.!?]["”’]?$/.test(block.text)) {
      order.push({ kind: "image", src: null, alt: null, caption: block.text, credit: null });
      continue;
    }
    seenParagraph = true;
    order.push(block);
  }
  while (order.length > 0 && order[order.length - 1]?.kind === "heading") order.pop();
  let ownChars = 0;
  for (const b of order) if (b.kind !== "image" && b.kind !== "heading") ownChars += b.text.length - b.linkChars;
  return { order, ownChars, bylines, standfirst };
}

/** The standfirst repeated at the top of the content: a heading or a lead element saying what the description says. */
function isStandfirst(block: TextBlock | HeadingBlock, key: string, descriptionKey: string | null): boolean {
  if (!descriptionKey || descriptionKey.length < 20) return false;
  const same = key === descriptionKey || (key.startsWith(descriptionKey) && descriptionKey.length >= key.length * 0.8);
  return same && (block.kind === "heading" || block.standfirst);
}

function normaliseKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

function renderDraft(metadata: PageMetadata, title: string, body: BodyBlocks, url: string | null): ArticleDraft {
  const out = new TextRendering();
  const titleSpan = out.add(title);
  const firstParagraph = body.order.find((b): b is TextBlock => b.kind === "paragraph")?.text ?? "";
  const description = body.standfirst ?? metadata.description;
  const teaserSpan =
    description && !isRepeatOf(description, firstParagraph) && normaliseKey(description) !== normaliseKey(title)
      ? out.add(description)
      : null;
  const names = metadata.authors.length > 0 ? metadata.authors : body.bylines;
  const contributors: Contributor[] =
    names.length > 0
      ? out.addLine(names, ", ", "By ").map((span) => ({ ...span, name: span.text, role: "author", place: null }))
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

  return {
    text: out.toString(),
    title: titleSpan,
    teaser: teaserSpan,
    publishedAt: metadata.publishedAt,
    updatedAt: metadata.updatedAt,
    publisher: metadata.publisher,
    language: metadata.language,
    dateline: null,
    sections,
    images,
    contributors,
    editor: null,
    corrections: [],
    url: url ?? metadata.canonicalUrl,
  };
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
