import { availableParallelism } from "node:os";

/**
 * Gateway processes `pnpm start` runs when WORKERS is unset: one per core (a request is CPU-bound in the
 * process that serves it), at most four, so the PostgreSQL pools (4 connections each) stay far below
 * the server's default of 100 connections.
 */
export const DEFAULT_WORKERS = Math.min(availableParallelism(), 4);
