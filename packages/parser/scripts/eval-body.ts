import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { articleBody, type ContentType } from "@newsgraph/schema";
import { type BodyScore, scoreBodies } from "../src/eval/body-f1.ts";
import { parseArticle } from "../src/index.ts";
import { sharedDir, sharedPath } from "./shared-paths.ts";

const corpus = process.argv.slice(2).find((a) => !a.startsWith("-")) ?? sharedPath("corpora/web-pages");
const referenceScorer = process.env.BODY_SCORER ?? join(sharedDir(), "eval/score-body.mjs");
const perPage = process.argv.includes("--per-page");
const kindArg = process.argv.find((a) => a.startsWith("--kind="))?.slice("--kind=".length);
const kinds = (["text", "html"] as const).filter((k) => !kindArg || k === kindArg);

const truth = JSON.parse(readFileSync(join(corpus, "ground-truth.json"), "utf8")) as Record<
  string,
  { articleBody: string; url?: string }
>;
const gold = new Map(Object.entries(truth).map(([id, v]) => [id, v.articleBody]));

function predict(kind: ContentType): { predicted: Map<string, string>; failures: string[] } {
  const dir = join(corpus, kind);
  const predicted = new Map<string, string>();
  const failures: string[] = [];
  for (const file of readdirSync(dir).sort()) {
    const id = file.replace(/\.[^.]+$/, "");
    const result = parseArticle(readFileSync(join(dir, file)), {
      source: join(dir, file),
      url: truth[id]?.url ?? null,
      contentType: kind,
    });
    if (result.ok) predicted.set(id, articleBody(result.value));
    else failures.push(`${id}: ${result.code} ${result.message}`);
  }
  return { predicted, failures };
}

function referenceF1(predicted: Map<string, string>): string {
  if (!existsSync(referenceScorer)) return "reference scorer not found";
  const dir = mkdtempSync(join(tmpdir(), "eval-body-"));
  try {
    const file = join(dir, "pred.jsonl");
    writeFileSync(file, [...predicted].map(([id, body]) => JSON.stringify({ id, body })).join("\n"));
    const out = execFileSync(
      "node",
      [referenceScorer, join(corpus, "ground-truth.json"), file, "--json", "--bootstrap", "0"],
      {
        encoding: "utf8",
      },
    );
    const m = (JSON.parse(out) as { metrics: { f1: number } }).metrics;
    return m.f1.toFixed(3);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function report(kind: ContentType, score: BodyScore, failures: string[], reference: string): void {
  console.log(
    `${kind.padEnd(4)}  F1 ${score.f1.toFixed(3)}  P ${score.precision.toFixed(3)}  R ${score.recall.toFixed(3)}  ` +
      `pages ${score.pages.length}  failed ${failures.length}  (reference scorer F1 ${reference})`,
  );
  for (const f of failures.slice(0, 3)) console.log(`      failed ${f}`);
  const halves = [0, 1].map((h) => {
    const ids = [...score.pages].map((p) => p.id).sort();
    const keep = new Set(ids.filter((_, i) => i % 2 === h));
    return scoreBodies(
      new Map([...gold].filter(([id]) => keep.has(id))),
      new Map([...predictedOf(kind)].filter(([id]) => keep.has(id))),
    );
  });
  console.log(
    `      halves (ids sorted, even / odd): F1 ${halves[0]?.f1.toFixed(3)} / ${halves[1]?.f1.toFixed(3)}`,
  );
  if (perPage) {
    for (const p of [...score.pages].sort((a, b) => a.f1 - b.f1).slice(0, 15)) {
      console.log(
        `      ${p.id.slice(0, 16)}  F1 ${p.f1.toFixed(3)}  P ${p.precision.toFixed(3)}  R ${p.recall.toFixed(3)}`,
      );
    }
  }
}

const predictions = new Map<ContentType, Map<string, string>>();
const predictedOf = (kind: ContentType) => predictions.get(kind) ?? new Map<string, string>();

for (const kind of kinds) {
  const { predicted, failures } = predict(kind);
  predictions.set(kind, predicted);
  report(kind, scoreBodies(gold, predicted), failures, referenceF1(predicted));
}
