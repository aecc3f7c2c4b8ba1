export {
  type ExtractBenchOptions,
  type ExtractBenchResult,
  formatExtractBench,
  measureSystem,
  runExtractBench,
  type SystemFigures,
} from "./extract-bench.ts";
