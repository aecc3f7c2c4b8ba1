import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { formatStepError } from "@newsgraph/schema";
import { corporaDir, invocationDir, repoRoot, resolveArgument } from "../paths.ts";

export const defaultEvalPaths = {
  dev: path.join(corporaDir, "gum-news/dev.jsonl"),
  quotes: path.join(corporaDir, "gum-news/quotes-dev.jsonl"),
};

/** `eval`: the extractor and compromise scored side by side on the GUM news dev set. */
export async function runEval(options: { dev: string; quotes: string; verbose?: boolean }): Promise<number> {
  const { runExtractorEval, formatEvalReport, formatErrors } = await import("@newsgraph/extract");
  const started = performance.now();
  const report = runExtractorEval({
    devPath: resolveArgument(options.dev),
    quotesPath: resolveArgument(options.quotes),
  });
  if (!report.ok) {
    process.stderr.write(`${formatStepError(report)}\n`);
    return 1;
  }
  process.stdout.write(`${formatEvalReport(report.value)}\n`);
  if (options.verbose) {
    const { gold, predictions } = report.value;
    process.stdout.write(`\n${formatErrors(gold.entities, gold.quotes, predictions.newsgraph)}\n`);
  }
  process.stderr.write(`eval: done in ${((performance.now() - started) / 1000).toFixed(2)} s\n`);
  return 0;
}

/** Runs one of the parser's scripts (packages/parser/scripts/NAME.ts) with the given arguments; returns its exit code. */
export async function runParserScript(name: string, args: readonly string[]): Promise<number> {
  const relative = `packages/parser/scripts/${name}.ts`;
  const script = path.join(repoRoot, relative);
  if (!fs.existsSync(script)) throw new Error(`${relative} is missing`);
  const child = spawn(process.execPath, [...process.execArgv, script, ...args], {
    stdio: "inherit",
    cwd: invocationDir(),
  });
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}
