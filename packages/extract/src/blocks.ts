import type { Article } from "@newsgraph/schema";
import { mapPacked } from "./text/arrays.ts";
import { type Sentence, splitSentences } from "./text/index.ts";
import { oneByteCopy } from "./text/one-byte.ts";

export type BlockKind = "title" | "teaser" | "dateline" | "heading" | "paragraph" | "caption" | "alt";

/** A piece of the article's own text that extraction reads; offsets into `Article.text`. */
export interface Block {
  kind: BlockKind;
  text: string;
  start: number;
  end: number;
}

function pushBlock(
  blocks: Block[],
  kind: BlockKind,
  s: { text: string; start: number; end: number } | null | undefined,
): void {
  if (s && s.text.trim().length > 0)
    blocks.push({ kind, text: oneByteCopy(s.text), start: s.start, end: s.end });
}

/** A video player's labels a page dump leaves where an image's alt text would be ("JUST WATCHED", "(16 Videos)"). */
const PLAYER_LABEL =
  /^(?:just watched|must watch|now playing|up next|replay|more videos|watch (?:now|live|again)|\(\d+ videos?\))$/i;

/**
 * Every block of article text extraction reads, in document order: title, teaser, dateline,
 * headings, paragraphs, image captions and alt text (the alt text of a related story or video is
 * its title, which names people and places too). Navigation, credits and contributor lines are not
 * blocks; the parser already turned those into fields.
 */
export function articleBlocks(article: Article): Block[] {
  const blocks: Block[] = [];
  pushBlock(blocks, "title", article.title);
  pushBlock(blocks, "teaser", article.teaser);
  pushBlock(blocks, "dateline", article.dateline);
  for (const section of article.sections) {
    pushBlock(blocks, "heading", section.heading);
    for (const p of section.paragraphs) pushBlock(blocks, "paragraph", p);
  }
  for (const image of article.images) {
    pushBlock(blocks, "caption", image.caption);
    if (image.alt && !PLAYER_LABEL.test(image.alt.text.trim())) pushBlock(blocks, "alt", image.alt);
  }
  // A block inside another (a wire dateline the parser also keeps as its paragraph's opening, or a
  // caption repeated as a paragraph) is read once, as the longer block: read twice, its dates were
  // reported twice.
  const sorted = blocks.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Block[] = [];
  let reach = -1;
  for (const b of sorted) {
    if (b.end <= reach) continue;
    kept.push(b);
    reach = b.end;
  }
  return kept;
}

/** The sentences of each block (offsets into `Article.text`), in the order of `blocks`. */
export function blockSentences(blocks: Block[]): Sentence[][] {
  return mapPacked(blocks, (b) => splitSentences(b.text, b.start));
}
