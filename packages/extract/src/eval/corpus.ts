import fs from "node:fs";
import { type ArticleGraph, EntityType, type StepResult, stepError } from "@newsgraph/schema";
import { z } from "zod";

export const CorpusInputLine = z.object({ id: z.string().min(1), text: z.string() });
export type CorpusInputLine = z.infer<typeof CorpusInputLine>;

export const CorpusEntity = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  type: EntityType,
});
export type CorpusEntity = z.infer<typeof CorpusEntity>;

export const CorpusQuote = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  speaker: z.string().nullable(),
  speakerDescription: z.string().nullable().default(null),
  cue: z.string().nullable().default(null),
});
export type CorpusQuote = z.infer<typeof CorpusQuote>;

/** One output line of `extract --jsonl-out`: offsets into the input line's `text`. */
export const CorpusRecord = z.object({
  id: z.string().min(1),
  entities: z.array(CorpusEntity),
  quotes: z.array(CorpusQuote),
});
export type CorpusRecord = z.infer<typeof CorpusRecord>;

export const GoldMention = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  type: z.string(),
  named: z.boolean(),
});
export type GoldMention = z.infer<typeof GoldMention>;

/** A line of gum-news `dev.jsonl`. */
export const GoldDocument = z.object({
  id: z.string().min(1),
  text: z.string(),
  date: z.string().nullable().optional(),
  entities: z.array(GoldMention),
  /**
   * Flat gold ("longest name only", the web gold sets): a name inside a longer annotated name was
   * never annotated, so a prediction nested in a longer gold mention of another type is not judged.
   * GUM's gold is nested ("Pennsylvania" in "University of Pennsylvania" is a place of its own).
   */
  flat: z.boolean().optional(),
});
export type GoldDocument = z.infer<typeof GoldDocument>;

const GoldSpan = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});

export const GoldQuote = GoldSpan.extend({ speaker: z.string().nullable() });
export type GoldQuote = z.infer<typeof GoldQuote>;

/** A line of gum-news `quotes-dev.jsonl`. */
export const GoldQuoteDocument = z.object({
  id: z.string().min(1),
  quotes: z.array(GoldQuote),
  nonQuotes: z.array(GoldSpan).default([]),
});
export type GoldQuoteDocument = z.infer<typeof GoldQuoteDocument>;

/**
 * ArticleGraph → the corpus record: every mention of every entity, and every quotation (direct or partial, the
 * words between quotation marks) with its speaker. Indirect quotes (reported speech) have no marks and are left out.
 */
export function toCorpusRecord(graph: ArticleGraph, id: string = graph.source): CorpusRecord {
  const entities = graph.entities
    .flatMap((entity) =>
      entity.mentions.map((m) => ({
        start: m.start,
        end: m.end,
        text: m.text,
        type: m.actsAs ?? entity.type,
      })),
    )
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const quotes = graph.quotes
    .filter((q) => q.kind !== "indirect")
    .map((q) => ({
      start: q.start,
      end: q.end,
      speaker: q.speaker,
      speakerDescription: q.speakerDescription,
      cue: q.cue,
    }))
    .sort((a, b) => a.start - b.start);
  return { id, entities, quotes };
}

/** Parse JSONL text with a schema; a bad line is an error naming the source and the 1-based line. */
export function parseJsonl<S extends z.ZodType>(
  content: string,
  schema: S,
  source: string,
): StepResult<z.infer<S>[]> {
  const records: z.infer<S>[] = [];
  const lines = content.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]?.trim() ?? "";
    if (line.length === 0) continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (err) {
      return stepError(
        "read",
        source,
        "invalid_json",
        err instanceof Error ? err.message : String(err),
        i + 1,
      );
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      const detail = parsed.error.issues
        .slice(0, 3)
        .map((issue) => `${issue.path.join(".") || "(record)"}: ${issue.message}`)
        .join("; ");
      return stepError("validate", source, "invalid_record", detail, i + 1);
    }
    records.push(parsed.data);
  }
  return { ok: true, value: records };
}

export function readJsonlFile<S extends z.ZodType>(path: string, schema: S): StepResult<z.infer<S>[]> {
  let content: string;
  try {
    content = fs.readFileSync(path, "utf8");
  } catch (err) {
    return stepError("read", path, "unreadable", err instanceof Error ? err.message : String(err));
  }
  return parseJsonl(content, schema, path);
}
