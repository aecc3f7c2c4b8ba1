import type * as Storage from "@newsgraph/db";
import { type StepResult, stepError } from "@newsgraph/schema";

export type StorageModule = typeof Storage;
export type DatabaseHandle = Storage.Database;
export type UpsertResult = Storage.UpsertResult;

let imported: Promise<StepResult<StorageModule>> | null = null;

/** packages/db, imported on first use so that parsing and extraction never load Prisma. */
export function storageModule(): Promise<StepResult<StorageModule>> {
  imported ??= import("@newsgraph/db").then(
    (mod): StepResult<StorageModule> => ({ ok: true, value: mod }),
    (err: unknown) => {
      const reason = err instanceof Error ? (err.message.split("\n")[0] ?? err.message) : String(err);
      return stepError("load", "@newsgraph/db", "storage_unavailable", `storage is not available: ${reason}`);
    },
  );
  return imported;
}

export async function requireStorage(): Promise<StorageModule> {
  const storage = await storageModule();
  if (!storage.ok) throw new Error(storage.message);
  return storage.value;
}
