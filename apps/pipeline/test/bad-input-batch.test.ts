import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase } from "@newsgraph/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CliRun, runCli, seedPath, seedTitle } from "./run-cli.ts";

const windows1252 = [
  "Village well reopens after two years",
  "",
  "March 3, 2024",
  "",
  "\u201cWe waited so long for this,\u201d said the caf\u00e9 owner Jos\u00e9 Martins, standing beside the new pump in the village of Sainte-Claire.",
  "",
  "The regional council paid for the repairs, which took eight months and cost about 40,000 euros, according to the mayor\u2019s office.",
  "",
  "Residents said the water was clean and that children no longer had to walk to the next village to fetch it.",
].join("\n");
const cp1252Bytes: Record<string, number> = {
  "\u2018": 0x91,
  "\u2019": 0x92,
  "\u201c": 0x93,
  "\u201d": 0x94,
};
const windows1252Bytes = Buffer.from([...windows1252].map((c) => cp1252Bytes[c] ?? c.charCodeAt(0)));

const noTitle =
  "and then it went on and on without any stop or shape, lower case words running together with no line that could be a headline ".repeat(
    3,
  );

const loginPage = `<!doctype html><html><head><title>Login</title></head><body><form><label>User</label><input name=u>
<label>Password</label><input type=password name=p><button>Sign in</button></form>
<nav><a href="/">Home</a> <a href="/help">Help</a></nav></body></html>`;

const malformedHtml = `<html><head><title>Storm hits coast</title><body><div><p>A storm hit the coast on Monday, cutting power to thousands of homes and closing roads, the local authorities said in a statement.
<p>Emergency crews worked through the night to clear fallen trees <b>and restore <i>power</b></i> to the worst affected areas, officials said.
<div><p>"It was the worst storm in a decade," said one resident, who did not want to be named.</p></table></span>`;

const expectedFailures = [
  "  batch/binary.bin: read failed (binary): input looks binary, not text",
  "  batch/blank.txt: parse failed (empty): input is only whitespace",
  "  batch/empty.txt: parse failed (empty): input is empty",
  "  batch/huge.txt: read failed (too_large): file is 52428800 bytes, over the limit of 20971520 bytes (raise it with --max-bytes)",
  "  batch/login.html: parse failed (not_an_article): the page is a login form, not an article (only 0 characters of article text were found)",
  '  batch/no-title.txt:1: parse failed (no_title): no line looks like a headline (a line of 2 to 30 words before the article text); first line: "and then it went on and on without any stop or shape, lower case words running t"',
];
const badFiles = ["binary.bin", "blank.txt", "empty.txt", "huge.txt", "login.html", "no-title.txt"];
const storedSources = ["batch/malformed.html", "batch/seed.txt", "batch/windows-1252.txt"];

let dir: string;
let env: Record<string, string>;
let first: CliRun;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "pipeline-bad-input-"));
  env = { DATABASE_URL: `file:${path.join(dir, "newsgraph.db")}` };
  const batch = path.join(dir, "batch");
  fs.mkdirSync(batch);
  fs.copyFileSync(seedPath, path.join(batch, "seed.txt"));
  fs.writeFileSync(path.join(batch, "empty.txt"), "");
  fs.writeFileSync(path.join(batch, "blank.txt"), "   \n\t\n  \r\n");
  fs.writeFileSync(
    path.join(batch, "binary.bin"),
    Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)),
  );
  fs.closeSync(fs.openSync(path.join(batch, "huge.txt"), "w"));
  fs.truncateSync(path.join(batch, "huge.txt"), 50 * 1024 * 1024);
  fs.writeFileSync(path.join(batch, "windows-1252.txt"), windows1252Bytes);
  fs.writeFileSync(path.join(batch, "no-title.txt"), noTitle);
  fs.writeFileSync(path.join(batch, "login.html"), loginPage);
  fs.writeFileSync(path.join(batch, "malformed.html"), malformedHtml);

  const migrate = await runCli(["migrate"], { cwd: dir, env });
  expect(migrate.code).toBe(0);
  first = await runCli(["ingest", "batch"], { cwd: dir, env });
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function storedArticles() {
  const db = await openDatabase(env.DATABASE_URL);
  try {
    return await db.prisma.article.findMany({
      orderBy: { source: "asc" },
      select: { source: true, title: true, text: true, quotes: { select: { text: true } } },
    });
  } finally {
    await db.close();
  }
}

describe("newsgraph ingest on a batch of bad inputs", () => {
  it("exits 1 and names each bad file once, with its reason", () => {
    expect(first.code).toBe(1);
    const lines = first.stderr.trimEnd().split("\n");
    expect(lines[1]).toMatch(
      /^ingest: 9 documents: 3 parsed, 3 extracted, 3 stored, 6 failed in \d+\.\d\d s$/,
    );
    expect(lines.slice(2, 9).map((line) => line.replace(/ \(\d+ control characters in \d+\)$/, ""))).toEqual([
      "failed:",
      ...expectedFailures,
    ]);
    for (const file of badFiles) expect(first.stderr.split(`batch/${file}`)).toHaveLength(2);
    expect(lines[9]).toMatch(/^ingest: 3 new, 0 replaced, 0 unchanged \(ingest run run_[0-9a-f-]+\)$/);
  });

  it("stores the good ones, the Windows-1252 text decoded", async () => {
    const articles = await storedArticles();
    expect(articles.map((a) => [a.source, a.title])).toEqual([
      ["batch/malformed.html", "Storm hits coast"],
      ["batch/seed.txt", seedTitle],
      ["batch/windows-1252.txt", "Village well reopens after two years"],
    ]);
    const decoded = articles[2];
    expect(decoded?.text).toBe(windows1252);
    expect(decoded?.quotes.map((q) => q.text)).toContain("We waited so long for this,");
    expect(articles[0]?.text).toContain("restore power to the worst affected areas");
  });

  it("leaves a database that checks clean, and a second run stores nothing twice", async () => {
    expect((await runCli(["check"], { cwd: dir, env })).code).toBe(0);
    const again = await runCli(["ingest", "batch"], { cwd: dir, env });
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/\ningest: 0 new, 0 replaced, 3 unchanged \(ingest run run_[0-9a-f-]+\)\n$/);
    expect((await storedArticles()).map((a) => a.source)).toEqual(storedSources);
    const check = await runCli(["check"], { cwd: dir, env });
    expect([check.code, check.stdout.startsWith("integrity ok: articles=3 ")]).toEqual([0, true]);
  });

  it("says to migrate first when the database has no tables", async () => {
    const fresh = { DATABASE_URL: `file:${path.join(dir, "fresh.db")}` };
    const run = await runCli(["ingest", "batch/seed.txt"], { cwd: dir, env: fresh });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `newsgraph: ${fresh.DATABASE_URL} has no newsgraph tables yet: run \`pnpm newsgraph migrate\` first\n`,
    );
  });
});
