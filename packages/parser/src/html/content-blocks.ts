import { mapPacked } from "../arrays.ts";
/** A unit of the article's content in reading order, before offsets are assigned. */
export type ContentBlock = TextBlock | HeadingBlock | ImageBlock;
export interface TextBlock {
  kind: "paragraph" | "quote" | "item";
  text: string;
  linkChars: number;
  /** Inside a header or an element named like a standfirst ("lead", "summary", "dek" …). */
  standfirst: boolean;
}
export interface HeadingBlock {
  kind: "heading";
  text: string;
  level: number;
  linkChars: number;
  standfirst: boolean;
}
export interface ImageBlock {
  kind: "image";
  src: string | null;
  alt: string | null;
  caption: string | null;
  credit: string | null;
}

const SKIPPED = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "button",
  "iframe",
  "input",
  "select",
  "textarea",
  "object",
  "embed",
  "video",
  "audio",
  "canvas",
  "form",
  "nav",
  "head",
  "title",
  "meta",
  "link",
]);
const BLOCKS = new Set([
  "p",
  "div",
  "section",
  "article",
  "main",
  "header",
  "footer",
  "aside",
  "ul",
  "ol",
  "li",
  "dl",
  "dt",
  "dd",
  "blockquote",
  "pre",
  "table",
  "thead",
  "tbody",
  "tfoot",
  "tr",
  "caption",
  "figure",
  "figcaption",
  "hr",
  "address",
  "center",
  "details",
  "summary",
  "fieldset",
  "body",
  "html",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
]);
const CELLS = new Set(["td", "th"]);
const BLOCK_SELECTOR = "p, div, ul, ol, table, blockquote, section, article, h1, h2, h3, h4, h5, h6";

const BOILERPLATE_NAME =
  /(?:^|[-_\s])(?:share|sharing|sharebar|social|socials|related|relatedlinks|newsletter|subscribe|subscription|promo|advert|advertisement|ad|ads|adslot|sponsor|sponsored|outbrain|taboola|recommended|recommendations|readmore|read-more|more-stories|breadcrumbs?|tags|tag-list|comments?|disqus|signup|sign-up|toolbar|print|popular|trending|byline|author-bio|bio|rating|login|paywall|cookie|modal|popup|hidden|sr-only|visually-hidden|screen-reader-text|skip|jump-link)(?:[-_\s]|$)/i;
const STANDFIRST_NAME =
  /(?:^|[-_\s])(?:lead|lede|standfirst|summary|dek|deck|intro|teaser|subtitle|sub-title|subheadline|sub-headline|excerpt|description|strapline|kicker)(?:[-_\s]|$)/i;
const CAPTION_NAME = /caption/i;
const CREDIT_NAME = /credit|copyright|photographer|(?:^|[-_\s])(?:source|image-source)(?:[-_\s]|$)/i;
const MAX_DEPTH = 300;

interface Inline {
  text: string;
  inLink: boolean;
}

interface Context {
  inLink: boolean;
  standfirst: boolean;
  kind: TextBlock["kind"];
  depth: number;
}

