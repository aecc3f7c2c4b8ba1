import path from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

/** The shared folder (corpora, scorers): `$NEWSGRAPH_SHARED`, else beside the clone, `<clone>/../shared`. */
export function sharedDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.NEWSGRAPH_SHARED || path.join(repoRoot, "../shared"));
}

export const corporaDir = path.join(sharedDir(), "corpora");

/** Where the user typed the command: pnpm runs root scripts from the repo root but records the caller's directory. */
export function invocationDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.npm_lifecycle_event === "newsgraph" && env.INIT_CWD ? env.INIT_CWD : process.cwd();
}

/** A path argument as the process can open it, relative arguments taken from where the user typed them. */
export function resolveArgument(arg: string, base = invocationDir()): string {
  if (path.isAbsolute(arg) || base === process.cwd()) return arg;
  return path.relative(process.cwd(), path.resolve(base, arg)) || ".";
}
