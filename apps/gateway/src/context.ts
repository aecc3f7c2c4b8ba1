import type { Database } from "@newsgraph/db";
import type { YogaLogger } from "graphql-yoga";
import type { WriteAccess } from "./auth.ts";
import type { Loaders } from "./loaders.ts";

export interface GatewayContext {
  db: Database;
  writeAccess: WriteAccess;
  logger: YogaLogger;
  loaders: Loaders;
}
