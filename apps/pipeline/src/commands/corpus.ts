import fs from "node:fs";
import readline from "node:readline";
import { countDocuments, fileSystemError } from "@newsgraph/ingest";
import { type StepError, type StepResult, stepError } from "@newsgraph/schema";
import { resolveArgument } from "../paths.ts";
import { createProgressReporter } from "../progress.ts";
import { printSummary } from "./batch.ts";

/** `extract --jsonl-in FILE --jsonl-out FILE`: {"id","text"} lines → corpus records (entities and quotes with offsets). */
export async function runCorpusExtract(inArg: string, outArg: string): Promise<number> {
  const { extractCorpusRecord } = await import("@newsgraph/extract");
  const inPath = resolveArgument(inArg);
  const outPath = resolveArgument(outArg);
  const started = performance.now();
  const failed: StepError[] = [];
  let documents = 0;
  let extracted = 0;
  const unreadable = checkReadableFile(inPath);
  if (unreadable) failed.push(unreadable);
  else {
    const total = await countDocuments({ path: inPath, format: "jsonl" });
    const progress = createProgressReporter("extract");
    const out = fs.openSync(outPath, "w");
    try {
      let lineNumber = 0;
      const lines = readline.createInterface({
        input: fs.createReadStream(inPath, "utf8"),
        crlfDelay: Infinity,
      });
      for await (const line of lines) {
        lineNumber++;
        if (line.trim().length === 0) continue;
        documents++;
        const input = parseCorpusLine(line, inPath, lineNumber);
        const record = input.ok ? extractCorpusRecord(input.value.id, input.value.text) : input;
        if (record.ok) {
          fs.writeSync(out, `${JSON.stringify(record.value)}\n`);
          extracted++;
        } else failed.push({ ...record, source: inPath, line: lineNumber });
        progress.update({ done: documents, total, failed: failed.length, current: inPath });
      }
    } finally {
      fs.closeSync(out);
      progress.stop();
    }
  }
  const durationMs = performance.now() - started;
  printSummary("extract", "extract", {
    documents,
    parsed: extracted,
    extracted,
    stored: 0,
    failed,
    durationMs,
  });
  return failed.length > 0 ? 1 : 0;
}

function checkReadableFile(file: string): StepError | null {
  try {
    if (fs.statSync(file).isDirectory())
      return stepError("read", file, "directory", "is a directory, not a file");
    fs.accessSync(file, fs.constants.R_OK);
    return null;
  } catch (err) {
    return fileSystemError(file, err);
  }
}

export function parseCorpusLine(
  line: string,
  file: string,
  lineNumber: number,
): StepResult<{ id: string; text: string }> {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (err) {
    return stepError("read", file, "invalid_json", `not valid JSON: ${(err as Error).message}`, lineNumber);
  }
  const { id, text } = (json ?? {}) as { id?: unknown; text?: unknown };
  if (typeof id !== "string" || id.length === 0 || typeof text !== "string") {
    return stepError("read", file, "invalid_line", 'expected {"id": string, "text": string}', lineNumber);
  }
  return { ok: true, value: { id, text } };
}
