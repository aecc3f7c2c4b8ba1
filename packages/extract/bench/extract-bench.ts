import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArticle } from "@newsgraph/parser";
import { buildBenchCorpus, type ParseBenchResult } from "../../parser/bench/parse-bench.ts";
import { compromiseCorpusRecord } from "../src/eval/compromise-baseline.ts";
import { extractArticle } from "../src/extract-article.ts";
import { EXTRACTION_NODE_FLAGS, EXTRACTION_SEMI_SPACE_MB } from "../src/runtime.ts";

export type BenchSystem = "newsgraph" | "compromise";

/**
 * The parse bench's figures for one system's first pass over the corpus, the same figures for a
 * second pass in the same process (compiled code warm), and the peak memory of the process that ran
 * only it.
 */
export interface SystemFigures extends ParseBenchResult {
  system: BenchSystem;
  /** The second pass over the same texts: the throughput of a long run once V8 has optimised the code. */
  secondPass: ParseBenchResult;
  /** Peak resident memory of the process that ran only this system. */
  peakRssMegabytes: number;
}

export interface ExtractBenchOptions {
  /** Corpus size: the seed and the GUM dev texts repeated until it holds this many bytes (default 4 MB). */
  megabytes?: number;
  /** Run each system in its own process so peak RSS is that system's alone (default true). */
  isolate?: boolean;
}

export interface ExtractBenchResult {
  corpusMegabytes: number;
  articles: number;
  newsgraph: SystemFigures;
  compromise: SystemFigures;
}

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, "../../..");

/**
 * One system over the corpus, single-threaded, after a short warm-up: newsgraph is parse + extract
 * (the validated ArticleGraph), compromise is `nlp(text)` people/organizations/places/quotations with
 * offsets, on the same texts.
 */
export function measureSystem(system: BenchSystem, megabytes: number): SystemFigures {
  const corpus = buildBenchCorpus(megabytes * 1024 * 1024);
  const run = (text: string, i: number): boolean => {
    if (system === "compromise") {
      compromiseCorpusRecord(`b${i}`, text);
      return true;
    }
    const article = parseArticle(text, { source: `bench-${i}`, contentType: "text" });
    return article.ok && extractArticle(article.value).ok;
  };
  for (let i = 0; i < Math.min(20, corpus.length); i++) run(corpus[i] as string, i);
  const bytes = corpus.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const pass = (): ParseBenchResult => {
    let failed = 0;
    const cpu = process.cpuUsage();
    const started = process.hrtime.bigint();
    corpus.forEach((text, i) => {
      if (!run(text, i)) failed++;
    });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const used = process.cpuUsage(cpu);
    const mb = bytes / (1024 * 1024);
    return {
      articles: corpus.length,
      megabytes: mb,
      seconds,
      cpuSeconds: (used.user + used.system) / 1e6,
      megabytesPerSecond: mb / seconds,
      megabytesPerCpuSecond: mb / ((used.user + used.system) / 1e6),
      articlesPerSecond: corpus.length / seconds,
      failed,
    };
  };
  const first = pass();
  const secondPass = pass();
  return {
    system,
    ...first,
    secondPass,
    peakRssMegabytes: (process.resourceUsage().maxRSS * 1024) / (1024 * 1024),
  };
}

/**
 * Node flags of each system's process: newsgraph runs as its CLI does; compromise keeps the young
 * generation it always had here but not the inlining budget tuned for newsgraph's warm-up (with it,
 * compromise ran 2–4% slower in two pinned pairs).
 */
const SYSTEM_NODE_FLAGS: Record<BenchSystem, readonly string[]> = {
  newsgraph: EXTRACTION_NODE_FLAGS,
  compromise: [`--max-semi-space-size=${EXTRACTION_SEMI_SPACE_MB}`],
};

