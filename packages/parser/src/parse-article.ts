import { createHash } from "node:crypto";
import {
  type Article,
  CompiledArticle,
  type ContentType,
  type StepResult,
  stepError,
  validateRecord,
} from "@newsgraph/schema";
import { decodeInput } from "./decode.ts";
import { parseHtmlPage } from "./html/parse-html.ts";
import { parseTextDump } from "./text/parse-text.ts";

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export interface ParseOptions {
  /** Where the input came from (a path or URL); named in every error. */
  source: string;
  url?: string | null;
  /** Detected from the content when omitted. */
  contentType?: ContentType;
  /** Reference time (ISO) for relative dates like "Published 4 hours ago". */
  retrievedAt?: string | null;
  /** Inputs over this many bytes are rejected. */
  maxBytes?: number;
}

/** What the text and HTML parsers return: the Article without its derived identity fields. */
export type ArticleDraft = Omit<Article, "id" | "contentHash" | "source" | "url" | "contentType"> & {
  url?: string | null;
};

/** Raw text or HTML (string or bytes) → a validated Article, or a StepError naming the input and the problem. */
export function parseArticle(input: string | Uint8Array, options: ParseOptions): StepResult<Article> {
  const { source } = options;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let text: string;
  if (typeof input === "string") {
    if (input.length > maxBytes) {
      return stepError(
        "read",
        source,
        "too_large",
        `input is ${input.length} characters, over the limit of ${maxBytes}`,
      );
    }
    text = input;
  } else {
    const decoded = decodeInput(input, { source, maxBytes });
    if (!decoded.ok) return decoded;
    text = decoded.value;
  }
  if (text.trim().length === 0) {
    return stepError(
      "parse",
      source,
      "empty",
      text.length === 0 ? "input is empty" : "input is only whitespace",
    );
  }
  const contentType = options.contentType ?? detectContentType(text);
  let draft: StepResult<ArticleDraft>;
  try {
    draft =
      contentType === "html"
        ? parseHtmlPage(text, { source, url: options.url ?? null, retrievedAt: options.retrievedAt ?? null })
        : parseTextDump(text, { source, url: options.url ?? null, retrievedAt: options.retrievedAt ?? null });
  } catch (err) {
    return stepError("parse", source, "parser_crash", err instanceof Error ? err.message : String(err));
  }
  if (!draft.ok) return draft;
  const { url: draftUrl, ...fields } = draft.value;
  const contentHash = createHash("sha256").update(normaliseForHash(fields.text)).digest("hex");
  return validateRecord(
    CompiledArticle,
    {
      ...fields,
      id: `a_${contentHash.slice(0, 16)}`,
      contentHash,
      source,
      url: options.url ?? draftUrl ?? null,
      contentType,
    },
    source,
  );
}

export function detectContentType(text: string): ContentType {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml"))
    return "html";
  const tags = text.slice(0, 65536).match(/<\/?(html|head|body|div|p|article|meta|script|span|a)\b[^>]*>/gi);
  return tags && tags.length >= 5 ? "html" : "text";
}

function normaliseForHash(text: string): string {
  return text.replace(/[^\S ]\s*| \s+/g, " ").trim();
}
