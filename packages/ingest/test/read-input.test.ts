import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readInput } from "../src/index.ts";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ingest-read-"));
  fs.writeFileSync(path.join(dir, "small.txt"), "Title\n\nBody.");
  fs.mkdirSync(path.join(dir, "folder"));
  const fd = fs.openSync(path.join(dir, "huge.txt"), "w");
  fs.ftruncateSync(fd, 50 * 1024 * 1024);
  fs.closeSync(fd);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("readInput", () => {
  it("returns the bytes of a file", async () => {
    const result = await readInput(path.join(dir, "small.txt"));
    expect(result.ok && new TextDecoder().decode(result.value)).toBe("Title\n\nBody.");
  });

  it("names a missing file", async () => {
    const file = path.join(dir, "nope.txt");
    expect(await readInput(file)).toEqual({
      ok: false,
      step: "read",
      source: file,
      code: "missing",
      message: "no such file or directory",
    });
  });

  it("names a directory", async () => {
    const result = await readInput(path.join(dir, "folder"));
    expect(!result.ok && [result.code, result.source]).toEqual(["directory", path.join(dir, "folder")]);
  });

  it("rejects a 50 MB file by its size before reading it", async () => {
    const result = await readInput(path.join(dir, "huge.txt"), { maxBytes: 1024 * 1024 });
    expect(!result.ok && result.code).toBe("too_large");
    expect(!result.ok && result.message).toBe(
      "file is 52428800 bytes, over the limit of 1048576 bytes (raise it with --max-bytes)",
    );
  });

  it("names a path it cannot open", async () => {
    const file = path.join(dir, "small.txt", "child.txt");
    const result = await readInput(file);
    expect(!result.ok && [result.code, result.source]).toEqual(["unreadable", file]);
  });
});
