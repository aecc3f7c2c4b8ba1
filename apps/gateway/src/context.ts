import type { Database } from "@newsgraph/db";
import type { YogaLogger } from "graphql-yoga";
import type { WriteAccess } from "./auth.ts";
import type { Loaders } from "./loaders.ts";

export interface GatewayContext {
  db: Database;
  writeAccess: WriteAccess;
  logger: YogaLogger;
  loaders: Loaders;
  /** `ingestArticle` refuses text or html over this many UTF-8 bytes. */
  maxIngestBytes: number;
}

/** 2 MiB: far above any real article page, small enough that the pipeline answers promptly. */
export const DEFAULT_MAX_INGEST_BYTES = 2 * 1024 * 1024;
