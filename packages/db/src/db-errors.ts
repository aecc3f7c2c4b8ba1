import { type StepError, stepError } from "@newsgraph/schema";

const PRISMA_CONSTRAINT_CODES = new Set(["P2002", "P2003", "P2004", "P2011", "P2014"]);

/** A rule the loader checks itself before the database would reject the row. */
export class ConstraintViolation extends Error {
  readonly code = "constraint_violation";
}

function isConstraintViolation(code: string | undefined): boolean {
  if (!code) return false;
  return (
    code === "constraint_violation" ||
    PRISMA_CONSTRAINT_CODES.has(code) ||
    code.startsWith("SQLITE_CONSTRAINT") ||
    /^23\d{3}$/.test(code)
  );
}

/** A database failure while loading one article, as a value naming the article and the violated rule. */
export function loadError(source: string, error: unknown): StepError {
  const e = error as { code?: unknown; message?: unknown; detail?: unknown; constraint?: unknown };
  const code = typeof e.code === "string" ? e.code : undefined;
  const message = String(e.message ?? error)
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .slice(-2)
    .join(" ");
  const detail = [
    typeof e.constraint === "string" ? `constraint ${e.constraint}` : "",
    typeof e.detail === "string" ? e.detail : "",
  ]
    .filter(Boolean)
    .join("; ");
  if (error instanceof ConstraintViolation)
    return stepError("load", source, "constraint_violation", error.message);
  const text = `${code ? `${code}: ` : ""}${message}${detail ? ` (${detail})` : ""}`;
  return stepError(
    "load",
    source,
    isConstraintViolation(code) ? "constraint_violation" : "load_failed",
    text,
  );
}
