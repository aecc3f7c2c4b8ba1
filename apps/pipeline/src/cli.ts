import { buildProgram } from "./program.ts";

process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw err;
});

const program = buildProgram((code) => {
  process.exitCode = code;
});

try {
  await program.parseAsync(process.argv);
} catch (err) {
  const detail = err instanceof Error ? (process.env.NEWSGRAPH_DEBUG ? err.stack : err.message) : String(err);
  process.stderr.write(`newsgraph: ${detail}\n`);
  process.exitCode = 1;
}
