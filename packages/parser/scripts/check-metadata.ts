import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { type PageMetadata, readPageMetadata } from "../src/html/metadata.ts";
import { parseArticle } from "../src/index.ts";
import { sharedPath } from "./shared-paths.ts";

/**
 * Text-dump metadata against the same pages' HTML metadata (JSON-LD, OpenGraph, <meta>) as a silver
 * standard: title, publication day, authors, language and publisher, with counts per field. A title
 * is right when it matches the metadata headline (site-name part stripped), the HTML parser's title or the page's
 * first <h1>.
 * Usage: check-metadata.ts [corpus] [--per-page] [--half=0|1] [--with-url]
 */
const args = process.argv.slice(2);
const corpus = args.find((a) => !a.startsWith("-")) ?? sharedPath("corpora/web-pages");
const perPage = args.includes("--per-page");
const withUrl = args.includes("--with-url");
const half = args.find((a) => a.startsWith("--half="))?.slice("--half=".length);

const truth = JSON.parse(readFileSync(join(corpus, "ground-truth.json"), "utf8")) as Record<
  string,
  { url?: string }
>;

type Field = "title" | "date" | "authors" | "language" | "publisher";
const FIELDS: Field[] = ["title", "date", "authors", "language", "publisher"];
interface Tally {
  right: number;
  wrong: number;
  missing: number;
  silver: number;
  /** The text gave a value where the HTML has none. */
  extra: number;
}
const tallies = new Map<Field, Tally>(
  FIELDS.map((f) => [f, { right: 0, wrong: 0, missing: 0, silver: 0, extra: 0 }]),
);
const misses: string[] = [];

export function normalise(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const SEPARATORS = [" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " / ", ": "];

/** The HTML title with and without a trailing (or leading) site-name part. */
function titleForms(title: string, site: string[]): string[] {
  const forms = new Set([normalise(title)]);
  const sites = site.map(normalise);
  for (const sep of SEPARATORS) {
    const at = title.lastIndexOf(sep);
    if (at > 0) {
      const tail = normalise(title.slice(at + sep.length));
      if (sep !== ": " && (sites.some((s) => s && (tail.includes(s) || s.includes(tail))) || sep === " | "))
        forms.add(normalise(title.slice(0, at)));
    }
    const first = title.indexOf(sep);
    if (first > 0) {
      const head = normalise(title.slice(0, first));
      if (sites.some((s) => s && (head === s || s.includes(head))))
        forms.add(normalise(title.slice(first + sep.length)));
    }
  }
  return [...forms];
}

function sameName(a: string, b: string): boolean {
  const x = normalise(a);
  const y = normalise(b);
  if (!x || !y) return false;
  if (x === y || x.includes(y) || y.includes(x)) return true;
  const xs = x.split(" ");
  const ys = y.split(" ");
  return xs.length > 1 && ys.length > 1 && xs[xs.length - 1] === ys[ys.length - 1] && xs[0] === ys[0];
}

function publisherKey(name: string): string {
  return normalise(name.replace(/^https?:\/\//, "").replace(/^www\./, ""))
    .replace(/^the /, "")
    .replace(/ (?:com|org|net|co uk|de|ru|jp|kr|id|it|com br)$/, "")
    .replace(/ /g, "");
}

function samePublisher(text: string, silver: string[]): boolean {
  const t = publisherKey(text);
  return silver.some((s) => {
    const k = publisherKey(s);
    return k.length > 0 && t.length > 0 && (k === t || k.includes(t) || t.includes(k));
  });
}

function count(field: Field, silver: boolean, found: boolean, right: boolean, note: string): void {
  const t = tallies.get(field) as Tally;
  if (!silver) {
    if (found) {
      t.extra++;
      misses.push(`${field.padEnd(9)} extra   ${note}`);
    }
    return;
  }
  t.silver++;
  if (!found) t.missing++;
  else if (right) t.right++;
  else t.wrong++;
  if (!right) misses.push(`${field.padEnd(9)} ${found ? "wrong  " : "missing"} ${note}`);
}

let ids = readdirSync(join(corpus, "html"))
  .filter((f) => f.endsWith(".html"))
  .map((f) => f.replace(/\.html$/, ""))
  .sort();
if (half === "0" || half === "1") ids = ids.filter((_, i) => i % 2 === Number(half));

let pages = 0;
let failed = 0;
for (const id of ids) {
  const html = readFileSync(join(corpus, "html", `${id}.html`), "utf8");
  const { document } = parseHTML(html) as unknown as { document: Document };
  const meta: PageMetadata = readPageMetadata(document, null);
  const hasMetadata =
    meta.title !== null || meta.publishedAt !== null || meta.authors.length > 0 || meta.publisher !== null;
  if (!hasMetadata) continue;
  pages++;
  const text = readFileSync(join(corpus, "text", `${id}.txt`));
  const result = parseArticle(text, {
    source: id,
    url: withUrl ? (truth[id]?.url ?? null) : null,
    contentType: "text",
  });
  if (!result.ok) {
    failed++;
    misses.push(`parse     failed  ${id.slice(0, 12)} ${result.code}`);
    continue;
  }
  const a = result.value;
  const tag = id.slice(0, 12);
  const sites = [meta.siteName, meta.publisher].filter((s): s is string => !!s);

  const htmlTitle = parseArticle(html, { source: id, contentType: "html" });
  if (meta.title) {
    const forms = titleForms(meta.title, sites);
    if (htmlTitle.ok) forms.push(normalise(htmlTitle.value.title.text));
    const h1 = document.querySelector("h1")?.textContent;
    if (h1) forms.push(normalise(h1));
    const ours = normalise(a.title.text);
    count("title", true, true, forms.includes(ours), `${tag} "${a.title.text}" ≠ "${meta.title}"`);
  }
  const silverDay = meta.publishedAt?.slice(0, 10) ?? null;
  const ourDay = a.publishedAt?.slice(0, 10) ?? null;
  count("date", silverDay !== null, ourDay !== null, ourDay === silverDay, `${tag} ${ourDay} ≠ ${silverDay}`);

  const ourAuthors = a.contributors.filter((c) => c.role === "author" || c.role === "contributor");
  const overlap = ourAuthors.some((c) => meta.authors.some((m) => sameName(c.name, m)));
  count(
    "authors",
    meta.authors.length > 0,
    ourAuthors.length > 0,
    overlap,
    `${tag} [${ourAuthors.map((c) => c.name).join(", ")}] vs [${meta.authors.join(", ")}]`,
  );
  count(
    "language",
    meta.language !== null,
    a.language !== null,
    a.language === meta.language,
    `${tag} ${a.language} ≠ ${meta.language}`,
  );
  count(
    "publisher",
    sites.length > 0,
    a.publisher !== null,
    a.publisher !== null && samePublisher(a.publisher, sites),
    `${tag} ${a.publisher} vs ${sites.join(" / ")}`,
  );
}

console.log(
  `metadata check: ${pages} pages with HTML metadata${half ? ` (half ${half})` : ""}, ${failed} text dumps failed to parse${withUrl ? ", URLs given" : ""}`,
);
for (const field of FIELDS) {
  const t = tallies.get(field) as Tally;
  const accuracy = t.silver > 0 ? (t.right / t.silver).toFixed(3) : "n/a";
  console.log(
    `${field.padEnd(9)} ${accuracy}  ${t.right}/${t.silver} right, ${t.wrong} wrong, ${t.missing} missing` +
      `  (text-only values where the HTML has none: ${t.extra})`,
  );
}
if (perPage) for (const m of misses) console.log(`  ${m}`);
