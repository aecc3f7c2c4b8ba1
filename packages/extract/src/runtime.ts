/** Young-generation size for extraction runs, in MB (V8's default is 16 on 64-bit). */
export const EXTRACTION_SEMI_SPACE_MB = 32;

/**
 * Node flags for a process that extracts: extraction allocates many short-lived strings and arrays
 * per article, and a larger young generation means fewer scavenges (on the 4 MB extract bench, 143
 * instead of 247, GC about 1.1 s instead of 1.6 s, peak RSS 25–45 MB higher). V8 sizes the young
 * generation when the process starts, so the flag has to be given on the command line (the
 * `newsgraph` scripts and the bench's child processes do); `v8.setFlagsFromString` after start has
 * no effect on it.
 */
export const EXTRACTION_NODE_FLAGS: readonly string[] = [`--max-semi-space-size=${EXTRACTION_SEMI_SPACE_MB}`];
