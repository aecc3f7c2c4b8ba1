import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { ArticleGraph } from "@newsgraph/schema";
import { type ArticleGraphSpec, buildArticleGraph, type EntitySpec } from "../src/article-graph-factory.ts";
import { repoRoot } from "../src/database.ts";

/**
 * The GUM news corpus: `$NEWSGRAPH_GUM_NEWS` when set, else `corpora/gum-news/dev.jsonl` in the shared
 * folder (`$NEWSGRAPH_SHARED`, else `<repo root>/../shared`). Both variables are passed through by turbo.
 */
export function gumCorpusPath(env: NodeJS.ProcessEnv = process.env): string {
  if (env.NEWSGRAPH_GUM_NEWS) return resolve(env.NEWSGRAPH_GUM_NEWS);
  return resolve(env.NEWSGRAPH_SHARED || join(repoRoot, "../shared"), "corpora/gum-news/dev.jsonl");
}

const FIRST_NAMES = [
  "Abdoulaye",
  "Amadou",
  "Fatoumata",
  "Aminata",
  "Moussa",
  "Mariam",
  "Ibrahim",
  "Awa",
  "Oumar",
  "Kadiatou",
  "Jean",
  "Anna",
  "Lukas",
  "Sofia",
  "Pierre",
  "Elena",
  "David",
  "Grace",
  "Samuel",
  "Leila",
  "Yusuf",
  "Hanna",
  "Mehmet",
  "Chen",
  "Priya",
  "Olga",
  "Carlos",
  "Ines",
  "Kwame",
  "Nadia",
];
const SURNAMES = [
  "Sounaye",
  "Diallo",
  "Traoré",
  "Keita",
  "Coulibaly",
  "Goita",
  "Maïga",
  "Touré",
  "Schmidt",
  "Müller",
  "Dubois",
  "Martin",
  "Rossi",
  "García",
  "Kowalski",
  "Nguyen",
  "Okafor",
  "Mensah",
  "Haddad",
  "Yilmaz",
  "Ivanova",
  "Silva",
  "Novak",
  "Hassan",
  "Bakr",
  "Lindqvist",
  "Moreau",
  "Becker",
  "Adeyemi",
  "Sato",
];
const ROLES = [
  "Sahel expert",
  "spokesperson",
  "minister of defence",
  "analyst",
  "professor",
  "head of the regional office",
  "senior researcher",
  "ambassador",
  "mayor",
  "director",
];
const ORGANIZATIONS: [string, string][] = [
  ["Economic Community of West African States", "ECOWAS"],
  ["United Nations", "UN"],
  ["African Union", "AU"],
  ["North Atlantic Treaty Organization", "NATO"],
  ["World Health Organization", "WHO"],
  ["Leibniz-Zentrum Moderner Orient", "ZMO"],
  ["International Monetary Fund", "IMF"],
  ["European Union", "EU"],
  ["World Food Programme", "WFP"],
  ["International Committee of the Red Cross", "ICRC"],
  ["Deutsche Welle", "DW"],
  ["National Aeronautics and Space Administration", "NASA"],
];
const PLACES: [string, string][] = [
  ["Mali", "ML"],
  ["Niger", "NE"],
  ["Burkina Faso", "BF"],
  ["Germany", "DE"],
  ["France", "FR"],
  ["Senegal", "SN"],
  ["Nigeria", "NG"],
  ["Chad", "TD"],
  ["Afghanistan", "AF"],
  ["South Korea", "KR"],
  ["United States", "US"],
  ["Kenya", "KE"],
  ["Ghana", "GH"],
  ["Mauritania", "MR"],
  ["Algeria", "DZ"],
  ["Italy", "IT"],
  ["Japan", "JP"],
  ["Brazil", "BR"],
];
const COUNTED = [
  "peacekeepers",
  "soldiers",
  "refugees",
  "students",
  "delegates",
  "doctors",
  "protesters",
  "workers",
];
const PUBLISHERS = ["DW", "Wikinews", "Reuters", "AFP", "Le Monde", "The Guardian"];
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const QUOTES = [
  "the situation is deteriorating",
  "we will not leave",
  "this is a political decision",
  "the talks were constructive",
  "nobody expected this",
  "the region needs stability",
];

