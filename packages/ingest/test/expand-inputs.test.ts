import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expandInputs, inputFormat } from "../src/index.ts";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ingest-expand-"));
  for (const file of [
    "a.txt",
    "b.html",
    "nested/c.htm",
    "nested/deeper/d.jsonl",
    ".hidden.txt",
    "e.json",
    "f.md",
  ]) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), "x");
  }
  fs.mkdirSync(path.join(dir, "void"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("inputFormat", () => {
  it("reads the format from the extension", () => {
    expect(["x.txt", "x.HTML", "x.htm", "x.jsonl", "x.json", "x.md"].map(inputFormat)).toEqual([
      "text",
      "html",
      "html",
      "jsonl",
      "json",
      "auto",
    ]);
  });
});

describe("expandInputs", () => {
  it("expands a directory to every non-hidden file in it, recursively and sorted", async () => {
    const { files, errors } = await expandInputs(["."], { cwd: dir });
    expect(errors).toEqual([]);
    expect(files).toEqual([
      { path: "a.txt", format: "text" },
      { path: "b.html", format: "html" },
      { path: "e.json", format: "json" },
      { path: "f.md", format: "auto" },
      { path: path.join("nested", "c.htm"), format: "html" },
      { path: path.join("nested", "deeper", "d.jsonl"), format: "jsonl" },
    ]);
  });

  it("keeps files as given, expands globs, and lists each file once", async () => {
    const { files, errors } = await expandInputs(["b.html", "**/*.htm*", "a.txt"], { cwd: dir });
    expect(errors).toEqual([]);
    expect(files.map((f) => f.path)).toEqual(["b.html", path.join("nested", "c.htm"), "a.txt"]);
  });

  it("reports a missing path, an empty directory and a glob with no matches, and keeps the rest", async () => {
    const { files, errors } = await expandInputs(["missing.txt", "void", "*.xml", "a.txt"], { cwd: dir });
    expect(files.map((f) => f.path)).toEqual(["a.txt"]);
    expect(errors.map((e) => [e.source, e.code])).toEqual([
      ["missing.txt", "missing"],
      ["void", "empty_directory"],
      ["*.xml", "no_match"],
    ]);
  });
});
