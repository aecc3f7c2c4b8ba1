const ACRONYM_STOPWORDS = new Set(["the", "a", "an"]);
const MINOR_WORDS = new Set([
  "of",
  "for",
  "and",
  "in",
  "on",
  "to",
  "de",
  "des",
  "du",
  "la",
  "le",
  "les",
  "der",
  "die",
  "das",
  "für",
  "und",
  "et",
]);

/** Lowercase, no diacritics or punctuation, single spaces: the form names are compared in. */
export function normaliseName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/['’`]s\b/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export function isAcronym(name: string): boolean {
  const compact = name.replace(/\./g, "");
  return /^[A-Z][A-Z0-9&]{1,9}$/.test(compact) && /[A-Z].*[A-Z]/.test(compact);
}

/** Initials an expansion may be abbreviated to: "Economic Community of West African States" → ecowas, ecwas. */
export function acronymKeysOf(name: string): string[] {
  const words = name
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .split(/[\s\-–/]+/)
    .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ""))
    .filter((w) => w.length > 0);
  if (words.length < 2 || isAcronym(name)) return [];
  const significant = words.filter((w, i) => !(i === 0 && ACRONYM_STOPWORDS.has(w.toLowerCase())));
  const withMinor = significant.map((w) => w[0] ?? "").join("");
  const withoutMinor = significant
    .filter((w) => !MINOR_WORDS.has(w.toLowerCase()))
    .map((w) => w[0] ?? "")
    .join("");
  return [...new Set([withMinor, withoutMinor].map((k) => k.toLowerCase()).filter((k) => k.length >= 3))];
}

/** A person's single name ("Sounaye") could be anyone with that surname: never a key to link on. */
export function isLinkableKey(type: string, key: string): boolean {
  if (key.length < 2) return false;
  if (type === "person" && !key.includes(" ")) return false;
  return true;
}

export function entityIdFor(type: string, key: string, hash: (s: string) => string): string {
  return `ent_${hash(`${type}\u0000${key}`).slice(0, 24)}`;
}
