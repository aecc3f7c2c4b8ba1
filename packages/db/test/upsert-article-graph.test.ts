import { describe, expect, it } from "vitest";
import { buildArticleGraph } from "../src/article-graph-factory.ts";
import { checkIntegrity, loadArticleGraphs, upsertArticleGraph } from "../src/index.ts";
import { providers, useTestDatabase } from "./databases.ts";

const sahelReport = (paragraphs: string[], corrections: string[] = []) =>
  buildArticleGraph({
    source: "data/raw/sahel.txt",
    url: "https://example.org/sahel",
    title: "Sahel states leave ECOWAS",
    paragraphs,
    corrections,
    publishedAt: "2024-01-29",
    publisher: "DW",
    entities: [
      {
        type: "person",
        name: "Abdoulaye Sounaye",
        aliases: ["Sounaye"],
        roles: [{ title: "Sahel expert", organization: "Leibniz-Zentrum Moderner Orient" }],
      },
      { type: "organization", name: "Economic Community of West African States" },
      { type: "place", name: "Mali", iso3166: "ML" },
      ...(paragraphs.some((p) => p.includes("Niger"))
        ? [{ type: "place" as const, name: "Niger", iso3166: "NE" }]
        : []),
    ],
    quotes: [{ text: "a political decision", speaker: "Abdoulaye Sounaye" }],
    figures: [{ text: "15 members", value: 15, counted: "members" }],
    dates: [{ text: "January 2024", value: "2024-01" }],
  });

