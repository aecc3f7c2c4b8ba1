import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { articleBody } from "@newsgraph/schema";
import { recordSpans } from "../src/eval/record-spans.ts";
import { parseHtmlPage } from "../src/html/parse-html.ts";
import { sharedPath } from "./shared-paths.ts";

const args = process.argv.slice(2);
const large = args.includes("--large");
const positional = args.filter((a) => !a.startsWith("--"));
const corpus = resolve(positional[0] ?? sharedPath("corpora/web-pages"));
const scorer = resolve(positional[1] ?? sharedPath("eval/score-body.mjs"));
const scorerFlags = args.filter((a) => a.startsWith("--") && a !== "--large");

const files = readdirSync(join(corpus, "html")).filter((f) => f.endsWith(".html"));
const predictions: string[] = [];
const problems: string[] = [];
let bytes = 0;
let elapsed = 0;
let spanCount = 0;
for (const file of files) {
  const html = readFileSync(join(corpus, "html", file), "utf8");
  bytes += html.length;
  const started = performance.now();
  const result = parseHtmlPage(html, { source: file, url: null, retrievedAt: null });
  elapsed += performance.now() - started;
  if (!result.ok) problems.push(`${file}: ${result.code}: ${result.message}`);
  else {
    for (const [, span] of recordSpans(result.value)) {
      spanCount++;
      if (result.value.text.slice(span.start, span.end) !== span.text)
        problems.push(`${file}: span off: ${span.text}`);
    }
  }
  predictions.push(
    JSON.stringify({ id: file.replace(/\.html$/, ""), body: result.ok ? articleBody(result.value) : "" }),
  );
}
const out = join(mkdtempSync(join(tmpdir(), "eval-body-html-")), "predictions.jsonl");
writeFileSync(out, `${predictions.join("\n")}\n`);
for (const p of problems) console.log(p);
console.log(
  `${files.length} pages, ${(bytes / 1e6).toFixed(1)} MB in ${(elapsed / 1000).toFixed(2)} s: ` +
    `${(elapsed / files.length).toFixed(1)} ms/page, ${(bytes / 1e6 / (elapsed / 1000)).toFixed(2)} MB/s; ` +
    `${spanCount} spans checked, ${problems.length} problems`,
);
console.log(`predictions: ${out}`);
process.stdout.write(
  execFileSync("node", [scorer, join(corpus, "ground-truth.json"), out, ...scorerFlags], {
    encoding: "utf8",
  }),
);

if (large) {
  const page = readFileSync(join(corpus, "html", files[0] ?? ""), "utf8");
  const filler =
    "<div class='story-part'><p>Officials said the council would meet again next week, and residents were asked to send their comments before the vote.</p></div>\n";
  const html = page.replace(
    "</body>",
    `${filler.repeat(Math.ceil((20e6 - page.length) / filler.length))}</body>`,
  );
  for (const [label, input] of [
    ["20 MB article page", html],
    [
      "20 MB page that is mostly inline script data",
      page.replace(
        "</head>",
        `<script>window.__STATE__=${JSON.stringify("x".repeat(20e6 - page.length))}</script></head>`,
      ),
    ],
    ["20 MB of unclosed <div>", `<html><body>${"<div>".repeat(4_000_000)}</body></html>`],
  ] as const) {
    const started = performance.now();
    const result = parseHtmlPage(input, { source: label, url: null, retrievedAt: null });
    const ms = performance.now() - started;
    console.log(
      `${label} (${(input.length / 1e6).toFixed(1)} MB): ${(ms / 1000).toFixed(1)} s, ${result.ok ? "article" : result.code}`,
    );
  }
}
