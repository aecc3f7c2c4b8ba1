import fs from "node:fs/promises";
import { type StepResult, stepError } from "@newsgraph/schema";

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export interface ReadOptions {
  /** Files over this many bytes are rejected before they are read. */
  maxBytes?: number;
}

/** A file's bytes, or a read StepError naming the file: missing, directory, unreadable, too large. */
export async function readInput(path: string, options: ReadOptions = {}): Promise<StepResult<Uint8Array>> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let size: number;
  try {
    const stat = await fs.stat(path);
    if (stat.isDirectory()) return stepError("read", path, "directory", "is a directory, not a file");
    if (!stat.isFile()) return stepError("read", path, "not_a_file", "is not a regular file");
    size = stat.size;
  } catch (err) {
    return fileSystemError(path, err);
  }
  if (size > maxBytes) {
    return stepError(
      "read",
      path,
      "too_large",
      `file is ${size} bytes, over the limit of ${maxBytes} bytes (raise it with --max-bytes)`,
    );
  }
  try {
    return { ok: true, value: new Uint8Array(await fs.readFile(path)) };
  } catch (err) {
    return fileSystemError(path, err);
  }
}

export function fileSystemError(path: string, err: unknown) {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT") return stepError("read", path, "missing", "no such file or directory");
  if (code === "EISDIR") return stepError("read", path, "directory", "is a directory, not a file");
  if (code === "EACCES" || code === "EPERM")
    return stepError("read", path, "unreadable", "permission denied");
  return stepError("read", path, "unreadable", err instanceof Error ? err.message : String(err));
}