describe.each(providers)("upsertArticleGraph on $provider", ({ create }) => {
  const t = useTestDatabase(create);

  it("stores an article once however often it is loaded", async () => {
    const graphs = [0, 1, 2].map((i) =>
      buildArticleGraph({
        source: `data/raw/idempotent-${i}.txt`,
        url: `https://example.org/idempotent/${i}`,
        title: `Report ${i} on Bamako`,
        paragraphs: [`Residents of Bamako met Fatoumata Diallo on day ${i}.`],
        entities: [
          { type: "place", name: "Bamako" },
          { type: "person", name: "Fatoumata Diallo" },
        ],
      }),
    );
    const first = await loadArticleGraphs(t.db, graphs);
    const second = await loadArticleGraphs(t.db, [...graphs, { ...graphs[0], url: null }]);
    expect([first.stored, first.unchanged, first.failures.length]).toEqual([3, 0, 0]);
    expect([second.stored, second.unchanged, second.failures.length]).toEqual([0, 4, 0]);
    const urls = graphs.map((g) => g.url as string);
    expect(await t.db.prisma.article.count({ where: { url: { in: urls } } })).toBe(3);
    expect(await t.db.prisma.entity.count({ where: { key: { in: ["bamako", "fatoumata diallo"] } } })).toBe(
      2,
    );
    expect(await t.db.prisma.mention.count({ where: { article: { url: { in: urls } } } })).toBe(9);
  });

  it("keeps co-mention counts and copied publication dates right when a corrected article replaces its old version", async () => {
    const report = (n: number, names: string[], publishedAt: string) =>
      buildArticleGraph({
        source: `data/raw/comention-${n}.txt`,
        url: `https://example.org/comention/${n}`,
        title: `Talks ${n}`,
        paragraphs: [`${names.join(" met ")} on ${publishedAt}.`],
        publishedAt,
        entities: names.map((name) => ({ type: "person" as const, name })),
      });
    const pairs = async () =>
      (
        await t.db.prisma.entityCoMention.findMany({
          where: { entity: { name: { startsWith: "Comention " } } },
          select: { entity: { select: { name: true } }, other: { select: { name: true } }, count: true },
        })
      )
        .map((r) => `${r.entity.name}+${r.other.name}=${r.count}`)
        .sort();
    const [x, y, z, w] = ["Comention Xavi", "Comention Yara", "Comention Zola", "Comention Wren"] as const;
    await upsertArticleGraph(t.db, report(1, [x, y, z], "2024-03-01"));
    await upsertArticleGraph(t.db, report(2, [x, y], "2024-03-02"));
    expect(await pairs()).toEqual([
      `${x}+${y}=2`,
      `${x}+${z}=1`,
      `${y}+${x}=2`,
      `${y}+${z}=1`,
      `${z}+${x}=1`,
      `${z}+${y}=1`,
    ]);
    const corrected = await upsertArticleGraph(t.db, report(1, [x, w], "2024-03-05"));
    expect(corrected.ok && corrected.value.outcome).toBe("replaced");
    expect(await pairs()).toEqual([`${w}+${x}=1`, `${x}+${w}=1`, `${x}+${y}=1`, `${y}+${x}=1`]);
    expect(await t.db.prisma.entity.count({ where: { name: z } })).toBe(0);
    const copied = await t.db.prisma.articleEntity.findMany({
      where: { article: { url: "https://example.org/comention/1" } },
      select: { publishedAt: true },
    });
    expect(copied.map((r) => r.publishedAt?.toISOString())).toEqual([
      "2024-03-05T00:00:00.000Z",
      "2024-03-05T00:00:00.000Z",
    ]);
    const report2 = await checkIntegrity(t.db);
    expect(report2.problems).toEqual(Object.fromEntries(Object.keys(report2.problems).map((k) => [k, 0])));
  });

  it("replaces a corrected article's mentions, quotes and figures and keeps its history", async () => {
    const original = sahelReport([
      "Mali and Burkina Faso leave the Economic Community of West African States, Abdoulaye Sounaye says.",
      'Sounaye called it "a political decision" in January 2024. The bloc has 15 members.',
    ]);
    const corrected = sahelReport(
      [
        "Mali and Niger leave the Economic Community of West African States, Abdoulaye Sounaye says.",
        'Sounaye called it "a political decision" in January 2024. The bloc had 15 members.',
      ],
      ["Correction: an earlier version named Burkina Faso instead of Niger."],
    );
    const stored = await upsertArticleGraph(t.db, original);
    const replaced = await upsertArticleGraph(t.db, corrected);
    const again = await upsertArticleGraph(t.db, original);
    expect(stored.ok && stored.value.outcome).toBe("stored");
    expect(replaced.ok && [replaced.value.outcome, replaced.value.version]).toEqual(["replaced", 2]);
    expect(again.ok && [again.value.outcome, again.value.version]).toEqual(["unchanged", 1]);
    const article = await t.db.prisma.article.findUniqueOrThrow({
      where: { url: "https://example.org/sahel" },
      include: {
        versions: { orderBy: { version: "asc" } },
        quotes: true,
        figures: true,
        dates: true,
        entities: { include: { entity: true } },
      },
    });
    expect(article.contentHash).toBe(corrected.contentHash);
    expect(article.versions.map((v) => [v.version, v.contentHash])).toEqual([
      [1, original.contentHash],
      [2, corrected.contentHash],
    ]);
    expect((article.versions[1]?.corrections as { text: string }[] | undefined)?.map((c) => c.text)).toEqual([
      "Correction: an earlier version named Burkina Faso instead of Niger.",
    ]);
    expect(article.entities.map((e) => e.entity.name).sort()).toEqual([
      "Abdoulaye Sounaye",
      "Economic Community of West African States",
      "Mali",
      "Niger",
    ]);
    expect(article.quotes.map((q) => [q.text, q.start])).toEqual([
      ["a political decision", corrected.quotes[0]?.start],
    ]);
    expect(article.figures.map((f) => f.text)).toEqual(["15 members"]);
    expect(await t.db.prisma.mention.count({ where: { articleId: article.id } })).toBe(6);
    const report = await checkIntegrity(t.db);
    expect(report.problems).toEqual(Object.fromEntries(Object.keys(report.problems).map((k) => [k, 0])));
  });
});
