import { decode } from "html-entities";
import { mapPacked } from "../arrays.ts";
import { parsePublicationDate } from "../dates.ts";

/** What a page says about itself in JSON-LD, OpenGraph and other <meta> tags. */
export interface PageMetadata {
  title: string | null;
  description: string | null;
  publishedAt: string | null;
  updatedAt: string | null;
  publisher: string | null;
  siteName: string | null;
  authors: string[];
  /** Author names as written, before people are told from organisations. */
  statedAuthors: string[];
  language: string | null;
  canonicalUrl: string | null;
  articleBody: string | null;
  /** The page declares itself an article (JSON-LD article type or og:type article). */
  declaresArticle: boolean;
}

const ARTICLE_TYPES = new Set([
  "article",
  "newsarticle",
  "reportagenewsarticle",
  "analysisnewsarticle",
  "opinionnewsarticle",
  "reviewnewsarticle",
  "backgroundnewsarticle",
  "askpublicnewsarticle",
  "blogposting",
  "liveblogposting",
  "socialmediaposting",
  "techarticle",
  "scholarlyarticle",
  "report",
  "satiricalarticle",
  "advertisercontentarticle",
]);

type JsonObject = Record<string, unknown>;

export function readPageMetadata(document: Document, retrievedAt: string | null): PageMetadata {
  const meta = metaTags(document);
  const ld = jsonLdObjects(document);
  const byId = new Map<string, JsonObject>();
  for (const o of ld) if (typeof o["@id"] === "string") byId.set(o["@id"], o);
  const article = ld.find((o) => typesOf(o).some((t) => ARTICLE_TYPES.has(t)));
  const resolve = (v: unknown): unknown =>
    isObject(v) && typeof v["@id"] === "string" && Object.keys(v).length === 1
      ? (byId.get(v["@id"]) ?? v)
      : v;

  const first = (...values: (string | null | undefined)[]): string | null => {
    for (const v of values) {
      const t = v ? cleanText(v) : "";
      if (t) return t;
    }
    return null;
  };
  const dateOf = (
    ...values: (string | null | undefined | (() => string | null | undefined))[]
  ): string | null => {
    for (const value of values) {
      const v = typeof value === "function" ? value() : value;
      const iso = v ? parsePublicationDate(v, retrievedAt) : null;
      if (iso) return iso;
    }
    return null;
  };

  const ldPublisher = article ? namesOf(article.publisher, resolve)[0] : undefined;
  const ldAuthors = article ? namesOf(article.author, resolve, true) : [];
  const metaAuthors = [
    meta.get("author"),
    meta.get("article:author"),
    meta.get("parsely-author"),
    meta.get("dc.creator"),
  ]
    .filter((a): a is string => !!a && !/^https?:|^\/|\.(com|org|net)\b/i.test(a))
    .flatMap((a) => splitAuthorList(a));
  const htmlLang = document.documentElement?.getAttribute("lang");
  const ogType = (meta.get("og:type") ?? "").toLowerCase();
  const canonical =
    document.querySelector('link[rel="canonical"]')?.getAttribute("href") ??
    meta.get("og:url") ??
    (article ? stringOf(article.url) : null);

  return {
    title: first(stringOf(article?.headline), meta.get("og:title"), meta.get("twitter:title")),
    description: first(
      stringOf(article?.description),
      meta.get("og:description"),
      meta.get("description"),
      meta.get("twitter:description"),
    ),
    publishedAt: dateOf(
      stringOf(article?.datePublished),
      meta.get("article:published_time"),
      meta.get("datepublished"),
      meta.get("article.published"),
      meta.get("publish-date"),
      meta.get("pubdate"),
      meta.get("date"),
      meta.get("dc.date.issued"),
      meta.get("dcterms.created"),
      meta.get("dc.date"),
      meta.get("parsely-pub-date"),
      meta.get("sailthru.date"),
      stringOf(article?.dateCreated),
      () => document.querySelector("[itemprop=datePublished]")?.getAttribute("content"),
      () => document.querySelector("[itemprop=datePublished]")?.getAttribute("datetime"),
      () => document.querySelector("time[pubdate]")?.getAttribute("datetime"),
    ),
    updatedAt: dateOf(
      stringOf(article?.dateModified),
      meta.get("article:modified_time"),
      meta.get("og:updated_time"),
      meta.get("datemodified"),
      meta.get("dcterms.modified"),
      () => document.querySelector("[itemprop=dateModified]")?.getAttribute("content"),
      () => document.querySelector("[itemprop=dateModified]")?.getAttribute("datetime"),
    ),
    publisher: first(ldPublisher, meta.get("og:site_name"), meta.get("application-name")),
    siteName: first(meta.get("og:site_name"), ldPublisher, meta.get("application-name")),
    statedAuthors: ldAuthors.length > 0 ? ldAuthors : metaAuthors,
    authors: personNames(ldAuthors.length > 0 ? ldAuthors : metaAuthors, [
      ldPublisher,
      meta.get("og:site_name"),
    ]),
    language: languageCode(
      first(htmlLang, stringOf(article?.inLanguage), meta.get("content-language"), meta.get("og:locale")),
    ),
    canonicalUrl: canonical && /^https?:\/\//i.test(canonical) ? canonical.trim() : null,
    articleBody: typeof article?.articleBody === "string" ? decodeText(article.articleBody) : null,
    declaresArticle: article !== undefined || ogType === "article",
  };
}

