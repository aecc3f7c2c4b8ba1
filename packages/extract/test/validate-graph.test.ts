import { parseArticle } from "@newsgraph/parser";
import { ArticleGraph, validateRecord } from "@newsgraph/schema";
import { describe, expect, it } from "vitest";
import { extractArticle, validateGraph } from "../src/extract-article.ts";

/** A valid graph of a made-up article, from the real pipeline. */
function graphOf(text: string): ArticleGraph {
  const parsed = parseArticle(text, { source: "validate.txt", contentType: "text" });
  if (!parsed.ok) throw new Error(parsed.message);
  const extracted = extractArticle(parsed.value);
  if (!extracted.ok) throw new Error(extracted.message);
  return extracted.value;
}

const TEXT =
  'Ferry vote\n\nPublished July 3, 2024\n\nMayor Jane Doe of Leeds said, "We will rebuild." The Red Cross sent 40 volunteers on Monday.';

describe("validating a graph part by part", () => {
  it("returns exactly what the ArticleGraph schema returns for a valid record", () => {
    const graph = graphOf(TEXT);
    const fast = validateGraph(graph as unknown as Record<string, unknown>, "validate.txt");
    expect(fast).toEqual(validateRecord(ArticleGraph, graph, "validate.txt"));
    expect(fast.ok).toBe(true);
  });

  it.each([
    [
      "a mention past the end of the text",
      (g: ArticleGraph) => {
        const e = g.entities[0];
        if (e?.mentions[0]) e.mentions[0].end = g.text.length + 10;
      },
    ],
    [
      "a quote naming no entity of the graph",
      (g: ArticleGraph) => {
        const q = g.quotes[0];
        if (q) q.speakerId = "e999";
      },
    ],
    [
      "two entities with one id",
      (g: ArticleGraph) => {
        const [a, b] = g.entities;
        if (a && b) b.id = a.id;
      },
    ],
    [
      "a negative offset in a figure",
      (g: ArticleGraph) => {
        const f = g.figures[0];
        if (f) f.start = -1;
      },
    ],
  ])("fails with the schema's own issues on %s", (_, spoil) => {
    const graph = structuredClone(graphOf(TEXT));
    spoil(graph);
    const fast = validateGraph(graph as unknown as Record<string, unknown>, "validate.txt");
    expect(fast.ok).toBe(false);
    expect(fast).toEqual(validateRecord(ArticleGraph, graph, "validate.txt"));
  });
});
