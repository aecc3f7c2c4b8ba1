import type { Entity } from "@newsgraph/schema";
import type { Block } from "../blocks.ts";
import { PERSON_TITLES } from "../kb/index.ts";
import { mapPacked } from "../text/arrays.ts";
import { isLetterOrNumber, TITLE_CASE_WORD } from "../text/chars.ts";
import { overlapIndex } from "../text/span-index.ts";
import type { LinkedEntity } from "./link.ts";
import { isOrdinaryWord } from "./not-names.ts";

/**
 * The next word run in `text` from `from` on, as `/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*\/gu` matches it:
 * a word with its inner hyphens and apostrophes ("Udvar-Hazy", "O'Brien", "Hill's"). Runs whose
 * first unit, and the unit after each of its hyphens, are none of `firstUnits` are skipped.
 */
export function wordRunAfter(
  text: string,
  from: number,
  firstUnits: Set<number>,
): { start: number; end: number } | null {
  const n = text.length;
  let i = from;
  while (i < n) {
    const c = text.codePointAt(i) as number;
    if (!isLetterOrNumber(c)) {
      i += c > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    let wanted = firstUnits.has(text.charCodeAt(i));
    i += c > 0xffff ? 2 : 1;
    while (i < n) {
      const d = text.codePointAt(i) as number;
      if (isLetterOrNumber(d)) {
        i += d > 0xffff ? 2 : 1;
        continue;
      }
      // A hyphen or apostrophe joins the run only when a letter or number follows it.
      if (
        (d === 45 || d === 39 || d === 0x2019) &&
        i + 1 < n &&
        isLetterOrNumber(text.codePointAt(i + 1) as number)
      ) {
        if (d === 45 && firstUnits.has(text.charCodeAt(i + 1))) wanted = true;
        i += 1;
        continue;
      }
      break;
    }
    if (wanted) return { start, end: i };
  }
  return null;
}
const POSSESSIVE = /['’]s$/;
const TWO_LETTER_SURNAME = /^\p{Lu}\p{Ll}$/u;
/** Two-letter English words that open sentences: never a rescued surname. */
const TWO_LETTER_WORDS = new Set(
  "he me we us it in on at to of by as an or so no do go up if is be my am oh ok hi ah eh ha lo ye".split(
    " ",
  ),
);
const CAPITALISED_BEFORE = /(\p{Lu}[\p{L}.'’-]*)[ \t]+$/u;
const POSSESSIVE_AFTER = /^['’]s[ \t]/;
const SENTENCE_END_WORD = /^\p{Lu}\p{Ll}{3,}[.!?]$/u;
const SENTENCE_GAP = /[.!?:;"“”'‘(—–-]\s*$|^\s*$/u;
/** A dot, "@" or underscore joined to the word: an e-mail address or a dotted handle. */
const ADDRESS_AFTER = /^[.@_]\S/;
const ADDRESS_BEFORE = /[.@_]$/;
/** A capitalised word next after this one (its possessive between): "Apple's Tim", "Hill Street". */
const CAPITALISED_AFTER = /^(?:['’]s)?[ \t]+\p{Lu}/u;
const TWO_CAPITALS = /\p{Lu}{2}/u;

/** Words after a firm's own name that say what it is: "Bluebird Bio", "Vertex Pharmaceuticals". */
const FIRM_SUFFIXES =
  /^(?:bio|inc\.?|corp\.?|corporation|therapeutics|pharmaceuticals|pharma|holdings|plc|ltd\.?|technologies|labs|motors|airlines)$/;

/** A two-word firm's name: an ordinary word in title case, then its suffix ("Bluebird Bio"). */
function isSuffixedFirm(c: LinkedEntity["candidates"][number]): boolean {
  const word = c.tokens[0]?.text ?? "";
  return (
    c.tokens.length === 2 &&
    FIRM_SUFFIXES.test(c.tokens[1]?.text.toLowerCase() ?? "") &&
    word.length >= 4 &&
    TITLE_CASE_WORD.test(word) &&
    isOrdinaryWord(word.toLowerCase())
  );
}

/**
 * A person named in full ("Frank Messina", "Duncan Hill") or by title and surname ("President Trump")
 * is the one meant where only their given
 * name or surname stands later, also where that word is an ordinary one the name rules pass over at a
 * sentence start or after a quotation mark ("Frank, thank you", "Hill at the forum", "When Bush
 * proposed"). Adds those mentions to the person; a part two people share, or a word inside a longer
 * capitalised run ("Capitol Hill", "Hill Street"), is left alone. Mutates `named` (parallel to `linked`).
 */
export function rescueNameParts(
  linked: readonly LinkedEntity[],
  named: Omit<Entity, "id">[],
  blocks: readonly Block[],
  taken: readonly { start: number; end: number }[],
): { start: number; end: number }[] {
  const owner = new Map<string, number>();
  const shared = new Set<string>();
  linked.forEach((e, i) => {
    // "Apple plans …": a one-word body named inside sentences is the one meant at a sentence start.
    // "Bluebird Bio" … "Shares of Bluebird fell": a firm named by an ordinary word and its legal or
    // trade suffix goes by the word alone.
    const suffixed = e.type === "organization" ? e.candidates.find(isSuffixedFirm) : undefined;
    if (suffixed) {
      const word = suffixed.tokens[0]?.text ?? "";
      const had = owner.get(word);
      if (had !== undefined && had !== i) shared.add(word);
      else owner.set(word, i);
      return;
    }
    if (e.type === "organization" && e.candidates.every((c) => c.tokens.length === 1)) {
      const word = e.candidates[0]?.text ?? "";
      if (word.length >= 3 && TITLE_CASE_WORD.test(word) && isOrdinaryWord(word.toLowerCase())) {
        const had = owner.get(word);
        if (had !== undefined && had !== i) shared.add(word);
        else owner.set(word, i);
      }
      return;
    }
    if (e.type !== "person") return;
    for (const c of e.candidates) {
      // "President Trump": a surname after a title is as good as a full name.
      if (c.tokens.length < 2 && c.title.length === 0) continue;
      const parts = c.tokens.length < 2 ? [c.tokens[0]] : [c.tokens[0], c.tokens[c.tokens.length - 1]];
      for (const t of parts) {
        const word = t?.text ?? "";
        // "Jack Ma" … "Ma said": a two-letter surname is owned too, when it ends a full name and is no
        // English function word ("He Jianxiong" opens with one, "An" is an article).
        const short =
          TWO_LETTER_SURNAME.test(word) && t === c.tokens[c.tokens.length - 1] && c.tokens.length > 1;
        if (word.length < 3 && !(short && !TWO_LETTER_WORDS.has(word.toLowerCase()))) continue;
        if (word.endsWith(".") || PERSON_TITLES.has(word.toLowerCase())) continue;
        const had = owner.get(word);
        if (had !== undefined && had !== i) shared.add(word);
        else owner.set(word, i);
      }
    }
  });
  for (const word of shared) owner.delete(word);
  const added: { start: number; end: number }[] = [];
  if (owner.size === 0) return added;
  // Rescued words never overlap one another (whole words, each owned by one person): the taken spans suffice.
  const isTaken = overlapIndex(taken);
  const rescuedOf = new Set<number>();
  // Every owned word starts a word run or follows a hyphen in one: runs with no such first unit are passed over unread.
  const firstUnits = new Set<number>();
  for (const word of owner.keys()) firstUnits.add(word.charCodeAt(0));
  for (const block of blocks) {
    // In a headline every word is capitalised: a possessive there does not open a longer name.
    const headline = block.kind === "title" || block.kind === "heading";
    // One pass over the block's words. A hyphenated run is read whole and from after each hyphen
    // ("post-Mueller" holds "Mueller"), never up to a hyphen ("Hill-based").
    for (let next = wordRunAfter(block.text, 0, firstUnits); next !== null; ) {
      const runStart = next.start;
      const whole = block.text.slice(runStart, next.end);
      next = wordRunAfter(block.text, next.end, firstUnits);
      const run = POSSESSIVE.test(whole) && !owner.has(whole) ? whole.slice(0, -2) : whole;
      let from = 0;
      while (!owner.has(run.slice(from))) {
        const hyphen = run.indexOf("-", from);
        if (hyphen < 0) break;
        from = hyphen + 1;
      }
      const word = run.slice(from);
      const at = runStart + from;
      const i = owner.get(word);
      const entity = i === undefined ? undefined : named[i];
      if (i === undefined || !entity) continue;
      const start = block.start + at;
      const end = start + word.length;
      if (isTaken(start, end)) continue;
      const rest = block.text.slice(at + word.length, at + word.length + 30);
      // "Hill Street" is another name; "Trump’s Trade War Keeps World Guessing" in a headline is not.
      if (CAPITALISED_AFTER.test(rest) && !(headline && POSSESSIVE_AFTER.test(rest))) continue;
      // "Kari.Holm@example.org": part of an e-mail address or a dotted handle, not a mention.
      if (ADDRESS_AFTER.test(rest) || ADDRESS_BEFORE.test(block.text.slice(Math.max(0, at - 1), at)))
        continue;
      const head = block.text.slice(Math.max(0, at - 30), at);
      // Inside a longer capitalised run ("Capitol Hill"), unless the word before ends a sentence
      // ("… on Monday. Trump said": a full word and a period, not "Mr." or "U.S.").
      const before = CAPITALISED_BEFORE.exec(head)?.[1];
      if (
        before &&
        !SENTENCE_END_WORD.test(before) &&
        !SENTENCE_GAP.test(head.replace(CAPITALISED_BEFORE, ""))
      )
        continue;
      entity.mentions.push({ text: word, start, end, entityId: "" });
      added.push({ start, end });
      rescuedOf.add(i);
    }
  }
  for (const i of rescuedOf) named[i]?.mentions.sort((a, b) => a.start - b.start);
  return added;
}

/** A run of words written in capitals only (letters, apostrophes, dots, ampersands, hyphens). */
// The (?=…) ahead of the lookbehind: most positions fail on one character test before the lookbehind runs (same matches, about half the scan time).
const SHOUTED_RUN =
  /(?=\p{Lu})(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}\p{N}'’.&-]*(?:[ \t]+\p{Lu}[\p{Lu}\p{N}'’.&-]*)*(?![\p{L}\p{N}])/gu;
const SHOUTED_POSSESSIVE = /['’]S$/;
const MAX_NAME_WORDS = 5;

/**
 * "TAYLOR SWIFT'S FEUDS", "FEUD WITH SCOOTER BRAUN": a person, organization or place the article
 * names in ordinary case is the one meant where its name stands in capitals (headlines and link
 * lines, which the name rules pass over). Only names of two words or more, or of one word of five
 * letters or more that no other entity shares. Adds those mentions; returns their spans.
 */
export function rescueShoutedNames(
  named: Omit<Entity, "id">[],
  text: string,
  taken: readonly { start: number; end: number }[],
): { start: number; end: number }[] {
  const byForm = new Map<string, number>();
  named.forEach((e, i) => {
    if (e.type !== "person" && e.type !== "organization" && e.type !== "place") return;
    for (const form of [e.name, ...e.aliases]) {
      const words = form.split(/\s+/);
      if (form === form.toUpperCase() || words.length > MAX_NAME_WORDS) continue;
      if (words.length === 1 && (form.length < 5 || isOrdinaryWord(form.toLowerCase()))) continue;
      const key = form.toUpperCase();
      const had = byForm.get(key);
      byForm.set(key, had === undefined || had === i ? i : -1);
    }
  });
  const added: { start: number; end: number }[] = [];
  // Each word of a form found below is written as in the text (a run's word, or the start of its
  // last one): when every form one entity owns lacks a word the text never writes (most articles
  // have no name in capitals), no run can hold one.
  const findable = [...byForm].some(
    ([form, i]) => i >= 0 && form.split(" ").every((word) => text.includes(word)),
  );
  if (!findable) return added;
  const isTaken = overlapIndex(taken);
  const touched = new Set<number>();
  for (const m of text.matchAll(SHOUTED_RUN)) {
    if (!TWO_CAPITALS.test(m[0])) continue;
    const words = mapPacked([...m[0].matchAll(/\S+/g)], (w) => ({
      text: w[0],
      start: (m.index ?? 0) + (w.index ?? 0),
    }));
    let s = 0;
    while (s < words.length) {
      let matched = 0;
      for (let n = Math.min(MAX_NAME_WORDS, words.length - s); n >= 1 && matched === 0; n--) {
        const last = words[s + n - 1] as { text: string; start: number };
        const lastText = last.text.replace(SHOUTED_POSSESSIVE, "").replace(/[.,]$/, "");
        const form = [...mapPacked(words.slice(s, s + n - 1), (w) => w.text), lastText].join(" ");
        const i = byForm.get(form);
        if (i === undefined || i < 0) continue;
        const start = (words[s] as { start: number }).start;
        const end = last.start + lastText.length;
        if (isTaken(start, end)) continue;
        named[i]?.mentions.push({ text: text.slice(start, end), start, end, entityId: "" });
        added.push({ start, end });
        touched.add(i);
        matched = n;
      }
      s += Math.max(1, matched);
    }
  }
  for (const i of touched) named[i]?.mentions.sort((a, b) => a.start - b.start);
  return added;
}
