import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jsonLines, runCli, seedPath, seedTitle } from "./run-cli.ts";

const html = `<!doctype html><html><head><title>Port reopens | Harbour News</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Port reopens after storm","datePublished":"2024-03-02T09:00:00Z","publisher":{"@type":"Organization","name":"Harbour News"}}</script>
</head><body><nav><a href="/">Home</a><a href="/world">World</a></nav><article><h1>Port reopens after storm</h1>
<p>The port of Hamburg reopened on Saturday after a storm closed it for two days, the harbour authority said in a statement on its website.</p>
<p>Shipping companies said about 40 vessels had waited outside the port and that delays would last into next week for most container traffic.</p>
<p>"We are working through the backlog as quickly as we can," a spokesperson for the authority told reporters at a press conference.</p>
</article><footer>Copyright Harbour News</footer></body></html>`;

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "pipeline-parse-"));
  fs.mkdirSync(path.join(dir, "raw/more"), { recursive: true });
  fs.copyFileSync(seedPath, path.join(dir, "raw/seed.txt"));
  fs.writeFileSync(path.join(dir, "raw/more/port.html"), html);
  fs.mkdirSync(path.join(dir, "bad"));
  fs.copyFileSync(seedPath, path.join(dir, "bad/good.txt"));
  fs.writeFileSync(path.join(dir, "bad/empty.txt"), "");
  fs.writeFileSync(
    path.join(dir, "bad/binary.txt"),
    Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)),
  );
  fs.writeFileSync(path.join(dir, "bad/oversize.txt"), `Big\n\n${"word ".repeat(40_000)}`);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("newsgraph parse", () => {
  it("prints the seed as one validated article JSON line carrying its source", async () => {
    const run = await runCli(["parse", "--json", "raw/seed.txt"], { cwd: dir });
    expect(run.code).toBe(0);
    const records = jsonLines(run.stdout);
    expect(records.map((r) => [r.source, (r.title as { text: string }).text, r.publishedAt])).toEqual([
      ["raw/seed.txt", seedTitle, "2023-07-04"],
    ]);
    expect(run.stderr).toMatch(/^parse: 1 document: 1 parsed, 0 failed in \d+\.\d\d s\n$/);
  });

  it("parses every file of a directory, recursively, and writes one JSON file per article with --out", async () => {
    const run = await runCli(["parse", "raw", "--json", "--out", "parsed"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(jsonLines(run.stdout).map((r) => [r.source, r.contentType])).toEqual([
      [path.join("raw", "more", "port.html"), "html"],
      [path.join("raw", "seed.txt"), "text"],
    ]);
    expect(fs.readdirSync(path.join(dir, "parsed")).sort()).toEqual(["port.json", "seed.json"]);
    const seed = JSON.parse(fs.readFileSync(path.join(dir, "parsed/seed.json"), "utf8")) as {
      title: { text: string };
    };
    expect(seed.title.text).toBe(seedTitle);
  });

  it("goes on past an empty, a binary and an oversize file, exits 1 and names each", async () => {
    const run = await runCli(["parse", "--json", "--max-bytes", "100kb", "bad"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(jsonLines(run.stdout).map((r) => r.source)).toEqual([path.join("bad", "good.txt")]);
    const lines = run.stderr.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^parse: 4 documents: 1 parsed, 3 failed in \d+\.\d\d s$/);
    expect(lines.slice(1).map((line) => line.replace(/ \(\d+ control characters in \d+\)$/, ""))).toEqual([
      "failed:",
      "  bad/binary.txt: read failed (binary): input looks binary, not text",
      "  bad/empty.txt: parse failed (empty): input is empty",
      "  bad/oversize.txt: read failed (too_large): file is 200005 bytes, over the limit of 102400 bytes (raise it with --max-bytes)",
    ]);
  });

  it("names a missing input and a bad --max-bytes value", async () => {
    const missing = await runCli(["parse", "nowhere.txt"], { cwd: dir });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("  nowhere.txt: read failed (missing): no such file or directory\n");
    const badLimit = await runCli(["parse", "--max-bytes", "lots", "raw"], { cwd: dir });
    expect(badLimit.code).toBe(1);
    expect(badLimit.stderr).toContain(`"lots" is not a byte count (e.g. 1048576, 512kb, 20mb)`);
  });
});
