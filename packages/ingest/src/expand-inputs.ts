import fs from "node:fs/promises";
import path from "node:path";
import { type StepError, stepError } from "@newsgraph/schema";
import { glob, isDynamicPattern } from "tinyglobby";
import { fileSystemError } from "./read-input.ts";

/** How a file's content is read: a raw page (text/html/auto-detected), JSON lines, or a JSON record. */
export type InputFormat = "text" | "html" | "jsonl" | "json" | "auto";

export interface InputFile {
  path: string;
  format: InputFormat;
}

export interface ExpandedInputs {
  files: InputFile[];
  errors: StepError[];
}

export function inputFormat(file: string): InputFormat {
  const ext = path.extname(file).toLowerCase();
  if (ext === ".txt") return "text";
  if (ext === ".html" || ext === ".htm") return "html";
  if (ext === ".jsonl" || ext === ".ndjson") return "jsonl";
  if (ext === ".json") return "json";
  return "auto";
}

/**
 * Command-line arguments → input files: a file as given, a directory as every (non-hidden) file in it
 * recursively, a glob as its matches. Paths keep the form they were given in (relative stays relative).
 */
export async function expandInputs(
  args: readonly string[],
  options: { cwd?: string } = {},
): Promise<ExpandedInputs> {
  const cwd = options.cwd ?? process.cwd();
  const files: InputFile[] = [];
  const errors: StepError[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    const key = path.resolve(cwd, file);
    if (seen.has(key)) return;
    seen.add(key);
    files.push({ path: file, format: inputFormat(file) });
  };
  for (const arg of args) {
    let stat: Awaited<ReturnType<typeof fs.stat>> | null = null;
    try {
      stat = await fs.stat(path.resolve(cwd, arg));
    } catch (err) {
      if (!isDynamicPattern(arg)) {
        errors.push(fileSystemError(arg, err));
        continue;
      }
    }
    if (stat?.isDirectory()) {
      const found = await glob("**/*", { cwd: path.resolve(cwd, arg), onlyFiles: true, dot: false });
      if (found.length === 0)
        errors.push(stepError("read", arg, "empty_directory", "directory holds no files"));
      for (const rel of found.sort()) add(path.join(arg, rel));
    } else if (stat) {
      add(arg);
    } else {
      const found = await glob(arg, { cwd, onlyFiles: true, dot: false, expandDirectories: false });
      if (found.length === 0) errors.push(stepError("read", arg, "no_match", "no files match this pattern"));
      for (const file of found.sort()) add(path.isAbsolute(arg) ? path.resolve(cwd, file) : file);
    }
  }
  return { files, errors };
}
