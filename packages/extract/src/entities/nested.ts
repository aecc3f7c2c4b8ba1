import {
  findCity,
  isCountryOrRegion,
  isRegion,
  lexicon,
  NAME_CONNECTORS,
  NAME_PARTICLES,
  PLACE_HEADS,
} from "../kb/index.ts";
import { mapPacked } from "../text/arrays.ts";
import { startsUppercase } from "../text/chars.ts";
import type { NameCandidate } from "./candidates.ts";
import { type LinkedEntity, normaliseName } from "./link.ts";

const MAX_NESTED_WORDS = 4;
const NESTED_CITY_POPULATION = 100000;
/** A town whose name is an ordinary word ("Delta", "Mobile") nests only when it is this big ("Reading" is not). */
const ORDINARY_WORD_CITY_POPULATION = 1000000;

const isJoiner = (w: string) => NAME_CONNECTORS.has(w) || NAME_PARTICLES.has(w) || w === "&";

/** The text of `outer`'s tokens `from` up to `to`. */
function subText(outer: NameCandidate, from: number, to: number): string {
  const first = outer.tokens[from] as NameCandidate["tokens"][number];
  const last = outer.tokens[to - 1] as NameCandidate["tokens"][number];
  const sentence = outer.sentence;
  return sentence.text.slice(first.start - sentence.start, last.end - sentence.start);
}

function subCandidate(outer: NameCandidate, from: number, to: number): NameCandidate {
  const tokens = outer.tokens.slice(from, to);
  const first = tokens[0] as NameCandidate["tokens"][number];
  const last = tokens[tokens.length - 1] as NameCandidate["tokens"][number];
  return {
    ...outer,
    tokens,
    start: first.start,
    end: last.end,
    text: subText(outer, from, to),
    title: [],
    demonym: null,
    index: outer.index + from,
    nested: true,
  };
}

function hostsNames(e: LinkedEntity, c: NameCandidate): boolean {
  if (c.tokens.length < 2 || c.nested || isCountryOrRegion(c.text)) return false;
  if (e.type === "organization") return true;
  // "Theodorus of Tabennese": a place named after "of" in a person's name.
  if (e.type === "person") return c.tokens.some((t, i) => i > 0 && t.lower === "of");
  const last = c.tokens[c.tokens.length - 1]?.text.toLowerCase() ?? "";
  return e.type === "place" && PLACE_HEADS.has(last);
}

/**
 * Places and people named inside a longer organization or facility name ("University of Southern Indiana",
 * "US State Department", "Andy Warhol Foundation" when Andy Warhol is in the article) become mentions of
 * their own, the way news annotation nests them.
 */
export function addNestedMentions(entities: LinkedEntity[]): LinkedEntity[] {
  const byName = new Map<string, LinkedEntity>();
  for (const e of entities) {
    if (e.type === "organization") continue;
    for (const c of e.candidates)
      if (!byName.has(normaliseName(c.text))) byName.set(normaliseName(c.text), e);
  }
  const added: LinkedEntity[] = [];
  for (const e of entities) {
    for (const c of [...e.candidates]) {
      if (!hostsNames(e, c)) continue;
      const words = mapPacked(c.tokens, (t) => t.text.toLowerCase());
      let i = 0;
      while (i < c.tokens.length) {
        let matched = 0;
        for (let len = Math.min(MAX_NESTED_WORDS, c.tokens.length - (i === 0 ? 1 : i)); len >= 1; len--) {
          const to = i + len;
          if (to > c.tokens.length || (i === 0 && to === c.tokens.length)) continue;
          if (isJoiner(words[i] as string) || isJoiner(words[to - 1] as string)) continue;
          const text = subText(c, i, to);
          const key = normaliseName(text);
          const known = byName.get(key);
          if (known && known !== e) {
            known.candidates.push(subCandidate(c, i, to));
            matched = len;
            break;
          }
          const atEdge = i === 0 || words[i - 1] === "of" || words[i - 1] === "and";
          // Not "Delta Air Lines", "Mobile World Congress": a town named by an ordinary word opens a firm's
          // name as that word, unless the town is a big city.
          const population = atEdge ? (findCity(text)?.population ?? 0) : 0;
          const city =
            population >= NESTED_CITY_POPULATION &&
            (population >= ORDINARY_WORD_CITY_POPULATION || !lexicon().commonWords.has(text.toLowerCase()));
          if (
            !known &&
            // Not "Redwood Pacific Partners": a region's word inside a firm's name, away from its edge.
            (lexicon().countries.has(text.toLowerCase()) || (isRegion(text) && atEdge) || city) &&
            startsUppercase(text)
          ) {
            const place: LinkedEntity = { type: "place", candidates: [subCandidate(c, i, to)] };
            byName.set(key, place);
            added.push(place);
            matched = len;
            break;
          }
        }
        i += matched || 1;
      }
    }
  }
  const all = [...entities, ...added];
  for (const e of all) e.candidates.sort((a, b) => a.start - b.start);
  return all.sort((a, b) => (a.candidates[0]?.start ?? 0) - (b.candidates[0]?.start ?? 0));
}
