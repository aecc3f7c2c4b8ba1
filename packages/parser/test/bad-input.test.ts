import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../src/index.ts";
import { FIXTURES } from "./text-helpers.ts";

const source = "bad-input";

describe("bad text input", () => {
  it("rejects an empty file", () => {
    expect(parseArticle(new Uint8Array(0), { source })).toMatchObject({
      ok: false,
      code: "empty",
      message: "input is empty",
    });
  });

  it("rejects whitespace only", () => {
    expect(parseArticle(" \n\t\n  \r\n", { source })).toMatchObject({
      ok: false,
      code: "empty",
      message: "input is only whitespace",
    });
  });

  it("rejects binary bytes", () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    const result = parseArticle(bytes, { source: "image.png" });
    expect(result).toMatchObject({ ok: false, step: "read", code: "binary", source: "image.png" });
  });

  it("rejects a 50 MB input above the size limit at once, naming size and limit", () => {
    const big = new Uint8Array(50 * 1024 * 1024).fill(0x61);
    const result = parseArticle(big, { source: "huge.txt", maxBytes: 20 * 1024 * 1024 });
    expect(result).toEqual({
      ok: false,
      step: "read",
      source: "huge.txt",
      code: "too_large",
      message: "input is 52428800 bytes, over the limit of 20971520 bytes (raise it with --max-bytes)",
    });
  });

  it("decodes Windows-1252 / Latin-1 bytes", () => {
    const text =
      "Café owners protest\n\n4 July 2023\n\nThe owners of the café said the new rules were “unfair” and would cost them customers during the summer season, when most of their income is made.\n";
    const bytes = Uint8Array.from(text, (ch) => ({ é: 0xe9, "“": 0x93, "”": 0x94 })[ch] ?? ch.charCodeAt(0));
    const result = parseArticle(bytes, { source: "latin1.txt" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.title.text).toBe("Café owners protest");
    expect(result.value.publishedAt).toBe("2023-07-04");
    expect(result.value.sections[0]?.paragraphs[0]?.text).toContain("“unfair”");
  });

  it("reports a text with no recognisable title as an error naming the input and its first line", () => {
    const path = join(FIXTURES, "no-title.txt");
    const result = parseArticle(readFileSync(path), { source: path });
    expect(result).toMatchObject({ ok: false, step: "parse", code: "no_title", line: 1, source: path });
    if (!result.ok) expect(result.message).toContain('first line: "This is a single long paragraph');
  });

  it("parses a page that is nothing but navigation without crashing, with no body", () => {
    const nav = Array.from({ length: 200 }, (_, i) => `  • Section ${i}`).join("\n");
    const result = parseArticle(`Site name\n\nMenu\n${nav}\n`, { source: "nav.txt" });
    if (result.ok) expect(result.value.sections.flatMap((s) => s.paragraphs)).toEqual([]);
    else expect(result.code).toBe("no_title");
  });
});
