import type { Article, Entity, Role } from "@newsgraph/schema";
import type { Block } from "../blocks.ts";
import { findCountryCode, isRegion, lexicon, TITLE_MODIFIERS } from "../kb/index.ts";
import type { Sentence } from "../text/index.ts";
import { overlapIndex } from "../text/span-index.ts";
import { normaliseName } from "./link.ts";
import { salience } from "./salience.ts";

const OFFICE =
  "(?:Vice President|President|Prime Minister|Minister|Secretary-General|Secretary|Chancellor|Premier|Governor-General|Governor|Mayor|King|Queen|Pope|Emperor|Sheriff|Attorney General)";
/** A capitalised word after "of", dots only inside an abbreviation ("U.S."). */
const OF_WORD = "\\p{Lu}[\\p{L}-]*(?:\\.\\p{Lu})*\\.?(?![ \\t]+\\p{Lu}\\p{Ll})";
/**
 * An office written with a capital and no name after it: "the President", "Mr. President", "the Home
 * Secretary", "Governor of Virginia", "Virginia's Attorney General" (possessor kept out).
 */
const OFFICE_NAMED = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:[Tt]he|Mr\\.?|Madam)\\s+)?((?:\\p{Lu}[\\p{L}-]*\\s+){0,2})${OFFICE}(?:\\s+of\\s+(?:the\\s+)?(${OF_WORD}(?:\\s+${OF_WORD}){0,2}))?(?![\\p{L}\\p{N}-])`,
  "gu",
);
const NEXT_WORD = /^(?:['’]s)?[ \t]*([\p{L}\p{N}]+)/u;
const OFFICE_WORD =
  /President|Minister|Secretary|Chancellor|Premier|Governor|Mayor|King|Queen|Pope|Emperor|Sheriff|Attorney/;

/**
 * People named only by their office ("The President has drawn praise", "as Governor of Virginia"):
 * GUM counts these as named person mentions. One entity per office as written; never linked to the
 * person who holds it (the text may not say who that is). A capitalised word after the office makes it
 * a title before a name ("President Obama"), which the name rules handle; inside a name found already
 * ("Office of the Prime Minister") it is no mention.
 */
export function officeEntities(
  blocks: readonly Block[],
  sentences: readonly Sentence[][],
  taken: readonly { start: number; end: number }[],
  article: Article,
  people: readonly { start: number; end: number }[] = [],
): Omit<Entity, "id">[] {
  const byKey = new Map<string, Omit<Entity, "id">>();
  const lex = lexicon();
  const isTaken = overlapIndex(taken);
  blocks.forEach((block, b) => {
    if (!OFFICE_WORD.test(block.text)) return;
    for (const m of block.text.matchAll(OFFICE_NAMED)) {
      const modifiers = (m[1] ?? "").trim().split(/\s+/).filter(Boolean);
      const of = m[2] ?? "";
      // Modifiers must be words of an office ("Home", "Foreign") or a place ("Virginia Governor").
      if (!modifiers.every((w) => TITLE_MODIFIERS.has(w.toLowerCase()) || findCountryCode(w) || isRegion(w)))
        continue;
      // "Governor of Virginia Bob McDonnell": a given name after the place starts the holder's name.
      const ofWords = of.split(/\s+/).filter(Boolean);
      if (ofWords.slice(1).some((w) => lex.firstNames.has(w.toLowerCase()))) continue;
      const at = m.index ?? 0;
      const after = NEXT_WORD.exec(block.text.slice(at + m[0].length, at + m[0].length + 40))?.[1];
      if (after && /^\p{Lu}/u.test(after)) continue;
      const text = m[0];
      const start = block.start + at;
      const end = start + text.length;
      // "Vice President, Colonel Assimi Goita", "Ken Cuccinelli, the Attorney General": in apposition to a
      // name, the office is that person's title (a role on them), not another person.
      const between = (a: number, b: number) => article.text.slice(a, b);
      if (
        people.some(
          (p) =>
            (p.start > end && /^,\s+(?:\p{Lu}[\p{L}.-]*\s+){0,3}$/u.test(between(end, p.start))) ||
            (p.end < start && /^,\s+(?:the\s+)?$/i.test(between(p.end, start))),
        )
      )
        continue;
      const core = text.replace(/^(?:[Tt]he|Mr\.?|Madam)\s+/, "");
      const coreStart = end - core.length;
      // The office itself must be free; a place named after "of" is a mention of its own.
      const ofAt = of ? core.lastIndexOf(" of ") : -1;
      if (isTaken(coreStart, ofAt >= 0 ? coreStart + ofAt : end)) continue;
      // At a sentence's start without "the", a bare office word is more often a heading or a label.
      if (text === core && modifiers.length === 0 && !of && isSentenceStart(sentences[b] ?? [], start))
        continue;
      const key = normaliseName(core) || core.toLowerCase();
      let entity = byKey.get(key);
      if (!entity) {
        const sentence = (sentences[b] ?? []).find((s) => s.start <= start && end <= s.end);
        const role: Role = {
          title: core.replace(/\s+/g, " "),
          organization: null,
          place: null,
          evidence: sentence
            ? { text: sentence.text, start: sentence.start, end: sentence.end }
            : { text, start, end },
        };
        entity = {
          type: "person",
          name: core.replace(/\s+/g, " "),
          key,
          aliases: [],
          mentions: [],
          salience: 0,
          roles: [role],
          kb: null,
        };
        byKey.set(key, entity);
      }
      entity.mentions.push({ text: core, start: coreStart, end, entityId: "" });
    }
  });
  const offices = [...byKey.values()];
  for (const o of offices) o.salience = salience(o.mentions, article);
  return offices;
}

function isSentenceStart(sentences: readonly Sentence[], start: number): boolean {
  return sentences.some((s) => s.start === start);
}
