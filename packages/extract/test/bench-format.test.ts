import { describe, expect, it } from "vitest";
import type { ParseBenchResult } from "../../parser/bench/parse-bench.ts";
import {
  atReferenceSpeed,
  type ExtractBenchResult,
  formatExtractBench,
  REFERENCE_COMPROMISE_MB_PER_SECOND,
  type SystemFigures,
} from "../bench/extract-bench.ts";

const pass = (megabytesPerSecond: number): ParseBenchResult => ({
  articles: 100,
  megabytes: 1,
  seconds: 1 / megabytesPerSecond,
  cpuSeconds: 1 / megabytesPerSecond,
  megabytesPerSecond,
  megabytesPerCpuSecond: megabytesPerSecond,
  articlesPerSecond: 100 * megabytesPerSecond,
  failed: 0,
});

const system = (name: SystemFigures["system"], first: number, second: number): SystemFigures => ({
  system: name,
  ...pass(first),
  secondPass: pass(second),
  peakRssMegabytes: 300,
});

describe("extract bench report", () => {
  it("scales newsgraph's throughput by this machine's compromise figure to the issue's reference machine", () => {
    expect(REFERENCE_COMPROMISE_MB_PER_SECOND).toBe(0.23);
    // Five times compromise's speed is 1.15 MB/s wherever compromise reads 0.23 MB/s.
    expect(atReferenceSpeed(pass(0.5), pass(0.1))).toBeCloseTo(1.15, 10);
    expect(atReferenceSpeed(pass(0.23), pass(0.23))).toBeCloseTo(0.23, 10);
  });

  it("prints both measured figures, the ratio and the reference-machine figure", () => {
    const result: ExtractBenchResult = {
      corpusMegabytes: 1,
      articles: 100,
      newsgraph: system("newsgraph", 0.4, 0.6),
      compromise: system("compromise", 0.08, 0.075),
    };
    const lines = formatExtractBench(result).split("\n");
    expect(lines[1]).toMatch(/^newsgraph\s+first pass\s+0\.40 MB\/s.*second pass\s+0\.60 MB\/s/);
    expect(lines[2]).toMatch(/^compromise\s+first pass\s+0\.08 MB\/s/);
    expect(lines[3]).toBe("newsgraph / compromise: 5.0x first pass, 8.0x second pass");
    expect(lines[4]).toBe(
      "on a machine where compromise reads 0.23 MB/s (the issue's): newsgraph 1.15 MB/s first pass, 1.84 MB/s second pass (this machine runs compromise at 0.08 / 0.07)",
    );
  });
});
