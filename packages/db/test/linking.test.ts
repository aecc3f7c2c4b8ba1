import { beforeAll, describe, expect, it } from "vitest";
import { buildArticleGraph } from "../src/article-graph-factory.ts";
import { checkIntegrity, loadArticleGraphs } from "../src/index.ts";
import { providers, useTestDatabase } from "./databases.ts";

const articles = [
  buildArticleGraph({
    source: "a.txt",
    url: "https://example.org/a",
    title: "ECOWAS summit in Abuja",
    paragraphs: [
      "The Economic Community of West African States met in Mali. Abdoulaye Sounaye, a Sahel expert, attended.",
      'Sounaye said "the bloc is divided".',
    ],
    entities: [
      { type: "organization", name: "Economic Community of West African States" },
      { type: "place", name: "Mali", iso3166: "ML" },
      { type: "person", name: "Abdoulaye Sounaye", aliases: ["Sounaye"] },
    ],
    quotes: [{ text: "the bloc is divided", speaker: "Abdoulaye Sounaye" }],
  }),
  buildArticleGraph({
    source: "b.txt",
    url: "https://example.org/b",
    title: "ECOWAS lifts sanctions",
    paragraphs: [
      "ECOWAS lifted sanctions on the Republic of Mali. Amadou Sounaye, a trader, welcomed it.",
      'Sounaye said "prices will fall".',
    ],
    entities: [
      { type: "organization", name: "ECOWAS" },
      { type: "place", name: "Republic of Mali", iso3166: "ML" },
      { type: "person", name: "Amadou Sounaye", aliases: ["Sounaye"] },
    ],
    quotes: [{ text: "prices will fall", speaker: "Amadou Sounaye" }],
  }),
  buildArticleGraph({
    source: "c.txt",
    url: "https://example.org/c",
    title: "Sounaye speaks",
    paragraphs: ["Sounaye, a spokesman, spoke. Abdoulaye Sounaye of the ZMO later disagreed."],
    entities: [
      { type: "person", name: "Sounaye" },
      { type: "person", name: "Abdoulaye Sounaye" },
    ],
  }),
];

describe.each(providers)("cross-article linking on $provider", ({ create }) => {
  const t = useTestDatabase(create);
  beforeAll(async () => {
    await loadArticleGraphs(t.db, articles);
  }, 60_000);

  it("joins an acronym to its expansion and a country by its ISO code, and says why", async () => {
    const orgs = await t.db.prisma.entity.findMany({
      where: { type: "organization" },
      include: { aliases: { orderBy: { id: "asc" } }, articles: { orderBy: { article: { url: "asc" } } } },
    });
    expect(orgs.map((o) => [o.name, o.articles.map((a) => [a.name, a.linkReason])])).toEqual([
      [
        "Economic Community of West African States",
        [
          ["Economic Community of West African States", null],
          ["ECOWAS", '"ECOWAS" shares the known alias "ECOWAS"'],
        ],
      ],
    ]);
    expect(orgs[0]?.aliases.map((a) => [a.alias, a.reason.replace(/a_[0-9a-f]+/, "A")])).toEqual([
      ["Economic Community of West African States", "name in A"],
      ["ECOWAS", 'acronym of "Economic Community of West African States" (initials)'],
      ["ECWAS", 'acronym of "Economic Community of West African States" (initials)'],
    ]);
    const places = await t.db.prisma.entity.findMany({
      where: { type: "place" },
      include: { aliases: { orderBy: { id: "asc" } } },
    });
    expect(places.map((p) => [p.name, p.iso3166, p.aliases.map((a) => a.alias)])).toEqual([
      ["Mali", "ML", ["Mali", "Republic of Mali"]],
    ]);
    expect(places[0]?.aliases[1]?.reason).toContain('same ISO 3166 code ML as "Mali"');
  });

  it("never merges two people on a surname alone and keeps each quote with its own article", async () => {
    const people = await t.db.prisma.entity.findMany({
      where: { type: "person" },
      orderBy: { name: "asc" },
      include: { articles: { select: { articleId: true } }, quotes: { include: { article: true } } },
    });
    expect(
      people.map((p) => [p.name, p.articles.length, p.quotes.map((q) => [q.text, q.article.url])]),
    ).toEqual([
      ["Abdoulaye Sounaye", 2, [["the bloc is divided", "https://example.org/a"]]],
      ["Amadou Sounaye", 1, [["prices will fall", "https://example.org/b"]]],
      ["Sounaye", 1, []],
    ]);
    const surname = await t.db.prisma.entityAlias.findFirst({
      where: { alias: "Sounaye", entity: { name: "Abdoulaye Sounaye" } },
    });
    expect(surname?.reason).toContain("surname only: not used to link across articles");
    expect((await checkIntegrity(t.db)).ok).toBe(true);
  });
});
