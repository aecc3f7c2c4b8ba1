/** Young-generation size for extraction runs, in MB (V8's default is 16 on 64-bit). */
export const EXTRACTION_SEMI_SPACE_MB = 32;

/**
 * Bytecode TurboFan inlines into one optimised function, at most (V8's default is 920). On one core the
 * optimising compiler's background jobs share the core with the extraction, and an extraction process
 * spends a third of its first pass over the bench compiling (`--trace-opt`); the largest jobs are the
 * big functions with everything they call inlined. A smaller budget makes those jobs smaller, while
 * the hot small helpers are still inlined.
 */
export const EXTRACTION_INLINE_BUDGET = 300;

/**
 * Node flags for a process that extracts: extraction allocates many short-lived strings and arrays
 * per article, and a larger young generation means fewer scavenges (on the 4 MB extract bench, 143
 * instead of 247, GC about 1.1 s instead of 1.6 s, peak RSS 25–45 MB higher); the smaller inlining
 * budget shortens the warm-up (first pass of the bench about 8% faster, second pass unchanged; the
 * CLI over the 61 web pages 4.48 s → 4.12 s). V8 reads these flags when the process starts, so they
 * have to be given on the command line (the `newsgraph` scripts and the bench's child processes do);
 * `v8.setFlagsFromString` after start has no effect on the young generation.
 */
export const EXTRACTION_NODE_FLAGS: readonly string[] = [
  `--max-semi-space-size=${EXTRACTION_SEMI_SPACE_MB}`,
  `--max-inlined-bytecode-size-cumulative=${EXTRACTION_INLINE_BUDGET}`,
];
