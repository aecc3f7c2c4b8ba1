import { mapPacked } from "../arrays.ts";

const STOP_WORDS: Record<string, string> = {
  en: "the of and to a in is that for it on was with as are be by at this from have has had not but or an they which their he she his her were been will would we you its who said more about after also than one there can all into over",
  de: "der die das und in zu den von mit ist im nicht sich des auf für ein eine dem es auch als an wird werden wurde bei aus er sie hat nach wie noch um oder einer vor zum zur sind über nur",
  fr: "le la les de des et en un une du est que qui dans pour pas au sur par plus il elle ne se ce sont avec aux son sa ses ont été mais comme nous vous leur cette",
  es: "el la los las de del y en que un una es por con para no se su al lo como más pero sus le ha fue son ser este esta entre también sobre",
  pt: "o a os as de do da dos das e em que um uma é por com para não se no na nos nas ao mais como mas foi ser seu sua são pelo pela também",
  it: "il lo la gli le di del della dei e in che un una è per con non si da al alla sono come più ma anche nel nella questo",
  // Not "met" (English "met"): a paragraph of "X met Y." sentences read as Dutch.
  nl: "de het een en van in is dat op te zijn voor die niet aan er ook als bij door naar maar dan wordt om uit heeft",
  id: "yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke karena oleh ada adalah sebagai bisa mereka atau sudah telah saat",
  ru: "и в не на что с по как это он она они но из за к от для то же был была было были его её их так уже или о при также который",
};

const STOP_SETS: Record<string, ReadonlySet<string>> = Object.fromEntries(
  mapPacked(Object.entries(STOP_WORDS), ([lang, words]) => [lang, new Set(words.split(" "))]),
);

const LANGUAGES = Object.keys(STOP_WORDS);
const ENGLISH = LANGUAGES.indexOf("en");
const LANGUAGE_COUNT = LANGUAGES.length;

interface StopWord {
  word: string;
  /** Each k for which the word is a stop word of LANGUAGES[k]. */
  indices: number[];
}

/** Stop words by the low bits of the hash of their characters (see `wordHash`), so a line is matched without slicing it. */
const STOP_TABLE_MASK = 4095;
const STOP_TABLE: Array<StopWord[] | undefined> = new Array(STOP_TABLE_MASK + 1).fill(undefined);
const STOP_LIST = new Map<string, StopWord>();
LANGUAGES.forEach((lang, bit) => {
  for (const word of STOP_WORDS[lang]?.split(" ") ?? []) {
    let entry = STOP_LIST.get(word);
    if (!entry) {
      entry = { word, indices: [] };
      STOP_LIST.set(word, entry);
      const slot = wordHash(word, 0, word.length) & STOP_TABLE_MASK;
      STOP_TABLE[slot] = [...(STOP_TABLE[slot] ?? []), entry];
    }
    entry.indices.push(bit);
  }
});
const LONGEST_STOP_WORD = Math.max(...mapPacked([...STOP_LIST.keys()], (w) => w.length));

