import { createReadStream } from "node:fs";
import fs from "node:fs/promises";
import readline from "node:readline";
import { type ContentType, IsoDate, type StepError, type StepResult, stepError } from "@newsgraph/schema";
import { z } from "zod";
import type { InputFile } from "./expand-inputs.ts";
import { fileSystemError, readInput } from "./read-input.ts";

/** A page to parse: text or HTML, as bytes from a file or a string from a JSON line. */
export interface RawInput {
  source: string;
  url: string | null;
  contentType?: ContentType;
  retrievedAt: string | null;
  content: string | Uint8Array;
}

/** One unit of work from an input file, with where it came from (file and, for JSON lines, the line). */
export type InputDocument =
  | { kind: "raw"; file: string; line?: number; raw: RawInput }
  | { kind: "record"; file: string; line?: number; record: unknown };

const CorpusLine = z.object({ id: z.string().min(1), text: z.string() });
const PageLine = z
  .object({
    source: z.string().min(1),
    url: z.string().nullable().optional(),
    retrievedAt: IsoDate.nullable().optional(),
    text: z.string().optional(),
    html: z.string().optional(),
  })
  .refine((l) => (l.text === undefined) !== (l.html === undefined), {
    message: 'needs exactly one of "text" and "html"',
  });

/** One JSON line → a raw page ({"id","text"} or {"source","text"|"html","url"}) or a stored record (has "contentHash"). */
export function parseJsonlLine(line: string, file: string, lineNumber: number): InputDocument | StepError {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    return stepError("read", file, "invalid_json", `not valid JSON: ${reason}`, lineNumber);
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    return stepError("read", file, "invalid_line", "expected a JSON object", lineNumber);
  }
  const where = { file, line: lineNumber };
  if ("contentHash" in json) return { kind: "record", ...where, record: json };
  if ("id" in json && !("source" in json)) {
    const parsed = CorpusLine.safeParse(json);
    if (!parsed.success) return lineShapeError(file, lineNumber, parsed.error);
    const source = `${file}#${parsed.data.id}`;
    return {
      kind: "raw",
      ...where,
      raw: { source, url: null, retrievedAt: null, content: parsed.data.text },
    };
  }
  const parsed = PageLine.safeParse(json);
  if (!parsed.success) return lineShapeError(file, lineNumber, parsed.error);
  const { source, url, retrievedAt, text, html } = parsed.data;
  return {
    kind: "raw",
    ...where,
    raw: {
      source,
      url: url ?? null,
      retrievedAt: retrievedAt ?? null,
      contentType: html === undefined ? "text" : "html",
      content: html ?? text ?? "",
    },
  };
}

function lineShapeError(file: string, line: number, error: z.ZodError): StepError {
  const detail = error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join(".") || "(line)"}: ${i.message}`)
    .join("; ");
  return stepError(
    "read",
    file,
    "invalid_line",
    `expected {"id","text"} or {"source","text"|"html","url"}: ${detail}`,
    line,
  );
}

/** An input file's documents: one for a page, one per line for JSON lines, one per element for a JSON record file. */
export async function* readDocuments(
  input: InputFile,
  options: { maxBytes?: number } = {},
): AsyncGenerator<InputDocument | StepError> {
  const file = input.path;
  if (input.format === "jsonl") {
    yield* readJsonlDocuments(file);
    return;
  }
  const bytes = await readInput(file, options);
  if (!bytes.ok) {
    yield bytes;
    return;
  }
  if (input.format === "json") {
    const records = parseJsonRecords(bytes.value, file);
    if (!records.ok) yield records;
    else for (const record of records.value) yield { kind: "record", file, record };
    return;
  }
  const contentType = input.format === "text" || input.format === "html" ? input.format : undefined;
  yield {
    kind: "raw",
    file,
    raw: {
      source: file,
      url: null,
      retrievedAt: null,
      content: bytes.value,
      ...(contentType ? { contentType } : {}),
    },
  };
}

async function* readJsonlDocuments(file: string): AsyncGenerator<InputDocument | StepError> {
  const stream = createReadStream(file, { encoding: "utf8" });
  const opened = await new Promise<StepResult<true>>((resolve) => {
    stream.once("open", () => resolve({ ok: true, value: true }));
    stream.once("error", (err) => resolve(fileSystemError(file, err)));
  });
  if (!opened.ok) {
    yield opened;
    return;
  }
  let lineNumber = 0;
  for await (const line of readline.createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY })) {
    lineNumber++;
    if (line.trim().length === 0) continue;
    yield parseJsonlLine(line, file, lineNumber);
  }
}

export function parseJsonRecords(bytes: Uint8Array, file: string): StepResult<unknown[]> {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch (err) {
    return stepError(
      "read",
      file,
      "invalid_json",
      `not valid JSON: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
  return { ok: true, value: Array.isArray(json) ? json : [json] };
}

/** Documents in a file, counted without parsing them (for progress totals). */
export async function countDocuments(input: InputFile): Promise<number> {
  if (input.format !== "jsonl") return 1;
  try {
    const handle = await fs.open(input.path);
    let lines = 0;
    let sawContent = false;
    for await (const chunk of handle.createReadStream()) {
      const buffer = chunk as Buffer;
      for (const byte of buffer) {
        if (byte === 10) {
          if (sawContent) lines++;
          sawContent = false;
        } else if (byte !== 13 && byte !== 32 && byte !== 9) sawContent = true;
      }
    }
    if (sawContent) lines++;
    return Math.max(lines, 1);
  } catch {
    return 1;
  }
}
