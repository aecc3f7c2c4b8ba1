import { Command, InvalidArgumentError, Option } from "commander";
import { runBatchCommand } from "./commands/batch.ts";
import { runCorpusExtract } from "./commands/corpus.ts";
import { runCheck, runMigrate, runStoringBatch } from "./commands/database.ts";
import { defaultEvalPaths, runEval, runParserScript } from "./commands/evaluate.ts";
import { runValidate } from "./commands/validate.ts";

function byteCount(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?$/i.exec(value.trim());
  if (!match) throw new InvalidArgumentError(`"${value}" is not a byte count (e.g. 1048576, 512kb, 20mb)`);
  const units: Record<string, number> = {
    b: 1,
    k: 1024,
    kb: 1024,
    m: 1024 ** 2,
    mb: 1024 ** 2,
    g: 1024 ** 3,
    gb: 1024 ** 3,
  };
  return Math.floor(Number(match[1]) * (units[(match[2] ?? "b").toLowerCase()] ?? 1));
}

const maxBytesOption = () =>
  new Option("--max-bytes <n>", "reject inputs larger than this (bytes; kb/mb suffixes allowed)").argParser(
    byteCount,
  );

/** The `newsgraph` command. `run` receives each action's exit code. */
export function buildProgram(setExitCode: (code: number) => void): Command {
  const program = new Command("newsgraph")
    .description(
      "News articles → a linked graph of articles, people, organizations, places, quotes and figures",
    )
    .showHelpAfterError()
    .enablePositionalOptions();
  const run =
    <A extends unknown[]>(action: (...args: A) => Promise<number>) =>
    async (...args: A) =>
      setExitCode(await action(...args));

  program
    .command("parse")
    .description("parse raw pages (.txt, .html, .jsonl; directories; globs) into validated article records")
    .argument("<inputs...>", "files, directories or globs")
    .option("--json", "print one article record per input as a JSON line on stdout")
    .option("--out <dir>", "write one JSON file per article into DIR")
    .addOption(maxBytesOption())
    .action(
      run((inputs: string[], opts: { json?: boolean; out?: string; maxBytes?: number }) =>
        runBatchCommand(inputs, { stage: "parse", ...opts }),
      ),
    );

  program
    .command("extract")
    .description(
      "parse and extract entities, quotes, figures and dates; or score-ready corpus lines with --jsonl-in",
    )
    .argument("[inputs...]", "raw pages or parsed article records (.json, .jsonl); directories; globs")
    .option("--json", "print one article graph per article as a JSON line on stdout")
    .option("--out <dir>", "write one JSON file per article graph into DIR")
    .option("--jsonl-in <file>", 'corpus input: lines of {"id","text"}')
    .option("--jsonl-out <file>", 'corpus output: lines of {"id","entities","quotes"}')
    .addOption(maxBytesOption())
    .action(
      run(
        async (
          inputs: string[],
          opts: { json?: boolean; out?: string; jsonlIn?: string; jsonlOut?: string; maxBytes?: number },
        ) => {
          const { jsonlIn, jsonlOut, ...batch } = opts;
          if (jsonlIn || jsonlOut) {
            if (!jsonlIn || !jsonlOut) program.error("extract: --jsonl-in and --jsonl-out go together");
            if (inputs.length > 0)
              program.error("extract: give either inputs or --jsonl-in/--jsonl-out, not both");
            return runCorpusExtract(jsonlIn as string, jsonlOut as string);
          }
          if (inputs.length === 0) program.error("extract: give inputs, or --jsonl-in FILE --jsonl-out FILE");
          return runBatchCommand(inputs, { stage: "extract", ...batch });
        },
      ),
    );

  program
    .command("validate")
    .description("check article and article-graph records (.json, .jsonl) against the record contract")
    .argument("<files...>", "record files, directories or globs")
    .action(run((files: string[]) => runValidate(files)));

  program
    .command("load")
    .description("store parsed and extracted records in the database (DATABASE_URL, default the SQLite file)")
    .argument("<records...>", "article graph records (.json, .jsonl); article records are extracted first")
    .action(run((records: string[]) => runStoringBatch("load", records, {})));

  program
    .command("ingest")
    .description("parse → extract → validate → load raw pages into the database")
    .argument("<inputs...>", "files, directories or globs")
    .addOption(maxBytesOption())
    .action(run((inputs: string[], opts: { maxBytes?: number }) => runStoringBatch("ingest", inputs, opts)));

  program
    .command("migrate")
    .description(
      "apply database migrations (SQLite file by default, PostgreSQL when DATABASE_URL is postgresql://)",
    )
    .action(run(() => runMigrate()));

  program
    .command("check")
    .description("integrity check: count orphans and duplicates; exit 1 when there are any")
    .action(run(() => runCheck()));

  program
    .command("eval")
    .description("score the extractor beside compromise on the GUM news dev set")
    .option("--dev <file>", "gold entity mentions (gum-news dev.jsonl)", defaultEvalPaths.dev)
    .option("--quotes <file>", "gold quotes (gum-news quotes-dev.jsonl)", defaultEvalPaths.quotes)
    .option("--verbose", "also list every error: missed and false mentions, missed and misattributed quotes")
    .action(run((opts: { dev: string; quotes: string; verbose?: boolean }) => runEval(opts)));

  for (const [name, description] of [
    ["eval-body", "score body extraction on the web-pages benchmark (the parser's scripts/eval-body.ts)"],
    [
      "check-structure",
      "check title, date, headings and captions on GUM news (the parser's scripts/check-structure.ts)",
    ],
  ] as const) {
    program
      .command(name)
      .description(description)
      .helpOption(false)
      .allowUnknownOption()
      .allowExcessArguments()
      .argument("[args...]", "passed to the script")
      .action(run((args: string[]) => runParserScript(name, args)));
  }
  return program;
}
