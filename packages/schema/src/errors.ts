import type { z } from "zod";

export type PipelineStep = "read" | "parse" | "extract" | "validate" | "load";

/** A failure at a pipeline boundary, as a value: which input, which step, what went wrong. */
export interface StepError {
  ok: false;
  step: PipelineStep;
  source: string;
  code: string;
  message: string;
  /** 1-based line in the input, when the problem has one. */
  line?: number;
}

export type StepResult<T> = { ok: true; value: T } | StepError;

export function stepError(
  step: PipelineStep,
  source: string,
  code: string,
  message: string,
  line?: number,
): StepError {
  return line === undefined
    ? { ok: false, step, source, code, message }
    : { ok: false, step, source, code, message, line };
}

export function formatStepError(e: StepError): string {
  const where = e.line === undefined ? e.source : `${e.source}:${e.line}`;
  return `${where}: ${e.step} failed (${e.code}): ${e.message}`;
}

/** Validate with a Zod schema and turn failures into a StepError naming each bad field. */
export function validateRecord<S extends z.ZodType>(
  schema: S,
  value: unknown,
  source: string,
): StepResult<z.infer<S>> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data };
  const detail = parsed.error.issues
    .slice(0, 5)
    .map((i) => `${i.path.join(".") || "(record)"}: ${i.message}`)
    .join("; ");
  return stepError("validate", source, "invalid_record", detail);
}