/** Paragraphs of real news text: the seed and data/raw, plus the GUM news corpus where present. */
export function loadBaseParagraphs(gumPath = gumCorpusPath()): string[] {
  const texts: string[] = [];
  const rawDir = join(repoRoot, "data", "raw");
  if (existsSync(rawDir))
    for (const f of readdirSync(rawDir)
      .filter((f) => f.endsWith(".txt"))
      .sort())
      texts.push(readFileSync(join(rawDir, f), "utf8"));
  if (existsSync(gumPath)) {
    for (const line of readFileSync(gumPath, "utf8").split("\n"))
      if (line.trim()) texts.push((JSON.parse(line) as { text: string }).text);
  }
  return texts
    .flatMap((t) => t.split(/\n+/))
    .map((p) => p.replace(/\s+/g, " ").trim())
    .filter((p) => p.length >= 80 && /[.!?"”]$/.test(p));
}

/** Small deterministic PRNG (mulberry32). */
export function randomSource(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface CorpusOptions {
  seed?: number;
  /** How many distinct people the stream talks about (Zipf-distributed, so a few recur often). */
  people?: number;
  /** Share of articles that are corrections of an earlier one (same URL, new text). */
  correctionRate?: number;
  /** Share of articles sent again unchanged. */
  duplicateRate?: number;
  paragraphs?: string[];
}

export interface GeneratedArticle {
  graph: ArticleGraph;
  kind: "new" | "correction" | "duplicate";
}

function zipfPick(random: () => number, n: number): number {
  return Math.min(n - 1, Math.floor(n ** random() - 1));
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function specFor(
  i: number,
  random: () => number,
  people: string[],
  base: string[],
  variant: number,
): ArticleGraphSpec {
  const person = people[zipfPick(random, people.length)] as string;
  const other = people[zipfPick(random, people.length)] as string;
  const [orgName, orgAcronym] = pick(random, ORGANIZATIONS);
  const [place, iso] = pick(random, PLACES);
  const [place2, iso2] = pick(random, PLACES);
  const role = pick(random, ROLES);
  const count = (1 + Math.floor(random() * 300)) * 50 + variant;
  const counted = pick(random, COUNTED);
  const year = 2015 + Math.floor(random() * 10);
  const month = Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  const dateText = `${MONTHS[month]} ${day}, ${year}`;
  const iso8601 = `${year}-${String(month + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  const quote = pick(random, QUOTES);
  const surname = person.split(" ").at(-1) as string;
  const useAcronym = random() < 0.5;
  const orgMention = useAcronym ? orgAcronym : `the ${orgName} (${orgAcronym})`;
  const filler = Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(random, base));
  const paragraphs = [
    `${person}, ${role} at the ${orgName}, visited ${place} on ${dateText}.`,
    `${orgMention} said ${count.toLocaleString("en-US")} ${counted} would be sent to ${place}, and ${other} in ${place2} welcomed the move.`,
    ...filler,
    `${surname} said "${quote}" after meeting officials from ${place2}.`,
  ];
  const entities: EntitySpec[] = [
    { type: "person", name: person, aliases: [surname], roles: [{ title: role, organization: orgName }] },
    {
      type: "organization",
      name: useAcronym ? orgAcronym : orgName,
      aliases: useAcronym ? [orgName] : [orgAcronym],
    },
    { type: "place", name: place, iso3166: iso },
  ];
  if (other !== person) entities.push({ type: "person", name: other });
  if (place2 !== place) entities.push({ type: "place", name: place2, iso3166: iso2 });
  return {
    source: `generated/${String(i).padStart(6, "0")}.txt`,
    url: `https://news.example.org/${year}/${String(i).padStart(6, "0")}`,
    title: `${place}: ${orgAcronym} sends ${counted} as ${surname} urges calm`,
    paragraphs,
    publishedAt: iso8601,
    publisher: pick(random, PUBLISHERS),
    entities,
    quotes: [{ text: quote, speaker: person }],
    figures: [{ text: `${count.toLocaleString("en-US")} ${counted}`, value: count, counted }],
    dates: [{ text: dateText, value: iso8601 }],
    relations: [{ type: "affiliated_with", from: person, to: useAcronym ? orgAcronym : orgName }],
  };
}

/** A news stream of `count` article graphs built from real paragraphs, with recurring people, organizations and places. */
export function* generateCorpus(count: number, options: CorpusOptions = {}): Generator<GeneratedArticle> {
  const seed = options.seed ?? 42;
  const base = options.paragraphs ?? loadBaseParagraphs();
  if (base.length === 0)
    throw new Error("generateCorpus: no base paragraphs found (data/raw or the GUM corpus)");
  const random = randomSource(seed);
  const people = Array.from(
    { length: options.people ?? 400 },
    (_, k) =>
      `${FIRST_NAMES[k % FIRST_NAMES.length]} ${SURNAMES[Math.floor(k / FIRST_NAMES.length) % SURNAMES.length]}`,
  );
  const correctionRate = options.correctionRate ?? 0.02;
  const duplicateRate = options.duplicateRate ?? 0.01;
  let fresh = 0;
  for (let n = 0; n < count; n++) {
    const roll = random();
    if (fresh > 0 && roll < duplicateRate) {
      const j = Math.floor(random() * fresh);
      yield {
        kind: "duplicate",
        graph: buildArticleGraph(specFor(j, randomSource(seed * 1_000_003 + j), people, base, 0)),
      };
    } else if (fresh > 0 && roll < duplicateRate + correctionRate) {
      const j = Math.floor(random() * fresh);
      const spec = specFor(j, randomSource(seed * 1_000_003 + j), people, base, 1 + n);
      yield {
        kind: "correction",
        graph: buildArticleGraph({
          ...spec,
          corrections: [
            `Correction: an earlier version of this article gave a different number of ${spec.figures?.[0]?.counted}.`,
          ],
        }),
      };
    } else {
      yield {
        kind: "new",
        graph: buildArticleGraph(specFor(fresh, randomSource(seed * 1_000_003 + fresh), people, base, 0)),
      };
      fresh += 1;
    }
  }
}
