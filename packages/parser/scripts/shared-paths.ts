import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

/** The shared folder (seeds, corpora, scorers): `$NEWSGRAPH_SHARED`, else `<repo root>/../shared`. */
export function sharedDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.NEWSGRAPH_SHARED || join(repoRoot, "../shared"));
}

/** A file or folder in the shared folder; when it is missing the script stops, saying where it looked and how to point elsewhere. */
export function sharedPath(relative: string, env: NodeJS.ProcessEnv = process.env): string {
  const path = join(sharedDir(env), relative);
  if (existsSync(path)) return path;
  const from = env.NEWSGRAPH_SHARED ? "NEWSGRAPH_SHARED" : "<repo root>/../shared";
  process.stderr.write(
    `${path} not found (shared folder from ${from}); set NEWSGRAPH_SHARED or pass the path\n`,
  );
  process.exit(1);
}
