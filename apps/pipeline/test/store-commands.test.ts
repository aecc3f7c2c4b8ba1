import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, seedPath } from "./run-cli.ts";

let dir: string;
let env: Record<string, string>;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "pipeline-store-"));
  env = { DATABASE_URL: `file:${path.join(dir, "newsgraph.db")}` };
  fs.mkdirSync(path.join(dir, "raw"));
  fs.copyFileSync(seedPath, path.join(dir, "raw/seed.txt"));
  fs.writeFileSync(
    path.join(dir, "raw/wire.txt"),
    [
      "Flooding closes roads across Bavaria",
      "",
      "MUNICH, March 3 (Reuters) - Heavy rain flooded roads and cellars across Bavaria on Sunday, police said, and the German Weather Service warned that rivers would keep rising until Tuesday.",
      "",
      '"We have not seen water levels like this in twenty years," said Anna Weber, the mayor of Passau, where about 300 residents left their homes.',
      "",
      "Rail operator Deutsche Bahn said it had cancelled more than 40 regional trains in the south of the state.",
    ].join("\n"),
  );
  fs.writeFileSync(path.join(dir, "raw/empty.txt"), "");
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("newsgraph migrate, ingest, load, check", () => {
  it("ingests a directory into a new SQLite file, reports the bad file, and the database checks clean", async () => {
    const migrate = await runCli(["migrate"], { cwd: dir, env });
    expect(migrate.code).toBe(0);
    expect(migrate.stderr).toContain(`migrate: sqlite file:${path.join(dir, "newsgraph.db")}: applied `);

    const ingest = await runCli(["ingest", "raw"], { cwd: dir, env });
    expect(ingest.code).toBe(1);
    const lines = ingest.stderr.trimEnd().split("\n");
    expect(lines[1]).toMatch(
      /^ingest: 3 documents: 2 parsed, 2 extracted, 2 stored, 1 failed in \d+\.\d\d s$/,
    );
    expect(lines.slice(2, 4)).toEqual(["failed:", "  raw/empty.txt: parse failed (empty): input is empty"]);
    expect(lines[4]).toMatch(/^ingest: 2 new, 0 replaced, 0 unchanged \(ingest run run_[0-9a-f-]+\)$/);

    const check = await runCli(["check"], { cwd: dir, env });
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(/^integrity ok: articles=2 /);
  });

  it("loads extracted records idempotently: a second load stores nothing new", async () => {
    const extract = await runCli(["extract", "raw/seed.txt", "raw/wire.txt", "--out", "extracted"], {
      cwd: dir,
      env,
    });
    expect(extract.code).toBe(0);
    const validate = await runCli(["validate", "extracted"], { cwd: dir, env });
    expect(validate.code).toBe(0);
    expect(validate.stderr).toMatch(
      /^validate: 2 records: 0 articles and 2 article graphs valid, 0 failed in/,
    );

    const load = await runCli(["load", "extracted"], { cwd: dir, env });
    expect(load.code).toBe(0);
    expect(load.stderr).toMatch(
      /\nload: 2 documents: 0 parsed, 0 extracted, 2 stored, 0 failed in \d+\.\d\d s\n/,
    );
    expect(load.stderr).toMatch(/\nload: 0 new, 0 replaced, 2 unchanged \(ingest run run_[0-9a-f-]+\)\n$/);

    const check = await runCli(["check"], { cwd: dir, env });
    expect([check.code, check.stdout.startsWith("integrity ok: articles=2 ")]).toEqual([0, true]);
  });
});
