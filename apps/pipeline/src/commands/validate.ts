import { expandInputs, readDocuments, validateDocument } from "@newsgraph/ingest";
import { formatStepError, type StepError } from "@newsgraph/schema";
import { resolveArgument } from "../paths.ts";

/** `validate <files>`: every record (.json, .jsonl) checked against the contract; exit 1 when any fails. */
export async function runValidate(inputs: readonly string[]): Promise<number> {
  const started = performance.now();
  const { files, errors } = await expandInputs(inputs.map((arg) => resolveArgument(arg)));
  const failed: StepError[] = [...errors];
  let articles = 0;
  let graphs = 0;
  for (const file of files) {
    for await (const doc of readDocuments(file)) {
      const result = "ok" in doc ? doc : validateDocument(doc);
      if (!result.ok) failed.push(result);
      else if ("entities" in result.value) graphs++;
      else articles++;
    }
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const total = articles + graphs + failed.length;
  process.stderr.write(
    `validate: ${total} records: ${articles} articles and ${graphs} article graphs valid, ${failed.length} failed in ${seconds} s\n`,
  );
  for (const error of failed) process.stderr.write(`  ${formatStepError(error)}\n`);
  return failed.length > 0 ? 1 : 0;
}
