import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

/** The shared folder (corpora, scorers): `$NEWSGRAPH_SHARED`, else `<repo root>/../shared`. */
export function sharedDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.NEWSGRAPH_SHARED || path.join(repoRoot, "../shared"));
}

/**
 * Whether a test's shared files are all there. Missing in CI is an error (the corpus tests must run
 * there); elsewhere it logs one line and the caller skips.
 */
export function sharedFilesPresent(label: string, files: readonly string[], env = process.env): boolean {
  const missing = files.filter((file) => !fs.existsSync(file));
  if (missing.length === 0) return true;
  const reason = `${missing.join(", ")} not found (set NEWSGRAPH_SHARED to the shared folder)`;
  if (env.CI && env.CI !== "false") throw new Error(`${label}: ${reason}`);
  console.log(`${label}: skipped, ${reason}`);
  return false;
}
