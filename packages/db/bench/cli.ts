import { cpus, loadavg } from "node:os";
import type { Provider } from "../src/database.ts";
import { formatLoadBenchFigures, runLoadBench } from "./load-bench.ts";

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const articles = Number(arg("articles") ?? 10_000);
const providers = (arg("provider")?.split(",") ?? ["sqlite", "postgresql"]) as Provider[];
const figures = await runLoadBench({
  articles,
  providers,
  onProgress: (provider, done, total) => process.stderr.write(`${provider}: ${done}/${total}\n`),
});
for (const f of figures) console.log(formatLoadBenchFigures(f));
console.log(
  `(${cpus().length} CPUs, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")})`,
);
