import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { StepError } from "@newsgraph/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countDocuments, type InputDocument, parseJsonlLine, readDocuments } from "../src/index.ts";

describe("parseJsonlLine", () => {
  it("reads a corpus line {id, text} as a text page named file#id", () => {
    expect(parseJsonlLine('{"id":"d1","text":"Hello"}', "in.jsonl", 3)).toEqual({
      kind: "raw",
      file: "in.jsonl",
      line: 3,
      raw: { source: "in.jsonl#d1", url: null, retrievedAt: null, content: "Hello" },
    });
  });

  it("reads a page line {source, html, url}", () => {
    expect(
      parseJsonlLine('{"source":"p.html","html":"<p>x</p>","url":"https://e.com/p"}', "in.jsonl", 1),
    ).toEqual({
      kind: "raw",
      file: "in.jsonl",
      line: 1,
      raw: {
        source: "p.html",
        url: "https://e.com/p",
        retrievedAt: null,
        contentType: "html",
        content: "<p>x</p>",
      },
    });
  });

  it("reads a line with a contentHash as a stored record", () => {
    const doc = parseJsonlLine('{"id":"a_1","contentHash":"00"}', "r.jsonl", 2);
    expect(doc).toEqual({
      kind: "record",
      file: "r.jsonl",
      line: 2,
      record: { id: "a_1", contentHash: "00" },
    });
  });

  it("reports bad lines with the file and line", () => {
    const bad = (line: string) => parseJsonlLine(line, "in.jsonl", 7) as StepError;
    expect(bad("{nope").code).toBe("invalid_json");
    expect(bad("{nope").line).toBe(7);
    expect(bad("[1,2]").message).toBe("expected a JSON object");
    expect(bad('{"id":"d1"}').message).toBe(
      'expected {"id","text"} or {"source","text"|"html","url"}: text: Invalid input: expected string, received undefined',
    );
    expect(bad('{"source":"s","text":"a","html":"b"}').message).toBe(
      'expected {"id","text"} or {"source","text"|"html","url"}: (line): needs exactly one of "text" and "html"',
    );
  });
});

describe("readDocuments", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "ingest-docs-"));
    fs.writeFileSync(path.join(dir, "lines.jsonl"), '{"id":"a","text":"A"}\n\n{bad\r\n{"id":"b","text":"B"}');
    fs.writeFileSync(path.join(dir, "records.json"), '[{"id":"x"},{"id":"y"}]');
    fs.writeFileSync(path.join(dir, "page.txt"), "Title");
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const collect = async (file: string, format: "jsonl" | "json" | "text") => {
    const out: (InputDocument | StepError)[] = [];
    for await (const doc of readDocuments({ path: path.join(dir, file), format })) out.push(doc);
    return out;
  };

  it("yields one document per JSON line, skipping blank lines and naming bad ones by line", async () => {
    const docs = await collect("lines.jsonl", "jsonl");
    expect(docs.map((d) => ("ok" in d ? `error:${d.line}` : `${d.kind}:${d.line}`))).toEqual([
      "raw:1",
      "error:3",
      "raw:4",
    ]);
    expect(await countDocuments({ path: path.join(dir, "lines.jsonl"), format: "jsonl" })).toBe(3);
  });

  it("yields each element of a JSON array as a record", async () => {
    const docs = await collect("records.json", "json");
    expect(docs).toEqual([
      { kind: "record", file: path.join(dir, "records.json"), record: { id: "x" } },
      { kind: "record", file: path.join(dir, "records.json"), record: { id: "y" } },
    ]);
  });

  it("yields a page's bytes with its content type", async () => {
    const [doc] = await collect("page.txt", "text");
    expect(
      doc && !("ok" in doc) && doc.kind === "raw" && [doc.raw.contentType, doc.raw.content.length],
    ).toEqual(["text", 5]);
  });
});
