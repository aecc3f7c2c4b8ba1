import cluster from "node:cluster";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { openDatabase } from "@newsgraph/db";
import { createLogger } from "graphql-yoga";
import { DEFAULT_WORKERS } from "./workers.ts";
import { createGatewayYoga, EXAMPLE_QUERY, type GatewayOptions } from "./yoga.ts";

export interface RunningGateway {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** Serves the gateway on a real port (0 picks a free one). */
export async function listenGateway(
  options: GatewayOptions & { port?: number; host?: string },
): Promise<RunningGateway> {
  const yoga = createGatewayYoga(options);
  const server = createServer(yoga);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 4000, options.host ?? "127.0.0.1", () => resolve());
  });
  const { port, address } = server.address() as AddressInfo;
  const host = address.includes(":") ? `[${address}]` : address;
  return {
    url: `http://${host === "0.0.0.0" || host === "[::]" ? "localhost" : host}:${port}${yoga.graphqlEndpoint}`,
    server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

/**
 * Forks `workers` gateway processes sharing one port; they exit with the primary. Each worker runs this module
 * (not the primary's entry script), so it only serves: whatever the primary did first (migrate, ingest) runs once.
 */
function runWorkers(workers: number): void {
  cluster.setupPrimary({ exec: fileURLToPath(import.meta.url) });
  for (let i = 0; i < workers; i++) cluster.fork();
  let stopping = false;
  const stop = () => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill("SIGTERM");
  };
  cluster.on("exit", (worker, code) => {
    if (!stopping) console.error(`gateway worker ${worker.process.pid} exited (${code})`);
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(stopping ? 0 : 1);
  });
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

/** A positive integer from the environment, or undefined (the default applies) when unset. */
function positiveInt(name: string): number | undefined {
  const raw = process.env[name];
  if (raw == null || raw === "") return undefined;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value <= 0)
    throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

export async function main(): Promise<void> {
  const workers = positiveInt("WORKERS") ?? DEFAULT_WORKERS;
  if (workers > 1 && cluster.isPrimary) return runWorkers(workers);
  if (cluster.isWorker) process.once("disconnect", () => process.exit(0));
  const logger = createLogger((process.env.LOG_LEVEL as "info" | undefined) ?? "info");
  const db = await openDatabase(process.env.DATABASE_URL);
  const gateway = await listenGateway({
    db,
    logger,
    token: process.env.NEWSGRAPH_TOKEN || null,
    port: Number(process.env.PORT ?? 4000),
    host: process.env.HOST ?? "127.0.0.1",
    responseCacheTtlMs: Number(process.env.RESPONSE_CACHE_TTL_MS ?? 1000),
    maxRequestBodyBytes: positiveInt("MAX_REQUEST_BODY_BYTES"),
    maxIngestBytes: positiveInt("MAX_INGEST_BYTES"),
  });
  // With several workers only the first prints the banner; the others say they are up.
  if (cluster.isWorker && cluster.worker?.id !== 1) console.log(`worker ${cluster.worker?.id} ready`);
  else {
    console.log(`newsgraph gateway (${db.provider}) ready: GraphiQL at ${gateway.url}`);
    console.log(
      process.env.NEWSGRAPH_TOKEN
        ? "Writes enabled (bearer token set)."
        : "Read-only: set NEWSGRAPH_TOKEN to enable ingestArticle.",
    );
    console.log(`Example query:\n${EXAMPLE_QUERY}`);
  }
  const stop = async () => {
    await gateway.close();
    await db.close();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  await main();
}