/** The article element's content as blocks: headings, paragraphs, list items, quotes, images. */
export function contentBlocks(root: Element): ContentBlock[] {
  const blocks: ContentBlock[] = [];
  let inline: Inline[] = [];
  let inlineContext: Context | null = null;
  const rootTextLength = (root.textContent ?? "").length;
  const picturesInside = elementsHoldingPictures(root);

  const flush = (): void => {
    const text = normaliseInline(mapPacked(inline, (s) => s.text).join(""));
    if (text && inlineContext) {
      let linkChars = 0;
      for (const s of inline) if (s.inLink) linkChars += s.text.replace(/\s+/g, "").length;
      blocks.push({ kind: inlineContext.kind, text, linkChars, standfirst: inlineContext.standfirst });
    }
    inline = [];
    inlineContext = null;
  };
  const pushInline = (text: string, ctx: Context): void => {
    if (!inlineContext) inlineContext = ctx;
    inline.push({ text, inLink: ctx.inLink });
  };
  const addCaption = (caption: string, credit: string | null): void => {
    const previous = blocks[blocks.length - 1];
    if (previous?.kind === "image" && previous.caption === null && previous.credit === null) {
      previous.caption = caption;
      previous.credit = credit;
    } else blocks.push({ kind: "image", src: null, alt: null, caption, credit });
  };

  const visit = (node: Node, ctx: Context): void => {
    if (node.nodeType === 3) {
      pushInline((node.nodeValue ?? "").replace(/\s+/g, " "), ctx);
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const name = el.localName.toLowerCase();
    if (SKIPPED.has(name) || isHidden(el)) return;
    if (el !== root && name !== "img" && isBoilerplateContainer(el, rootTextLength)) return;
    if (ctx.depth > MAX_DEPTH) {
      pushInline(` ${el.textContent ?? ""} `, ctx);
      return;
    }
    if (name === "br") {
      pushInline("\n", ctx);
      return;
    }
    if (name === "img" || name === "picture") {
      const img = name === "img" ? el : el.querySelector("img");
      const image = img ? imageOf(img, null) : null;
      if (image) blocks.push(image);
      return;
    }
    if (name === "figure") {
      flush();
      visitFigure(el, ctx);
      return;
    }
    const inner: Context = {
      ...ctx,
      depth: ctx.depth + 1,
      standfirst: ctx.standfirst || name === "header" || name === "hgroup" || isStandfirstElement(el),
    };
    if (/^h[1-6]$/.test(name) && !el.querySelector(BLOCK_SELECTOR)) {
      flush();
      const text = collapseWhitespace(el.textContent ?? "");
      if (text) {
        blocks.push({
          kind: "heading",
          text,
          level: Number(name[1]),
          linkChars: linkCharsOf(el, ctx.inLink),
          standfirst: inner.standfirst,
        });
      }
      return;
    }
    if (el !== root && (name === "figcaption" || isCaptionElement(el))) {
      flush();
      const { caption, credit } = captionAndCredit(el);
      if (caption) addCaption(caption, credit);
      else if (credit) addCaption(credit, null);
      return;
    }
    if (CELLS.has(name)) {
      pushInline(" ", ctx);
      visitChildren(el, inner);
      pushInline(" ", ctx);
      return;
    }
    if (!BLOCKS.has(name)) {
      visitChildren(el, { ...inner, inLink: ctx.inLink || name === "a" });
      return;
    }
    flush();
    if (el !== root && picturesInside.has(el) && isImageWithCaption(el)) {
      visitImageWithCaption(el);
      return;
    }
    if (name === "li" || name === "dd" || name === "dt") inner.kind = ctx.kind === "quote" ? "quote" : "item";
    if (name === "blockquote") inner.kind = "quote";
    visitChildren(el, inner);
    flush();
  };

  const visitChildren = (el: Element, ctx: Context): void => {
    for (let child = el.firstChild; child; child = child.nextSibling) visit(child, ctx);
  };

  const visitFigure = (figure: Element, ctx: Context): void => {
    const imgs = Array.from(figure.querySelectorAll("img"));
    const figcaption = figure.querySelector("figcaption");
    if (imgs.length === 0) {
      const caption = figcaption ? captionAndCredit(figcaption) : null;
      figcaption?.remove();
      visitChildren(figure, { ...ctx, depth: ctx.depth + 1 });
      flush();
      if (caption?.caption) blocks.push({ kind: "image", src: null, alt: null, ...caption });
      return;
    }
    const caption = figcaption ? captionAndCredit(figcaption) : null;
    imgs.forEach((img, i) => {
      const image = imageOf(img, i === imgs.length - 1 ? caption : null);
      if (image) blocks.push(image);
    });
  };

  const visitImageWithCaption = (el: Element): void => {
    const imgs = Array.from(el.querySelectorAll("img")).filter((img) => !isTinyImage(img));
    const text = collapseWhitespace(el.textContent ?? "");
    const { caption, credit } = splitOwnCredit(el, text);
    imgs.forEach((img, i) => {
      const image = imageOf(img, i === imgs.length - 1 ? { caption, credit } : null);
      if (image) blocks.push(image);
    });
  };

  visit(root, { inLink: false, standfirst: false, kind: "paragraph", depth: 0 });
  flush();
  return blocks;
}

function elementsHoldingPictures(root: Element): Set<Element> {
  const holders = new Set<Element>();
  for (const img of Array.from(root.querySelectorAll("img"))) {
    if (isTinyImage(img)) continue;
    for (let el = img.parentElement; el && el !== root && !holders.has(el); el = el.parentElement)
      holders.add(el);
  }
  return holders;
}

/** A block holding a picture and a short line of text: the line is the picture's caption. */
function isImageWithCaption(el: Element): boolean {
  const imgs = Array.from(el.querySelectorAll("img")).filter((img) => !isTinyImage(img));
  if (imgs.length === 0) return false;
  const text = collapseWhitespace(el.textContent ?? "");
  if (text.length === 0 || text.length > 300) return false;
  if (el.querySelector("p p, li, h1, h2, h3, h4, h5, h6, blockquote")) return false;
  return el.querySelectorAll("p").length <= 1;
}

function isStandfirstElement(el: Element): boolean {
  return STANDFIRST_NAME.test(nameOf(el)) && (el.textContent ?? "").length < 800;
}

function isCaptionElement(el: Element): boolean {
  if (!CAPTION_NAME.test(nameOf(el))) return false;
  const length = collapseWhitespace(el.textContent ?? "").length;
  return length > 0 && length < 500;
}

function linkCharsOf(el: Element, inLink: boolean): number {
  if (inLink) return (el.textContent ?? "").replace(/\s+/g, "").length;
  let n = 0;
  for (const a of Array.from(el.querySelectorAll("a"))) n += (a.textContent ?? "").replace(/\s+/g, "").length;
  return n;
}

function imageOf(
  img: Element,
  caption: { caption: string | null; credit: string | null } | null,
): ImageBlock | null {
  const src = img.getAttribute("src") ?? img.getAttribute("data-src") ?? null;
  const alt = collapseWhitespace(img.getAttribute("alt") ?? "") || null;
  if (!alt && !caption?.caption && !caption?.credit) {
    if (!src || /^data:/.test(src) || isTinyImage(img)) return null;
  }
  return { kind: "image", src, alt, caption: caption?.caption ?? null, credit: caption?.credit ?? null };
}

function isTinyImage(img: Element): boolean {
  const w = Number(img.getAttribute("width"));
  const h = Number(img.getAttribute("height"));
  return (w > 0 && w < 50) || (h > 0 && h < 50);
}

function captionAndCredit(el: Element): { caption: string | null; credit: string | null } {
  return splitOwnCredit(el, collapseWhitespace(el.textContent ?? ""));
}

/** Separates a credit element ("<span class=credit>") from the rest of a caption's text. */
function splitOwnCredit(el: Element, text: string): { caption: string | null; credit: string | null } {
  const creditEl = CREDIT_NAME.test(nameOf(el))
    ? null
    : Array.from(el.querySelectorAll("*")).find((child) => CREDIT_NAME.test(nameOf(child)));
  const creditText = creditEl ? collapseWhitespace(creditEl.textContent ?? "") : "";
  if (creditText && text.endsWith(creditText)) {
    return { caption: text.slice(0, text.length - creditText.length).trim() || null, credit: creditText };
  }
  if (creditText && text.startsWith(creditText)) {
    return { caption: text.slice(creditText.length).trim() || null, credit: creditText };
  }
  return { caption: text || null, credit: null };
}

function nameOf(el: Element): string {
  return `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""} ${el.getAttribute("itemprop") ?? ""}`;
}

function isHidden(el: Element): boolean {
  if (el.hasAttribute("hidden")) return true;
  const style = el.getAttribute("style");
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

function isBoilerplateContainer(el: Element, rootTextLength: number): boolean {
  const name = nameOf(el);
  const role = el.getAttribute("role");
  if (role === "navigation" || role === "complementary" || role === "banner") return true;
  if (!BOILERPLATE_NAME.test(name)) return false;
  const length = (el.textContent ?? "").length;
  return length < rootTextLength * 0.4;
}

/** Collapses runs of white space, keeping line breaks from <br>. */
export function normaliseInline(raw: string): string {
  return mapPacked(raw.replace(/[ \t\r\f\v\u00a0\u200b\u2028\u2029]+/g, " ").split("\n"), (l) => l.trim())
    .filter((l) => l.length > 0)
    .join("\n")
    .replace(/\s{2,}/g, (m) => (m.includes("\n") ? "\n" : " "))
    .trim();
}

export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u200b]+/g, " ").trim();
}
