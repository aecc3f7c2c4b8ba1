import fs from "node:fs";
import path from "node:path";
import { formatStepError } from "@newsgraph/schema";
import { formatErrors, formatEvalReport, runExtractorEval } from "../src/eval/index.ts";
import { sharedDir } from "./shared-paths.ts";

const usage = "usage: tsx scripts/eval.ts [--corpus DIR] [--write-predictions DIR] [--verbose]";
const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const corpus = option("--corpus") ?? path.join(sharedDir(), "corpora/gum-news");
const predictionsDir = option("--write-predictions");
if (args.includes("--help")) console.log(usage);
else {
  const report = runExtractorEval({
    devPath: path.join(corpus, "dev.jsonl"),
    quotesPath: path.join(corpus, "quotes-dev.jsonl"),
  });
  if (!report.ok) {
    console.error(formatStepError(report));
    process.exitCode = 1;
  } else {
    console.log(formatEvalReport(report.value));
    const { gold, predictions } = report.value;
    if (args.includes("--verbose"))
      console.log(formatErrors(gold.entities, gold.quotes, predictions.newsgraph));
    if (predictionsDir) {
      fs.mkdirSync(predictionsDir, { recursive: true });
      for (const [name, records] of Object.entries(report.value.predictions)) {
        const file = path.join(predictionsDir, `${name}.pred.jsonl`);
        fs.writeFileSync(
          file,
          records
            .map((r) => JSON.stringify(r))
            .join("\n")
            .concat("\n"),
        );
        console.log(`wrote ${file}`);
      }
    }
  }
}
