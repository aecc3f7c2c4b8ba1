import {
  lexicon,
  NAME_CONNECTORS,
  NAME_PARTICLES,
  ORGANIZATION_HEADS,
  PLACE_HEADS,
  SPEECH_VERBS,
} from "../kb/index.ts";
import type { Token } from "../text/index.ts";
import type { NameCandidate } from "./candidates.ts";
import { intrinsicType, isAcronym, type NamedType } from "./classify.ts";

/** One referent inside an article with every candidate that names it. */
export interface LinkedEntity {
  type: NamedType;
  candidates: NameCandidate[];
}

/** Lowercase, no diacritics or punctuation: the cross-article key. */
export function normaliseName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’]s\b/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const words = (c: NameCandidate) => c.tokens.map((t) => t.text);
const significantWords = (c: NameCandidate) =>
  words(c).filter((w) => !NAME_CONNECTORS.has(w.toLowerCase()) && !NAME_PARTICLES.has(w.toLowerCase()));

function initials(c: NameCandidate): string {
  return significantWords(c)
    .flatMap((w) => w.split("-"))
    .map((w) => w[0] ?? "")
    .join("")
    .toUpperCase();
}

const tokenAt = (c: NameCandidate, offset: number): Token | undefined => c.sentenceTokens[c.index + offset];

/** "LONG (SHORT)": the acronym candidate right after a name in parentheses. */
function parentheticalAliases(candidates: NameCandidate[]): Map<NameCandidate, NameCandidate> {
  const aliasOf = new Map<NameCandidate, NameCandidate>();
  for (const c of candidates) {
    const open = c.sentenceTokens[c.index + c.tokens.length];
    if (open?.text !== "(") continue;
    const inner = candidates.find(
      (o) => o.sentence === c.sentence && o.start === c.sentenceTokens[c.index + c.tokens.length + 1]?.start,
    );
    const close = inner && inner.sentenceTokens[inner.index + inner.tokens.length];
    if (inner && close?.text === ")" && inner.tokens.length === 1 && isAcronym(inner.text))
      aliasOf.set(inner, c);
  }
  return aliasOf;
}

function withoutHead(c: NameCandidate): string | null {
  const ws = words(c);
  const last = ws[ws.length - 1]?.toLowerCase() ?? "";
  if (ws.length < 2 || !(ORGANIZATION_HEADS.has(last) || PLACE_HEADS.has(last))) return null;
  return normaliseName(ws.slice(0, -1).join(" "));
}

function matchesEntity(c: NameCandidate, e: LinkedEntity, type: NamedType | null): boolean {
  const key = normaliseName(c.text);
  const cWords = significantWords(c);
  for (const o of e.candidates) {
    if (normaliseName(o.text) === key) return true;
  }
  if (type && type !== e.type) return false;
  const longest = e.candidates.reduce((a, b) =>
    significantWords(b).length > significantWords(a).length ? b : a,
  );
  const eWords = significantWords(longest);
  if (cWords.length >= eWords.length) return false;
  if (e.type === "person") {
    if (type && type !== "person") return false;
    const last = eWords[eWords.length - 1];
    const firstName = eWords[0];
    if (cWords.length === 1) return cWords[0] === last || (cWords[0] === firstName && c.title.length === 0);
    return cWords.every((w) => eWords.includes(w)) && cWords[cWords.length - 1] === last;
  }
  if (e.type === "organization") {
    if (
      cWords.length === 1 &&
      isAcronym(c.text) &&
      initials(longest) === c.text.replace(/\./g, "").toUpperCase()
    )
      return true;
    return e.candidates.some((o) => withoutHead(o) === key);
  }
  return false;
}

function contextType(c: NameCandidate): NamedType | null {
  const lex = lexicon();
  const prev = tokenAt(c, -1)?.text.toLowerCase() ?? "";
  const next = tokenAt(c, c.tokens.length)?.text.toLowerCase() ?? "";
  const nextNext = tokenAt(c, c.tokens.length + 1)?.text.toLowerCase() ?? "";
  const word = c.text.toLowerCase();
  if (SPEECH_VERBS.has(next) || (next === "," && (nextNext === "who" || SPEECH_VERBS.has(nextNext))))
    return "person";
  if (lex.firstNames.has(word) || lex.lastNames.has(word)) return "person";
  if (/^(?:in|near|across|outside|inside|into|towards|toward|throughout|to)$/.test(prev)) return "place";
  return "organization";
}

/** Type every candidate and collapse the ones that name the same referent. */
export function linkCandidates(candidates: NameCandidate[]): LinkedEntity[] {
  const aliasOf = parentheticalAliases(candidates);
  const entities: LinkedEntity[] = [];
  const entityOf = new Map<NameCandidate, LinkedEntity>();
  const evidence = new Map(candidates.map((c) => [c, intrinsicType(c)] as const));
  const types = new Map(
    candidates.map((c) => {
      const e = evidence.get(c);
      return [c, e && !e.weak ? e.type : null] as const;
    }),
  );
  const order = [...candidates].sort(
    (a, b) =>
      significantWords(b).length - significantWords(a).length ||
      Number(types.get(b) !== null) - Number(types.get(a) !== null) ||
      a.start - b.start,
  );
  const pending: NameCandidate[] = [];
  for (const c of order) {
    const type = types.get(c) ?? null;
    const long = aliasOf.get(c);
    const viaAlias = long ? entityOf.get(long) : undefined;
    const found = viaAlias ?? entities.find((e) => matchesEntity(c, e, type));
    if (found) {
      found.candidates.push(c);
      entityOf.set(c, found);
    } else if (type) {
      const e: LinkedEntity = { type, candidates: [c] };
      entities.push(e);
      entityOf.set(c, e);
    } else pending.push(c);
  }
  for (const c of pending.sort((a, b) => a.start - b.start)) {
    const found = entities.find((e) => matchesEntity(c, e, null));
    if (found) {
      found.candidates.push(c);
      continue;
    }
    const type = evidence.get(c)?.type ?? contextType(c);
    if (type) entities.push({ type, candidates: [c] });
  }
  for (const e of entities) e.candidates.sort((a, b) => a.start - b.start);
  return entities.sort((a, b) => (a.candidates[0]?.start ?? 0) - (b.candidates[0]?.start ?? 0));
}
