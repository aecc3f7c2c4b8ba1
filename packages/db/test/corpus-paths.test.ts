import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { gumCorpusPath, loadBaseParagraphs } from "../bench/corpus.ts";
import { repoRoot } from "../src/database.ts";

describe("GUM corpus path for the generated bench corpus", () => {
  it("defaults to corpora/gum-news/dev.jsonl in <repo root>/../shared, not a fixed machine path", () => {
    expect(gumCorpusPath({})).toBe(resolve(repoRoot, "../shared/corpora/gum-news/dev.jsonl"));
  });

  it("follows NEWSGRAPH_SHARED, and NEWSGRAPH_GUM_NEWS (the name turbo passes through) wins", () => {
    expect(gumCorpusPath({ NEWSGRAPH_SHARED: "/data/shared" })).toBe(
      "/data/shared/corpora/gum-news/dev.jsonl",
    );
    expect(gumCorpusPath({ NEWSGRAPH_SHARED: "/data/shared", NEWSGRAPH_GUM_NEWS: "/tmp/gum.jsonl" })).toBe(
      "/tmp/gum.jsonl",
    );
  });

  it("reads the GUM texts when the corpus is there, and does without it when not", () => {
    const withoutGum = loadBaseParagraphs(join(repoRoot, "no-such-corpus.jsonl"));
    expect(withoutGum.length).toBeGreaterThan(0);
    if (existsSync(gumCorpusPath())) {
      expect(loadBaseParagraphs().length).toBeGreaterThan(withoutGum.length);
    }
  });
});
