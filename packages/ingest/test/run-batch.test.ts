import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type BatchProgress,
  expandInputs,
  formatBatchSummary,
  loadExtractor,
  processDocument,
  runBatch,
} from "../src/index.ts";

const seedPath = path.resolve(import.meta.dirname, "../../../data/raw/000_5fcd22bafeeb8d23.txt");
const seedTitle = "Mali's MINUSMA peacekeeping mission: A foreseeable disaster";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ingest-batch-"));
  fs.copyFileSync(seedPath, path.join(dir, "1-seed.txt"));
  fs.writeFileSync(path.join(dir, "2-empty.txt"), "");
  fs.writeFileSync(
    path.join(dir, "3-binary.txt"),
    Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)),
  );
  fs.writeFileSync(
    path.join(dir, "4-lines.jsonl"),
    `{"id":"ok","text":${JSON.stringify(fs.readFileSync(seedPath, "utf8"))}}\nnot json\n`,
  );
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("processDocument", () => {
  it("parses and extracts a raw page into a validated graph", async () => {
    const result = processDocument(
      {
        kind: "raw",
        file: "seed.txt",
        raw: { source: "seed.txt", url: null, retrievedAt: null, content: fs.readFileSync(seedPath) },
      },
      { until: "extract", extract: await loadExtractor() },
    );
    expect(
      result.ok &&
        result.value.stage === "extract" && [result.value.graph.title.text, result.value.graph.source],
    ).toEqual([seedTitle, "seed.txt"]);
  });

  it("points a JSON line's failure at its file and line", () => {
    const result = processDocument(
      {
        kind: "raw",
        file: "in.jsonl",
        line: 4,
        raw: { source: "in.jsonl#x", url: null, retrievedAt: null, content: "   " },
      },
      { until: "parse" },
    );
    expect(!result.ok && [result.source, result.line, result.step, result.code]).toEqual([
      "in.jsonl",
      4,
      "parse",
      "empty",
    ]);
  });
});

describe("runBatch", () => {
  it("goes on past bad inputs and reports each with file, line, step and reason", async () => {
    const { files } = await expandInputs([dir]);
    const progress: BatchProgress[] = [];
    const titles: string[] = [];
    const summary = await runBatch(files, {
      until: "extract",
      onProgress: (p) => progress.push(p),
      onResult: (r) => {
        if (r.stage === "extract") titles.push(r.graph.title.text);
      },
    });
    expect(titles).toEqual([seedTitle, seedTitle]);
    expect(summary.failed.map((e) => [path.basename(e.source), e.line, e.step, e.code])).toEqual([
      ["2-empty.txt", undefined, "parse", "empty"],
      ["3-binary.txt", undefined, "read", "binary"],
      ["4-lines.jsonl", 2, "read", "invalid_json"],
    ]);
    expect([summary.documents, summary.parsed, summary.extracted, summary.stored]).toEqual([5, 2, 2, 0]);
    expect(progress.map((p) => `${p.done}/${p.total}:${p.failed}`)).toEqual([
      "1/5:0",
      "2/5:1",
      "3/5:2",
      "4/5:2",
      "5/5:3",
    ]);
  });

  it("stores each graph through the load function and reports a failed store", async () => {
    const { files } = await expandInputs([path.join(dir, "1-seed.txt"), path.join(dir, "4-lines.jsonl")]);
    const summary = await runBatch(files, {
      until: "load",
      load: async (graph) =>
        graph.source.endsWith("#ok")
          ? { ok: false, step: "load", source: graph.source, code: "constraint", message: "duplicate key" }
          : { ok: true, value: graph.id },
    });
    expect(summary.stored).toBe(1);
    expect(summary.failed.map((e) => `${path.basename(e.source)}:${e.line}:${e.step}:${e.code}`)).toEqual([
      "4-lines.jsonl:1:load:constraint",
      "4-lines.jsonl:2:read:invalid_json",
    ]);
  });
});

describe("formatBatchSummary", () => {
  it("names the counts of the steps that ran", () => {
    const summary = { documents: 3, parsed: 2, extracted: 2, stored: 1, failed: [], durationMs: 1234 };
    expect(formatBatchSummary(summary, "parse")).toBe("3 documents: 2 parsed, 0 failed in 1.23 s");
    expect(formatBatchSummary(summary, "load")).toBe(
      "3 documents: 2 parsed, 2 extracted, 1 stored, 0 failed in 1.23 s",
    );
  });
});
