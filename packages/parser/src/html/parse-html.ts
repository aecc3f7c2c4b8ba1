import { type StepResult, stepError } from "@newsgraph/schema";
import type { ArticleDraft } from "../parse-article.ts";

export interface HtmlParseOptions {
  source: string;
  url: string | null;
  retrievedAt: string | null;
}

/** Placeholder until the HTML parser lands. */
export function parseHtmlPage(_html: string, options: HtmlParseOptions): StepResult<ArticleDraft> {
  return stepError("parse", options.source, "not_implemented", "HTML parsing is not implemented yet");
}
