import fs from "node:fs";
import path from "node:path";
import type { InputDocument } from "@newsgraph/ingest";

/** Writes a JSON line to stdout, waiting when the pipe is full. */
export async function writeJsonLine(record: unknown): Promise<void> {
  if (!process.stdout.write(`${JSON.stringify(record)}\n`)) {
    await new Promise<void>((resolve) => process.stdout.once("drain", resolve));
  }
}

/** One JSON file per record in `dir`, named after its input file (and JSON line); clashes get the record id. */
export function createRecordWriter(dir: string): (record: { id: string }, doc: InputDocument) => string {
  fs.mkdirSync(dir, { recursive: true });
  const used = new Set<string>();
  return (record, doc) => {
    const stem = path.basename(doc.file, path.extname(doc.file));
    let name = doc.line === undefined ? `${stem}.json` : `${stem}.${doc.line}.json`;
    if (used.has(name)) name = `${stem}.${record.id}.json`;
    used.add(name);
    const file = path.join(dir, name);
    fs.writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
    return file;
  };
}
