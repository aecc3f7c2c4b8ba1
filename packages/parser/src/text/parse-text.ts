import type { StepResult } from "@newsgraph/schema";
import type { ArticleDraft } from "../parse-article.ts";

export interface TextParseOptions {
  source: string;
  url: string | null;
  retrievedAt: string | null;
}

/** Placeholder until the text-dump parser lands: whole text, first line as title. */
export function parseTextDump(text: string, _options: TextParseOptions): StepResult<ArticleDraft> {
  const first = text.match(/\S[^\n]*/);
  const start = first?.index ?? 0;
  const titleText = first?.[0].trim() ?? "";
  return {
    ok: true,
    value: {
      text,
      title: { text: titleText, start, end: start + titleText.length },
      teaser: null,
      publishedAt: null,
      updatedAt: null,
      publisher: null,
      language: null,
      dateline: null,
      sections: [],
      images: [],
      contributors: [],
      editor: null,
      corrections: [],
    },
  };
}
