import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { repoRoot } from "./paths.ts";

/** Thrown when a module another part of the project provides is not there (yet). */
export class ModuleUnavailableError extends Error {}

/** Imports a TypeScript module by its path in the repo, naming it when it is missing or lacks an export. */
export async function importRepoModule<T>(
  relativePath: string,
  exportsNeeded: readonly string[],
): Promise<T> {
  const file = path.join(repoRoot, relativePath);
  if (!fs.existsSync(file)) throw new ModuleUnavailableError(`${relativePath} is not available yet`);
  const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  const missing = exportsNeeded.filter((name) => mod[name] === undefined);
  if (missing.length > 0) {
    throw new ModuleUnavailableError(`${relativePath} does not export ${missing.join(", ")} yet`);
  }
  return mod as T;
}
