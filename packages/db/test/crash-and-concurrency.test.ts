import { spawn } from "node:child_process";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCorpus } from "../bench/corpus.ts";
import { checkIntegrity, loadArticleGraphs } from "../src/index.ts";
import {
  createPostgresTestDatabase,
  createSqliteTestDatabase,
  postgresAvailable,
  type TestDatabase,
  useTestDatabase,
} from "./databases.ts";

const childScript = join(import.meta.dirname, "fixtures", "load-generated-corpus.ts");

function runLoader(
  url: string,
  count: number,
  killAfter?: number,
): Promise<{ lastDone: number; killed: boolean; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", childScript, url, String(count)], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    let lastDone = 0;
    let killed = false;
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      for (const m of chunk.toString().matchAll(/done (\d+)/g)) lastDone = Number(m[1]);
      if (killAfter !== undefined && !killed && lastDone >= killAfter) {
        killed = true;
        child.kill("SIGKILL");
      }
    });
    child.stderr.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on("error", reject);
    child.on("exit", () => resolve({ lastDone, killed, output }));
  });
}

/** A loader child that waits for go() once it has opened the database and generated its inputs. */
function startLoader(url: string, args: string[]) {
  const child = spawn(process.execPath, ["--import", "tsx", childScript, url, ...args], {
    stdio: ["pipe", "pipe", "pipe"],
  });
  let output = "";
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  child.stdout.on("data", (chunk: Buffer) => {
    output += chunk.toString();
    if (/^ready$/m.test(output)) markReady();
  });
  child.stderr.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  const finished = new Promise<{ pid: number; exitCode: number | null; output: string }>(
    (resolve, reject) => {
      child.on("error", reject);
      child.on("exit", (exitCode) => {
        markReady(); // a child that died before it was ready must not hang the test
        resolve({ pid: child.pid ?? -1, exitCode, output });
      });
    },
  );
  return {
    ready,
    finished,
    go: () => {
      child.stdin.end("go\n");
    },
  };
}

async function storedOnce(t: TestDatabase, count: number) {
  const [articles, distinctUrls, versions, integrity] = await Promise.all([
    t.db.prisma.article.count(),
    t.db.prisma.article.groupBy({ by: ["url"] }),
    t.db.prisma.articleVersion.count(),
    checkIntegrity(t.db),
  ]);
  return {
    articles,
    distinctUrls: distinctUrls.length,
    versions,
    problems: Object.entries(integrity.problems).filter(([, n]) => n > 0),
    count,
  };
}

describe("a loader killed with SIGKILL in the middle of a 1,000-article batch (SQLite)", () => {
  const t = useTestDatabase(createSqliteTestDatabase);

  it("stores every article exactly once after a rerun and passes the integrity check", async () => {
    const killed = await runLoader(t.url, 1000, 300);
    expect(killed.killed).toBe(true);
    const partial = await t.db.prisma.article.count();
    expect(partial).toBeGreaterThanOrEqual(299);
    expect(partial).toBeLessThan(1000);
    const rerun = await runLoader(t.url, 1000);
    expect(rerun.output).toContain(`summary stored=${1000 - partial} unchanged=${partial} failed=0`);
    expect(await storedOnce(t, 1000)).toEqual({
      articles: 1000,
      distinctUrls: 1000,
      versions: 1000,
      problems: [],
      count: 1000,
    });
    const runs = await t.db.prisma.ingestRun.findMany({
      orderBy: { startedAt: "asc" },
      select: { status: true },
    });
    expect(runs.map((r) => r.status)).toEqual(["running", "finished"]);
  }, 180_000);
});

describe.skipIf(!postgresAvailable)("two loaders at once on PostgreSQL with overlapping inputs", () => {
  let t: TestDatabase;
  let reference: TestDatabase;
  beforeAll(async () => {
    [t, reference] = await Promise.all([createPostgresTestDatabase(), createSqliteTestDatabase()]);
  }, 60_000);
  afterAll(async () => {
    await t?.cleanup();
    await reference?.cleanup();
  });

  it("stores each article and each entity once when two loader processes share the inputs", async () => {
    const graphs = [
      ...generateCorpus(160, { seed: 11, correctionRate: 0, duplicateRate: 0, people: 40 }),
    ].map((a) => a.graph);
    // Two processes, each with its own connection pool, released together: one loads articles
    // 0-109 in order, the other 159 down to 50, so they meet in the 60 articles both were given.
    const corpus = ["160", "--seed", "11", "--people", "40", "--wait"];
    const fromA = startLoader(t.url, [...corpus, "--from", "0", "--to", "110"]);
    const fromB = startLoader(t.url, [...corpus, "--from", "50", "--to", "160", "--reverse"]);
    await Promise.all([fromA.ready, fromB.ready]);
    fromA.go();
    fromB.go();
    const [a, b] = await Promise.all([fromA.finished, fromB.finished]);
    expect([a.exitCode, b.exitCode], a.output + b.output).toEqual([0, 0]);
    expect([a.pid, b.pid].every((pid) => pid !== process.pid && pid > 0)).toBe(true);
    expect(a.pid).not.toBe(b.pid);
    const summaries = [a, b].map((r) => {
      const m = r.output.match(/summary stored=(\d+) unchanged=(\d+) failed=(\d+)/);
      expect(m, r.output).not.toBeNull();
      return { stored: Number(m?.[1]), unchanged: Number(m?.[2]), failed: Number(m?.[3]) };
    });
    expect(summaries.map((s) => s.failed)).toEqual([0, 0]);
    const [sa, sb] = summaries as [(typeof summaries)[number], (typeof summaries)[number]];
    expect(sa.stored + sb.stored).toBe(160);
    expect(sa.unchanged + sb.unchanged).toBe(60);
    await loadArticleGraphs(reference.db, graphs);
    const entitiesByType = async (d: TestDatabase) =>
      (
        await d.db.prisma.entity.groupBy({ by: ["type"], _count: { _all: true }, orderBy: { type: "asc" } })
      ).map((g) => [g.type, g._count._all]);
    expect(await storedOnce(t, 160)).toEqual({
      articles: 160,
      distinctUrls: 160,
      versions: 160,
      problems: [],
      count: 160,
    });
    expect(await entitiesByType(t)).toEqual(await entitiesByType(reference));
    const keys = (await t.db.prisma.entity.findMany({ select: { type: true, key: true } })).map(
      (e) => `${e.type}:${e.key}`,
    );
    expect(keys.length).toBeGreaterThan(0);
    expect(new Set(keys).size).toBe(keys.length);
  }, 120_000);
});
