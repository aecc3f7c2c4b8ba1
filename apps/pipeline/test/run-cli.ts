import { spawn } from "node:child_process";
import path from "node:path";
import { repoRoot, sharedDir } from "../src/paths.ts";

export { sharedFilesPresent } from "@newsgraph/extract/shared-paths";
export { repoRoot, sharedDir };
export const seedPath = path.join(repoRoot, "data/raw/000_5fcd22bafeeb8d23.txt");
export const seedTitle = "Mali's MINUSMA peacekeeping mission: A foreseeable disaster";
const tsx = path.join(repoRoot, "node_modules/.bin/tsx");
const cli = path.join(repoRoot, "apps/pipeline/src/cli.ts");

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real `newsgraph` command in a child process. */
export function runCli(
  args: string[],
  options: { cwd: string; env?: Record<string, string> },
): Promise<CliRun> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
  delete env.npm_lifecycle_event;
  delete env.INIT_CWD;
  const child = spawn(tsx, [cli, ...args], { cwd: options.cwd, env, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, stdout, stderr }));
  });
}

export function jsonLines(stdout: string): Record<string, unknown>[] {
  return stdout
    .split("\n")
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
