import path from "node:path";
import { fileURLToPath } from "node:url";
import { formatStepError } from "@newsgraph/schema";
import { formatErrors, formatEvalReport, runUnseenEval } from "../src/eval/index.ts";
import { sharedDir } from "./shared-paths.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const goldPath = option("--gold") ?? path.join(here, "../test/fixtures/unseen/web-pages-gold.json");
const textDir = option("--pages") ?? path.join(sharedDir(), "corpora/web-pages/text");
const report = runUnseenEval(goldPath, textDir);
if (!report.ok) {
  console.error(formatStepError(report));
  process.exitCode = 1;
} else {
  console.log(`Unseen web pages (${path.basename(goldPath)})`);
  console.log(formatEvalReport(report.value));
  const { gold, predictions } = report.value;
  if (args.includes("--verbose"))
    console.log(formatErrors(gold.entities, gold.quotes, predictions.newsgraph));
}
