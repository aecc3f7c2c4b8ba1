import { readFileSync } from "node:fs";
import { join } from "node:path";
import { extractArticle } from "@newsgraph/extract";
import { parseArticle } from "@newsgraph/parser";
import { formatStepError } from "@newsgraph/schema";
import { describe, expect, it } from "vitest";
import { isoDateToDate } from "../src/article-rows.ts";
import { checkIntegrity, repoRoot, upsertArticleGraph } from "../src/index.ts";
import { providers, useTestDatabase } from "./databases.ts";

const seedSource = "data/raw/000_5fcd22bafeeb8d23.txt";

function seedGraph() {
  const parsed = parseArticle(readFileSync(join(repoRoot, seedSource), "utf8"), {
    source: seedSource,
    contentType: "text",
  });
  if (!parsed.ok) throw new Error(formatStepError(parsed));
  const graph = extractArticle(parsed.value);
  if (!graph.ok) throw new Error(formatStepError(graph));
  return graph.value;
}

describe.each(providers)("the seed article through parse → extract → load on $provider", ({ create }) => {
  const t = useTestDatabase(create);

  it("stores the extracted graph once, with its structure, quotes, figures and dates intact", async () => {
    const graph = seedGraph();
    const first = await upsertArticleGraph(t.db, graph);
    const second = await upsertArticleGraph(t.db, graph);
    expect(first.ok && first.value.outcome).toBe("stored");
    expect(second.ok && second.value.outcome).toBe("unchanged");
    const article = await t.db.prisma.article.findUniqueOrThrow({
      where: { contentHash: graph.contentHash },
      include: { _count: { select: { quotes: true, figures: true, dates: true, relations: true } } },
    });
    expect([article.title, article.publishedAtText, article.text]).toEqual([
      graph.title.text,
      graph.publishedAt,
      graph.text,
    ]);
    expect(article.sections).toEqual(graph.sections);
    expect(article.publishedAt?.toISOString()).toBe(isoDateToDate(graph.publishedAt)?.toISOString());
    expect(Math.abs((article.ingestedAt.getTime() - Date.now()) / 1000)).toBeLessThan(600);
    expect(article._count).toEqual({
      quotes: graph.quotes.length,
      figures: graph.figures.length,
      dates: graph.dates.length,
      relations: graph.relations.length,
    });
    const namedSpeakers = graph.quotes.filter((q) => q.speakerId !== null).length;
    expect(
      await t.db.prisma.quote.count({ where: { articleId: article.id, speakerEntityId: { not: null } } }),
    ).toBe(namedSpeakers);
    expect((await checkIntegrity(t.db)).problems).toEqual(
      Object.fromEntries(Object.keys((await checkIntegrity(t.db)).problems).map((k) => [k, 0])),
    );
  });
});