function metaTags(document: Document): Map<string, string> {
  const map = new Map<string, string>();
  for (const el of Array.from(document.querySelectorAll("meta"))) {
    const key = (
      el.getAttribute("property") ??
      el.getAttribute("name") ??
      el.getAttribute("itemprop") ??
      el.getAttribute("http-equiv")
    )
      ?.trim()
      .toLowerCase();
    const content = el.getAttribute("content")?.trim();
    if (key && content && !map.has(key)) map.set(key, content);
  }
  return map;
}

function jsonLdObjects(document: Document): JsonObject[] {
  const out: JsonObject[] = [];
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    const parsed = parseJsonLenient(script.textContent ?? "");
    if (parsed !== undefined) collectObjects(parsed, out, 0);
  }
  return out;
}

function parseJsonLenient(raw: string): unknown {
  const text = raw
    .trim()
    .replace(/^<!--|-->$/g, "")
    .replace(/^\/\*<!\[CDATA\[\*\/|\/\*\]\]>\*\/$/g, "")
    .trim();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    try {
      const withoutControls = Array.from(text, (c) => (c.charCodeAt(0) < 32 ? " " : c)).join("");
      return JSON.parse(withoutControls.replace(/,\s*([}\]])/g, "$1"));
    } catch {
      return undefined;
    }
  }
}

function collectObjects(value: unknown, out: JsonObject[], depth: number): void {
  if (depth > 6) return;
  if (Array.isArray(value)) {
    for (const v of value) collectObjects(v, out, depth + 1);
    return;
  }
  if (!isObject(value)) return;
  if (value["@type"] !== undefined) out.push(value);
  if (value["@graph"] !== undefined) collectObjects(value["@graph"], out, depth + 1);
  const main = value.mainEntity ?? value.mainEntityOfPage;
  if (isObject(main) && main["@type"] !== undefined) collectObjects(main, out, depth + 1);
}

function typesOf(o: JsonObject): string[] {
  const t = o["@type"];
  const list = Array.isArray(t) ? t : [t];
  return mapPacked(
    list.filter((x): x is string => typeof x === "string"),
    (x) => x.replace(/^.*[/#:]/, "").toLowerCase(),
  );
}

function namesOf(value: unknown, resolve: (v: unknown) => unknown, peopleOnly = false): string[] {
  const list = Array.isArray(value) ? value : [value];
  const names: string[] = [];
  for (const item of list) {
    const v = resolve(item);
    if (typeof v === "string") names.push(...splitAuthorList(v));
    else if (isObject(v) && !(peopleOnly && typesOf(v).some((t) => t.includes("organization")))) {
      const name = stringOf(v.name);
      if (name) names.push(cleanText(name));
    }
  }
  return names.filter((n) => n.length > 0 && n.length < 120 && !/^https?:/i.test(n));
}

function splitAuthorList(text: string): string[] {
  return mapPacked(
    cleanText(text)
      .replace(/^by\s+/i, "")
      .split(/\s*(?:,|;|\band\b|&)\s*/),
    (n) => n.trim(),
  ).filter((n) => n.length > 1);
}

function stringOf(value: unknown): string | null {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return stringOf(value[0]);
  if (isObject(value)) return stringOf(value["@value"] ?? value.name ?? value["@id"]);
  return null;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const NOT_A_PERSON =
  /\b(?:news|staff|press|agency|media|editors?|editorial|desk|team|admin|administrator|reuters|associated press|afp|ap|pti|ians|dpa|upi|editor-at-large|correspondent|contributors?|online|magazine|daily|times|post|herald|tribune|business)\b/i;

const AFTER_NAME_SENTENCE = /(?<=\p{L}{2})\.\s.*$/u;
const HAS_LETTER = /\p{L}/u;
const WORD_START = /(^|[\s'’-])(\p{L})/gu;

/** Person names from author fields: labels, organisations and the publisher itself left out. */
export function personNames(names: string[], publishers: (string | null | undefined)[]): string[] {
  const publisherKeys = mapPacked(
    publishers.filter((p): p is string => !!p),
    (p) => p.toLowerCase(),
  );
  const people = mapPacked(
    mapPacked(names, (n) =>
      n
        .replace(
          /^(?:(?:analysis|opinion|commentary|review|story|text|words|reporting|written)\s+)?by\s+/i,
          "",
        )
        .replace(AFTER_NAME_SENTENCE, "")
        .trim(),
    ).filter((n) => {
      const lower = n.toLowerCase();
      if (n.length < 3 || n.split(/\s+/).length > 5 || !HAS_LETTER.test(n)) return false;
      if (NOT_A_PERSON.test(n)) return false;
      return !publisherKeys.some((p) => p === lower || p.includes(lower) || lower.includes(p));
    }),
    (n) =>
      n === n.toUpperCase()
        ? n.toLowerCase().replace(WORD_START, (_, b: string, c: string) => b + c.toUpperCase())
        : n,
  );
  return dedupe(people);
}

function dedupe(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const key = n.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function decodeText(text: string): string {
  return text.includes("&") ? decode(text) : text;
}

export function cleanText(text: string): string {
  return (text.includes("&") ? decode(text) : text).replace(/\s+/g, " ").trim();
}

function languageCode(value: string | null): string | null {
  const m = value ? /^([a-z]{2,3})(?:[-_]|$)/i.exec(value.trim()) : null;
  return m?.[1] ? m[1].toLowerCase() : null;
}
