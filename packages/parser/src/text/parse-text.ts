import type { StepResult } from "@newsgraph/schema";
import type { ArticleDraft } from "../parse-article.ts";

export interface TextParseOptions {
  source: string;
  url: string | null;
  retrievedAt: string | null;
}

/** Placeholder until the text-dump parser lands: first line as title, every other line a paragraph. */
export function parseTextDump(text: string, _options: TextParseOptions): StepResult<ArticleDraft> {
  const lines = [...text.matchAll(/[^\n]+/g)]
    .map((m) => {
      const raw = m[0];
      const lead = raw.length - raw.trimStart().length;
      const t = raw.trim();
      return { text: t, start: (m.index ?? 0) + lead, end: (m.index ?? 0) + lead + t.length };
    })
    .filter((l) => l.text.length > 0);
  const [title, ...rest] = lines;
  return {
    ok: true,
    value: {
      text,
      title: title ?? { text: "", start: 0, end: 0 },
      teaser: null,
      publishedAt: null,
      updatedAt: null,
      publisher: null,
      language: null,
      dateline: null,
      sections: [{ heading: null, paragraphs: rest.map((l) => ({ ...l, kind: "paragraph" as const })) }],
      images: [],
      contributors: [],
      editor: null,
      corrections: [],
    },
  };
}
