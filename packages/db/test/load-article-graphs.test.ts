import { describe, expect, it } from "vitest";
import { buildArticleGraph } from "../src/article-graph-factory.ts";
import { checkIntegrity, loadArticleGraphs } from "../src/index.ts";
import { providers, useTestDatabase } from "./databases.ts";

const report = (n: number, person: string) =>
  buildArticleGraph({
    source: `data/raw/batch-${n}.txt`,
    url: `https://example.org/batch/${n}`,
    title: `Batch report ${n}`,
    paragraphs: [`${person} spoke in Dakar about report ${n}.`],
    entities: [
      { type: "person", name: person },
      { type: "place", name: "Dakar", iso3166: "SN" },
    ],
  });

describe.each(providers)("loadArticleGraphs on $provider", ({ create }) => {
  const t = useTestDatabase(create);

  it("reports each bad record with its source and reason and stores the rest", async () => {
    const first = report(1, "Aminata Touré");
    const { title: _title, ...withoutTitle } = report(2, "Moussa Keita");
    const collidingId = { ...report(3, "Zebulon Quartermaine"), id: first.id };
    const last = report(4, "Awa Diop");
    const progress: string[] = [];
    const summary = await loadArticleGraphs(t.db, [first, withoutTitle, collidingId, last], {
      inputs: { files: ["batch.jsonl"] },
      onProgress: (p) => progress.push(`${p.done}/${p.total} ${p.outcome} ${p.source}`),
    });
    expect(progress).toEqual([
      "1/4 stored data/raw/batch-1.txt",
      "2/4 failed data/raw/batch-2.txt",
      "3/4 failed data/raw/batch-3.txt",
      "4/4 stored data/raw/batch-4.txt",
    ]);
    expect(summary.failures.map((f) => [f.source, f.step, f.code])).toEqual([
      ["data/raw/batch-2.txt", "validate", "invalid_record"],
      ["data/raw/batch-3.txt", "load", "constraint_violation"],
    ]);
    expect(summary.failures.map((f) => f.message)).toEqual([
      "title: Invalid input: expected object, received undefined",
      `article id ${first.id} already belongs to data/raw/batch-1.txt, which has a different URL and content hash`,
    ]);
    expect(await t.db.prisma.article.count()).toBe(2);
    expect(await t.db.prisma.entity.count({ where: { name: "Zebulon Quartermaine" } })).toBe(0);
    const run = await t.db.prisma.ingestRun.findUniqueOrThrow({
      where: { id: summary.runId },
      include: { failures: { orderBy: { id: "asc" } } },
    });
    expect([run.status, run.articlesSeen, run.articlesStored, run.failureCount, run.inputs]).toEqual([
      "finished_with_failures",
      4,
      2,
      2,
      { files: ["batch.jsonl"] },
    ]);
    expect(run.failures.map((f) => [f.source, f.code])).toEqual([
      ["data/raw/batch-2.txt", "invalid_record"],
      ["data/raw/batch-3.txt", "constraint_violation"],
    ]);
    expect((await checkIntegrity(t.db)).ok).toBe(true);
  });
});
