import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { StepError } from "@newsgraph/schema";
import type { Database } from "./database.ts";
import { packageDir } from "./migrate.ts";

export const loaderVersion = `@newsgraph/db@${(JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")) as { version: string }).version}`;

export interface IngestCounts {
  articlesSeen: number;
  articlesStored: number;
  articlesReplaced: number;
  articlesUnchanged: number;
  failureCount: number;
}

export type IngestStatus = "running" | "finished" | "finished_with_failures" | "failed";

export async function startIngestRun(
  db: Database,
  inputs: unknown = {},
  toolVersion = loaderVersion,
): Promise<string> {
  const id = `run_${randomUUID()}`;
  await db.prisma.ingestRun.create({
    data: { id, toolVersion, provider: db.provider, inputs: (inputs ?? {}) as object, status: "running" },
  });
  return id;
}

export async function recordIngestFailures(
  db: Database,
  runId: string,
  failures: StepError[],
): Promise<void> {
  if (failures.length === 0) return;
  await db.prisma.ingestFailure.createMany({
    data: failures.map((f) => ({
      runId,
      source: f.source,
      step: f.step,
      code: f.code,
      message: f.message,
      line: f.line ?? null,
    })),
  });
}

export async function finishIngestRun(
  db: Database,
  runId: string,
  counts: IngestCounts,
  status?: IngestStatus,
): Promise<void> {
  await db.prisma.ingestRun.update({
    where: { id: runId },
    data: {
      ...counts,
      finishedAt: new Date(),
      status: status ?? (counts.failureCount > 0 ? "finished_with_failures" : "finished"),
    },
  });
}

export function listIngestRuns(db: Database, take = 20) {
  return db.prisma.ingestRun.findMany({
    orderBy: { startedAt: "desc" },
    take,
    include: { failures: { take: 100 } },
  });
}
