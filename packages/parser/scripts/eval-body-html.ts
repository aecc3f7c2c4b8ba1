import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { articleBody } from "@newsgraph/schema";
import { parseHtmlPage } from "../src/html/parse-html.ts";

const corpus = resolve(process.argv[2] ?? "/work/shared/corpora/web-pages");
const scorer = resolve(process.argv[3] ?? "/work/shared/eval/score-body.mjs");
const files = readdirSync(join(corpus, "html")).filter((f) => f.endsWith(".html"));
const predictions: string[] = [];
const failures: string[] = [];
let bytes = 0;
let elapsed = 0;
for (const file of files) {
  const html = readFileSync(join(corpus, "html", file), "utf8");
  bytes += html.length;
  const started = performance.now();
  const result = parseHtmlPage(html, { source: file, url: null, retrievedAt: null });
  elapsed += performance.now() - started;
  const body = result.ok ? articleBody(result.value) : "";
  if (!result.ok) failures.push(`${file}: ${result.code}: ${result.message}`);
  predictions.push(JSON.stringify({ id: file.replace(/\.html$/, ""), body }));
}
const out = join(mkdtempSync(join(tmpdir(), "eval-body-html-")), "predictions.jsonl");
writeFileSync(out, `${predictions.join("\n")}\n`);
for (const f of failures) console.log(`failed ${f}`);
console.log(
  `${files.length} pages, ${(bytes / 1e6).toFixed(1)} MB in ${(elapsed / 1000).toFixed(2)} s: ` +
    `${(elapsed / files.length).toFixed(1)} ms/page, ${(bytes / 1e6 / (elapsed / 1000)).toFixed(2)} MB/s`,
);
console.log(`predictions: ${out}`);
process.stdout.write(
  execFileSync("node", [scorer, join(corpus, "ground-truth.json"), out, ...process.argv.slice(4)], {
    encoding: "utf8",
  }),
);