function wordHash(text: string, start: number, end: number): number {
  let h = 0;
  for (let i = start; i < end; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return h;
}

const SCRIPT_SAMPLE = 3_000;
/** Kana, hangul, han and Thai, as `detectLanguage` counts them. */
const SCRIPT_CHARS = /[\u0e00-\u0e7f\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/;
const STOP_SAMPLE = 2_500;

function middleOf(text: string, size: number): string {
  if (text.length <= size) return text;
  const from = Math.floor((text.length - size) / 2);
  return text.slice(from, from + size);
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Languages written without spaces between words; stop-word density means nothing for them. */
export function isUnspacedLanguage(language: string | null): boolean {
  return language === "ja" || language === "zh" || language === "th";
}

/** Word and stop-word counts of each line of a page, from one pass over its lower-cased lines. */
export interface LineWordCounts {
  words: Int32Array;
  /** Stop words of line i in LANGUAGES[k] at i * LANGUAGE_COUNT + k. */
  stops: Int32Array;
}

/** Counts the words of each lower-cased line (the tokens of `words`) and its stop words in every language. */
export function countLineWords(lowerLines: readonly string[]): LineWordCounts {
  const counts: LineWordCounts = {
    words: new Int32Array(lowerLines.length),
    stops: new Int32Array(lowerLines.length * LANGUAGE_COUNT),
  };
  for (let line = 0; line < lowerLines.length; line++) {
    counts.words[line] = scanWords(lowerLines[line] as string, counts.stops, line * LANGUAGE_COUNT);
  }
  return counts;
}

/** Share of the words of line `line` that are stop words of `language` (0 when it has no list). */
export function stopWordShare(counts: LineWordCounts, line: number, language: string | null): number {
  const k = language ? LANGUAGES.indexOf(language) : -1;
  const n = counts.words[line] ?? 0;
  return k < 0 || n === 0 ? 0 : (counts.stops[line * LANGUAGE_COUNT + k] ?? 0) / n;
}

function scanWords(lower: string, stops: Int32Array, offset: number): number {
  let n = 0;
  const length = lower.length;
  let i = 0;
  while (i < length) {
    let c = lower.charCodeAt(i);
    if (c < 128 ? ASCII_WORD[c] === 0 : !isWordCharAbove127(lower, c, i)) {
      i++;
      continue;
    }
    // The word runs over letters and digits, with inner apostrophes ("don't"); its code units are hashed on the way (see `wordHash`).
    const start = i;
    let h = 0;
    for (;;) {
      while (i < length) {
        c = lower.charCodeAt(i);
        if (c < 128) {
          if (ASCII_WORD[c] === 0) break;
          h = (Math.imul(h, 31) + c) | 0;
          i++;
        } else if (isWordCharAbove127(lower, c, i)) {
          h = (Math.imul(h, 31) + c) | 0;
          i++;
          if (c >= 0xd800 && c <= 0xdbff) {
            h = (Math.imul(h, 31) + lower.charCodeAt(i)) | 0;
            i++;
          }
        } else break;
      }
      if (i + 1 < length && (c === 39 || c === 0x2019) && isLetter(lower, i + 1)) {
        h = (Math.imul(h, 31) + c) | 0;
        i++;
        continue;
      }
      break;
    }
    n++;
    if (i - start > LONGEST_STOP_WORD) continue;
    const candidates = STOP_TABLE[h & STOP_TABLE_MASK];
    if (!candidates) continue;
    for (let j = 0; j < candidates.length; j++) {
      const stop = candidates[j] as StopWord;
      if (stop.word.length !== i - start || !lower.startsWith(stop.word, start)) continue;
      const indices = stop.indices;
      for (let x = 0; x < indices.length; x++) {
        const at = offset + (indices[x] as number);
        stops[at] = (stops[at] as number) + 1;
      }
      break;
    }
  }
  return n;
}

/**
 * ISO 639-1 code from the script (CJK, Korean, Thai) or stop-word counts; null when unsure.
 * Pass the page's line counts to use the stop words of the whole page instead of a sample of `text`.
 */
export function detectLanguage(text: string, counts?: LineWordCounts): string | null {
  // The middle SCRIPT_SAMPLE characters (as `middleOf` takes them), read in place.
  const from = text.length <= SCRIPT_SAMPLE ? 0 : Math.floor((text.length - SCRIPT_SAMPLE) / 2);
  const to = Math.min(text.length, from + SCRIPT_SAMPLE);
  let kana = 0;
  let hangul = 0;
  let han = 0;
  let thai = 0;
  let letters = 0;
  if (!SCRIPT_CHARS.test(text)) {
    // No kana, hangul, han or Thai anywhere: only whether the sample has a letter at all matters.
    for (let i = from; i < to && letters === 0; i++) {
      const c = text.charCodeAt(i);
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x52f)) letters++;
    }
  } else {
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c < 128) {
        if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) letters++;
      } else if (c >= 0x3040 && c <= 0x30ff) kana++;
      else if (c >= 0xac00 && c <= 0xd7af) hangul++;
      else if (c >= 0x4e00 && c <= 0x9fff) han++;
      else if (c >= 0x0e00 && c <= 0x0e7f) thai++;
      else if (c >= 0xc0 && c <= 0x52f) letters++;
    }
  }
  const total = kana + hangul + han + thai + letters;
  if (total === 0) return null;
  if (hangul / total > 0.2) return "ko";
  if (kana / total > 0.05) return "ja";
  if (han / total > 0.2) return "zh";
  if (thai / total > 0.2) return "th";
  const totals = new Int32Array(LANGUAGE_COUNT);
  if (counts) {
    const stops = counts.stops;
    for (let k = 0; k < LANGUAGE_COUNT; k++) {
      let sum = 0;
      for (let i = k; i < stops.length; i += LANGUAGE_COUNT) sum += stops[i] ?? 0;
      totals[k] = sum;
    }
  } else {
    scanWords(middleOf(text, STOP_SAMPLE).toLowerCase(), totals, 0);
  }
  let best: string | null = null;
  let bestCount = 0;
  for (let k = 0; k < LANGUAGE_COUNT; k++) {
    const n = totals[k] ?? 0;
    if (n > bestCount) {
      best = LANGUAGES[k] ?? null;
      bestCount = n;
    }
  }
  if (bestCount < 3) return null;
  // "In Seoul, Yoon met … on Monday. Later Wang met …": three Dutch stop words ("in", "met", "met")
  // against two English ones. On so little evidence another language must lead English clearly,
  // or the English text would go unread.
  const english = totals[ENGLISH] ?? 0;
  return best !== "en" && english > 0 && bestCount < 2 * english ? "en" : best;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = /[A-Za-z0-9]/.test(String.fromCharCode(c)) ? 1 : 0;

/** LETTER_OR_DIGIT of a single (non-surrogate) code unit: 0 not yet tested, 1 yes, 2 no. */
const WORD_UNIT = new Uint8Array(0x10000);

/** Whether the character at `i` (code `c`, not ASCII) is a letter or digit. */
function isWordCharAbove127(text: string, c: number, i: number): boolean {
  if (c >= 0xd800 && c <= 0xdbff) return LETTER_OR_DIGIT.test(text.slice(i, i + 2));
  let known = WORD_UNIT[c];
  if (known === 0) {
    known = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2;
    WORD_UNIT[c] = known;
  }
  return known === 1;
}

const LETTER = /\p{L}/u;

function isLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return LETTER.test(c >= 0xd800 && c <= 0xdbff ? text.slice(i, i + 2) : (text[i] ?? ""));
}

/** Share of the words in `tokens` that are stop words of `language` (0 when the language has no list). */
export function stopWordDensity(tokens: readonly string[], language: string | null): number {
  const set = language ? STOP_SETS[language] : undefined;
  if (!set || tokens.length === 0) return 0;
  let n = 0;
  for (const t of tokens) if (set.has(t.toLowerCase())) n++;
  return n / tokens.length;
}

export function hasStopWordList(language: string | null): boolean {
  return language !== null && STOP_SETS[language] !== undefined;
}
