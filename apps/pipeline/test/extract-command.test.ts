import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  jsonLines,
  repoRoot,
  runCli,
  seedPath,
  seedTitle,
  sharedDir,
  sharedFilesPresent,
} from "./run-cli.ts";

const gumDev = path.join(sharedDir(), "corpora/gum-news/dev.jsonl");
const gumQuotes = path.join(sharedDir(), "corpora/gum-news/quotes-dev.jsonl");
const gumAvailable = sharedFilesPresent("extract-command (gum-news)", [gumDev, gumQuotes]);
const evalModule = path.join(repoRoot, "packages/extract/src/eval/index.ts");

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "pipeline-extract-"));
  fs.copyFileSync(seedPath, path.join(dir, "seed.txt"));
  if (!gumAvailable) return;
  const lines = fs.readFileSync(gumDev, "utf8").split("\n").slice(0, 2);
  fs.writeFileSync(path.join(dir, "corpus.jsonl"), `${lines.join("\n")}\n{"id":"no-text"}\n`);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("newsgraph extract", () => {
  it("prints one validated article graph per article with --json", async () => {
    const run = await runCli(["extract", "--json", "seed.txt"], { cwd: dir });
    expect(run.code).toBe(0);
    const [graph, ...rest] = jsonLines(run.stdout);
    expect(rest).toEqual([]);
    expect([graph?.source, (graph?.title as { text: string } | undefined)?.text]).toEqual([
      "seed.txt",
      seedTitle,
    ]);
    expect(
      Array.isArray(graph?.entities) && Array.isArray(graph?.quotes) && Array.isArray(graph?.figures),
    ).toBe(true);
  });

  it.runIf(gumAvailable)(
    "turns corpus lines into corpus records whose offsets point into each text, naming a bad line",
    async () => {
      const run = await runCli(["extract", "--jsonl-in", "corpus.jsonl", "--jsonl-out", "out.jsonl"], {
        cwd: dir,
      });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(
        '  corpus.jsonl:3: read failed (invalid_line): expected {"id": string, "text": string}\n',
      );
      const inputs = jsonLines(fs.readFileSync(path.join(dir, "corpus.jsonl"), "utf8")).slice(0, 2);
      const outputs = jsonLines(fs.readFileSync(path.join(dir, "out.jsonl"), "utf8"));
      expect(outputs.map((o) => o.id)).toEqual(inputs.map((i) => i.id));
      outputs.forEach((output, i) => {
        const text = inputs[i]?.text as string;
        const entities = output.entities as { start: number; end: number; text: string; type: string }[];
        expect(entities.length).toBeGreaterThan(0);
        for (const e of entities) expect(text.slice(e.start, e.end)).toBe(e.text);
        expect(Object.keys(output).sort()).toEqual(["entities", "id", "quotes"]);
      });
    },
  );

  it.runIf(gumAvailable && fs.existsSync(evalModule))(
    "eval prints the side-by-side table for the extractor and compromise",
    async () => {
      const run = await runCli(["eval"], { cwd: dir });
      expect(run.code).toBe(0);
      const lines = run.stdout.split("\n");
      expect(lines[0]).toBe("NER: named person/organization/place mentions, 16 documents");
      expect(lines[1]?.trim().split(/\s+/)).toEqual(["newsgraph", "compromise"]);
      expect(lines.filter((l) => /^(person|organization|place|micro) /.test(l))).toHaveLength(4);
      expect(run.stdout).toContain("\nQuotes: ");
      expect(run.stdout).not.toMatch(/^== GUM_news_/m);
    },
  );

  it.runIf(gumAvailable && fs.existsSync(evalModule))(
    "eval --verbose lists the errors under each document, with the span in brackets",
    async () => {
      const run = await runCli(["eval", "--verbose"], { cwd: dir });
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^== GUM_news_\w+$/m);
      expect(run.stdout).toMatch(/^f[np] (person|organization|place) +….*\[[^\]]+\]/m);
    },
  );
});
