export * from "./check-integrity.ts";
export * from "./database.ts";
export * from "./entity-keys.ts";
export * from "./ingest-runs.ts";
export * from "./load-article-graphs.ts";
export * from "./migrate.ts";
export { getDatamodel, type PrismaTypes } from "./pothos.ts";
export * from "./upsert-article-graph.ts";
