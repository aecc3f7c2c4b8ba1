export * from "./corpus.ts";
export * from "./load-bench.ts";
