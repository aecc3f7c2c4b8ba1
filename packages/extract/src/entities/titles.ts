import type { Article, Entity } from "@newsgraph/schema";
import type { Block } from "../blocks.ts";
import { isCountryOrRegion, lexicon, TITLE_MODIFIERS } from "../kb/index.ts";
import { mapPacked } from "../text/arrays.ts";
import { startsUppercase } from "../text/chars.ts";
import type { Sentence } from "../text/index.ts";
import { overlapIndex } from "../text/span-index.ts";
import { RoleEntities } from "./built.ts";
import { normaliseName } from "./link.ts";

const OFFICE =
  "(?:Vice President|President|Prime Minister|Minister|Secretary-General|Secretary|Chancellor|Premier|Governor-General|Governor|Mayor|King|Queen|Pope|Emperor|Sheriff|Attorney General)";
/** A capitalised word after "of", dots only inside an abbreviation ("U.S."). */
const OF_WORD = "\\p{Lu}[\\p{L}-]*(?:\\.\\p{Lu})*\\.?(?![ \\t]+\\p{Lu}\\p{Ll})";
/**
 * An office written with a capital and no name after it: "the President", "Mr. President", "the Home
 * Secretary", "Governor of Virginia", "Virginia's Attorney General" (possessor kept out).
 */
// The (?=…) ahead of the lookbehind: most positions fail on one character test before the lookbehind runs (same matches, about half the scan time).
const OFFICE_NAMED = new RegExp(
  `(?=[\\p{Lu}t])(?<![\\p{L}\\p{N}])(?:(?:[Tt]he|Mr\\.?|Madam)\\s+)?((?:\\p{Lu}[\\p{L}-]*\\s+){0,2})${OFFICE}(?:\\s+of\\s+(?:the\\s+)?(${OF_WORD}(?:\\s+${OF_WORD}){0,2}))?(?![\\p{L}\\p{N}-])`,
  "gu",
);
/** "as", "as our new", "as its interim" right before an office. */
const PREDICATIVE_ROLE = /\bas\s+(?:(?:our|its|his|her|their|the|a|new|interim|acting)\s+)*$/i;
/** "… and CEO", "… & Chief Executive": an office joined to a company post. */
const JOINED_ROLE =
  /^\s+(?:and|&)\s+(?:CEO|COO|CFO|CTO|[Cc]hief|[Ff]ounder|[Cc]o-founder|[Cc]hair|[Cc]hairman|[Cc]hairwoman|[Gg]eneral [Mm]anager|[Mm]anaging [Dd]irector)\b/;
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
  const offices = new RoleEntities("person");
  const lex = lexicon();
  const isTaken = overlapIndex(taken);
  const personStarts = new Set(mapPacked(people, (p) => p.start));
  const personEnds = new Set(mapPacked(people, (p) => p.end));
  blocks.forEach((block, b) => {
    if (!OFFICE_WORD.test(block.text)) return;
    for (const m of block.text.matchAll(OFFICE_NAMED)) {
      const modifiers = (m[1] ?? "").trim().split(/\s+/).filter(Boolean);
      const of = m[2] ?? "";
      // Modifiers must be words of an office ("Home", "Foreign") or a place ("Virginia Governor").
      if (!modifiers.every((w) => TITLE_MODIFIERS.has(w.toLowerCase()) || isCountryOrRegion(w))) continue;
      // "Governor of Virginia Bob McDonnell": a given name after the place starts the holder's name.
      const ofWords = of.split(/\s+/).filter(Boolean);
      if (ofWords.slice(1).some((w) => lex.firstNames.has(w.toLowerCase()))) continue;
      const at = m.index ?? 0;
      const after = NEXT_WORD.exec(block.text.slice(at + m[0].length, at + m[0].length + 40))?.[1];
      if (after && startsUppercase(after)) continue;
      // "The President of the European Commission Ursula von der Leyen": the holder follows the body.
      if (after === "of" && holderAfterBody(block.text, at + m[0].length, block.start, personStarts))
        continue;
      // "as our new President and CEO", "serve as President": a post someone takes, named by no one.
      const before = block.text.slice(Math.max(0, at - 40), at);
      const rest = block.text.slice(at + m[0].length, at + m[0].length + 30);
      if (PREDICATIVE_ROLE.test(before) || JOINED_ROLE.test(rest)) continue;
      const text = m[0];
      const start = block.start + at;
      const end = start + text.length;
      // "Vice President, Colonel Assimi Goita", "Ken Cuccinelli, the Attorney General": in apposition to a
      // name, the office is that person's title (a role on them), not another person.
      if (inApposition(article.text, start, end, personStarts, personEnds)) continue;
      const core = text.replace(/^(?:[Tt]he|Mr\.?|Madam)\s+/, "");
      const coreStart = end - core.length;
      // The office itself must be free; a place named after "of" is a mention of its own.
      const ofAt = of ? core.lastIndexOf(" of ") : -1;
      if (isTaken(coreStart, ofAt >= 0 ? coreStart + ofAt : end)) continue;
      // At a sentence's start without "the", a bare office word is more often a heading or a label.
      if (text === core && modifiers.length === 0 && !of && isSentenceStart(sentences[b] ?? [], start))
        continue;
      const key = normaliseName(core) || core.toLowerCase();
      offices.add(
        key,
        core,
        core.replace(/\s+/g, " "),
        { text: core, start: coreStart, end },
        sentences[b] ?? [],
      );
    }
  });
  return offices.entities(article);
}

const BODY_AFTER_OFFICE = /^\s+of\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}.'’-]*|of|the|and|for)\s+){1,8}/u;
const CAPITAL = /\p{Lu}/gu;

/** True when, after "of (the)" and a capitalised body name, a person's name starts (`personStarts`). */
function holderAfterBody(text: string, from: number, offset: number, personStarts: Set<number>): boolean {
  const body = BODY_AFTER_OFFICE.exec(text.slice(from, from + 160));
  if (!body) return false;
  for (const w of body[0].matchAll(CAPITAL)) {
    const at = from + (w.index ?? 0);
    if (/\s/.test(text[at - 1] ?? " ") && personStarts.has(offset + at)) return true;
  }
  return personStarts.has(offset + from + body[0].length);
}

const APPOSITION_COMMA = /^,\s+/;
const TITLE_WORD_AHEAD = /^\p{Lu}[\p{L}.-]*\s+/u;
const COMMA_BEHIND = /,\s+(?:the\s+)?$/i;

/**
 * True when a person's name follows `end` after a comma and at most three capitalised title words
 * (", Colonel Assimi Goita"), or ends right before `start` with a comma and an optional "the".
 */
function inApposition(
  text: string,
  start: number,
  end: number,
  personStarts: ReadonlySet<number>,
  personEnds: ReadonlySet<number>,
): boolean {
  const comma = APPOSITION_COMMA.exec(text.slice(end, end + 20));
  if (comma) {
    let at = end + comma[0].length;
    for (let words = 0; words <= 3; words++) {
      if (personStarts.has(at)) return true;
      const title = TITLE_WORD_AHEAD.exec(text.slice(at, at + 60));
      if (!title) break;
      at += title[0].length;
    }
  }
  const behind = COMMA_BEHIND.exec(text.slice(Math.max(0, start - 20), start));
  return Boolean(behind && personEnds.has(start - behind[0].length));
}

function isSentenceStart(sentences: readonly Sentence[], start: number): boolean {
  return sentences.some((s) => s.start === start);
}
