import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

const repoRoot = path.resolve(import.meta.dirname, "..");

interface Bench {
  name: string;
  /** Files that may hold the bench, in the order tried. */
  modules: string[];
  exportName: string;
  run(fn: (...args: never[]) => unknown, mod: Record<string, unknown>): Promise<string[]>;
}

const { values } = parseArgs({
  options: {
    only: { type: "string" },
    articles: { type: "string" },
    duration: { type: "string" },
  },
});
const articles = values.articles ? Number(values.articles) : undefined;
const duration = values.duration ? Number(values.duration) : undefined;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const benches: Bench[] = [
  {
    name: "parse",
    modules: ["packages/parser/bench/index.ts", "packages/parser/bench/parse-bench.ts"],
    exportName: "runParseBench",
    async run(fn) {
      const r = (fn as () => Record<string, number>)();
      return [
        `${r.articles} text articles, ${r.megabytes?.toFixed(1)} MB in ${r.seconds?.toFixed(2)} s: ` +
          `${r.megabytesPerSecond?.toFixed(1)} MB/s, ${r.articlesPerSecond?.toFixed(0)} articles/s, ${r.failed} failed`,
        `peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}`,
      ];
    },
  },
  {
    name: "extract",
    modules: ["packages/extract/bench/index.ts", "packages/extract/bench/extract-bench.ts"],
    exportName: "runExtractBench",
    async run(fn, mod) {
      const result = await (fn as () => unknown)();
      const format = mod.formatExtractBench as ((r: unknown) => string) | undefined;
      return (format ? format(result) : JSON.stringify(result, null, 2)).split("\n");
    },
  },
  {
    name: "load",
    modules: ["packages/db/bench/index.ts", "packages/db/bench/load-bench.ts"],
    exportName: "runLoadBench",
    async run(fn, mod) {
      const figures = (await (fn as (o: object) => Promise<unknown[]>)(
        articles ? { articles } : {},
      )) as unknown[];
      const format = mod.formatLoadBenchFigures as ((f: unknown) => string) | undefined;
      return figures.flatMap((f) => (format ? format(f) : JSON.stringify(f)).split("\n"));
    },
  },
  {
    name: "gateway",
    modules: ["apps/gateway/bench/index.ts", "apps/gateway/bench/gateway-bench.ts"],
    exportName: "runGatewayBench",
    async run(fn) {
      const figures = (await (fn as (o: object) => Promise<Record<string, number | string>[]>)({
        ...(articles ? { articles } : {}),
        ...(duration ? { duration } : {}),
        log: (line: string) => process.stderr.write(`  ${line}\n`),
      })) as Record<string, number | string>[];
      return figures.map(
        (q) =>
          `${String(q.name).padEnd(38)} ${Number(q.requestsPerSecond).toFixed(0).padStart(7)} req/s  ` +
          `p50 ${q.p50} ms  p99 ${q.p99} ms  errors ${q.errors}  non-2xx ${q.non2xx}`,
      );
    },
  },
];

async function findBench(bench: Bench): Promise<Record<string, unknown> | string> {
  for (const relative of bench.modules) {
    const file = path.join(repoRoot, relative);
    if (!fs.existsSync(file)) continue;
    const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    if (typeof mod[bench.exportName] === "function") return mod;
  }
  return `${bench.exportName} (${bench.modules[0]}) is not available yet`;
}

const only = values.only?.split(",");
let failures = 0;
for (const bench of benches.filter((b) => !only || only.includes(b.name))) {
  const mod = await findBench(bench);
  if (typeof mod === "string") {
    console.log(`${bench.name}: skipped, ${mod}`);
    continue;
  }
  const started = performance.now();
  try {
    const lines = await bench.run(mod[bench.exportName] as (...args: never[]) => unknown, mod);
    console.log(`${bench.name} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    for (const line of lines) console.log(`  ${line}`);
  } catch (err) {
    failures++;
    console.log(`${bench.name}: failed: ${err instanceof Error ? err.message : String(err)}`);
  }
}
process.exitCode = failures > 0 ? 1 : 0;
