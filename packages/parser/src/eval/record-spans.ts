import type { TextSpan } from "@newsgraph/schema";
import type { ArticleDraft } from "../parse-article.ts";

/** Every text span of a parsed record, in reading order, paired with the field it came from. */
export function recordSpans(draft: ArticleDraft): Array<[string, TextSpan]> {
  const spans: Array<[string, TextSpan | null]> = [
    ["title", draft.title],
    ["teaser", draft.teaser],
    ["dateline", draft.dateline],
  ];
  for (const s of draft.sections) {
    spans.push(["heading", s.heading]);
    for (const p of s.paragraphs) spans.push(["paragraph", p]);
  }
  for (const i of draft.images) spans.push(["alt", i.alt], ["caption", i.caption], ["credit", i.credit]);
  for (const c of draft.contributors) spans.push(["contributor", c]);
  for (const c of draft.corrections) spans.push(["correction", c]);
  return spans.filter((entry): entry is [string, TextSpan] => entry[1] !== null);
}

/** The spans whose offsets do not point at their own text, as "field start-end: text". */
export function spansOutOfPlace(draft: ArticleDraft): string[] {
  return recordSpans(draft)
    .filter(([, s]) => draft.text.slice(s.start, s.end) !== s.text)
    .map(([field, s]) => `${field} ${s.start}-${s.end}: ${s.text.slice(0, 40)}`);
}