function measureIsolated(system: BenchSystem, megabytes: number): SystemFigures {
  const out = spawnSync(
    process.execPath,
    [
      ...SYSTEM_NODE_FLAGS[system],
      "--import",
      "tsx",
      fileURLToPath(import.meta.url),
      "--system",
      system,
      "--megabytes",
      String(megabytes),
    ],
    { cwd: repoRoot, encoding: "utf8", maxBuffer: 1 << 20 },
  );
  if (out.status !== 0) throw new Error(`extract bench (${system}) failed: ${out.stderr}`);
  return JSON.parse(out.stdout.trim().split("\n").pop() as string) as SystemFigures;
}

/** Parse + extract throughput and peak RSS, beside compromise on the same texts. */
export function runExtractBench(opts: ExtractBenchOptions = {}): ExtractBenchResult {
  const megabytes = opts.megabytes ?? 4;
  const measure = opts.isolate === false ? measureSystem : measureIsolated;
  const newsgraph = measure("newsgraph", megabytes);
  const compromise = measure("compromise", megabytes);
  return { corpusMegabytes: newsgraph.megabytes, articles: newsgraph.articles, newsgraph, compromise };
}

/**
 * compromise's throughput on one core where the extraction issue set its target (1 MB/s on one core,
 * "compromise measured about 0.23 MB/s here"). Machines here have run compromise anywhere from 0.07 to
 * 0.20 MB/s on the same bench, so the bench also prints newsgraph's figure scaled by this machine's
 * compromise figure to that reference: a figure comparable across machines, beside the measured one.
 */
export const REFERENCE_COMPROMISE_MB_PER_SECOND = 0.23;

/** newsgraph's MB/s on a machine where compromise reads `REFERENCE_COMPROMISE_MB_PER_SECOND`. */
export function atReferenceSpeed(newsgraph: ParseBenchResult, compromise: ParseBenchResult): number {
  return (newsgraph.megabytesPerSecond / compromise.megabytesPerSecond) * REFERENCE_COMPROMISE_MB_PER_SECOND;
}

export function formatExtractBench(r: ExtractBenchResult): string {
  const rate = (f: ParseBenchResult) =>
    `${f.megabytesPerSecond.toFixed(2).padStart(6)} MB/s ${f.articlesPerSecond.toFixed(0).padStart(5)} articles/s (cpu ${f.megabytesPerCpuSecond.toFixed(2)} MB per cpu s)`;
  const line = (f: SystemFigures) =>
    `${f.system.padEnd(11)} first pass ${rate(f)}  second pass ${rate(f.secondPass)}  peak RSS ${f.peakRssMegabytes.toFixed(0)} MB${
      f.failed + f.secondPass.failed > 0 ? `  ${f.failed + f.secondPass.failed} failed` : ""
    }`;
  const ratio = (pick: (f: SystemFigures) => ParseBenchResult) =>
    (pick(r.newsgraph).megabytesPerSecond / pick(r.compromise).megabytesPerSecond).toFixed(1);
  return [
    `${r.articles} text articles (seed + GUM dev), ${r.corpusMegabytes.toFixed(1)} MB, read twice by each system in its own process (one thread; the first pass includes V8's warm-up)`,
    line(r.newsgraph),
    line(r.compromise),
    `newsgraph / compromise: ${ratio((f) => f)}x first pass, ${ratio((f) => f.secondPass)}x second pass`,
    `on a machine where compromise reads ${REFERENCE_COMPROMISE_MB_PER_SECOND} MB/s (the issue's): newsgraph ${atReferenceSpeed(r.newsgraph, r.compromise).toFixed(2)} MB/s first pass, ${atReferenceSpeed(r.newsgraph.secondPass, r.compromise.secondPass).toFixed(2)} MB/s second pass (this machine runs compromise at ${r.compromise.megabytesPerSecond.toFixed(2)} / ${r.compromise.secondPass.megabytesPerSecond.toFixed(2)})`,
  ].join("\n");
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const megabytes = Number(option("--megabytes") ?? 4);
  const system = option("--system") as BenchSystem | undefined;
  if (system) console.log(JSON.stringify(measureSystem(system, megabytes)));
  else console.log(formatExtractBench(runExtractBench({ megabytes })));
}
