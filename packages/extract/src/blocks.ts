import type { Article } from "@newsgraph/schema";

export type BlockKind = "title" | "teaser" | "dateline" | "heading" | "paragraph" | "caption" | "alt";

/** A piece of the article's own text that extraction reads; offsets into `Article.text`. */
export interface Block {
  kind: BlockKind;
  text: string;
  start: number;
  end: number;
}

/**
 * Every block of article text extraction reads, in document order: title, teaser, dateline,
 * headings, paragraphs and image captions. Navigation, credits and contributor lines are not
 * blocks; the parser already turned those into fields.
 */
export function articleBlocks(article: Article): Block[] {
  const blocks: Block[] = [];
  const push = (kind: BlockKind, s: { text: string; start: number; end: number } | null | undefined) => {
    if (s && s.text.trim().length > 0) blocks.push({ kind, text: s.text, start: s.start, end: s.end });
  };
  push("title", article.title);
  push("teaser", article.teaser);
  push("dateline", article.dateline);
  for (const section of article.sections) {
    push("heading", section.heading);
    for (const p of section.paragraphs) push("paragraph", p);
  }
  for (const image of article.images) push("caption", image.caption);
  const seen = new Set<string>();
  return blocks
    .filter((b) => {
      const k = `${b.start}:${b.end}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .sort((a, b) => a.start - b.start);
}
