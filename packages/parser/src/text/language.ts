const STOP_WORDS: Record<string, string> = {
  en: "the of and to a in is that for it on was with as are be by at this from have has had not but or an they which their he she his her were been will would we you its who said more about after also than one there can all into over",
  de: "der die das und in zu den von mit ist im nicht sich des auf für ein eine dem es auch als an wird werden wurde bei aus er sie hat nach wie noch um oder einer vor zum zur sind über nur",
  fr: "le la les de des et en un une du est que qui dans pour pas au sur par plus il elle ne se ce sont avec aux son sa ses ont été mais comme nous vous leur cette",
  es: "el la los las de del y en que un una es por con para no se su al lo como más pero sus le ha fue son ser este esta entre también sobre",
  pt: "o a os as de do da dos das e em que um uma é por com para não se no na nos nas ao mais como mas foi ser seu sua são pelo pela também",
  it: "il lo la gli le di del della dei e in che un una è per con non si da al alla sono come più ma anche nel nella questo",
  nl: "de het een en van in is dat op te zijn voor met die niet aan er ook als bij door naar maar dan wordt om uit heeft",
  id: "yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke karena oleh ada adalah sebagai bisa mereka atau sudah telah saat",
  ru: "и в не на что с по как это он она они но из за к от для то же был была было были его её их так уже или о при также который",
};

const STOP_SETS: Record<string, ReadonlySet<string>> = Object.fromEntries(
  Object.entries(STOP_WORDS).map(([lang, words]) => [lang, new Set(words.split(" "))]),
);

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Languages written without spaces between words; stop-word density means nothing for them. */
export function isUnspacedLanguage(language: string | null): boolean {
  return language === "ja" || language === "zh" || language === "th";
}

/** ISO 639-1 code from the script (CJK, Korean, Cyrillic, Thai) or stop-word counts; null when unsure. */
export function detectLanguage(text: string): string | null {
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  let kana = 0;
  let hangul = 0;
  let han = 0;
  let thai = 0;
  let letters = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c >= 0x3040 && c <= 0x30ff) kana++;
    else if (c >= 0xac00 && c <= 0xd7af) hangul++;
    else if (c >= 0x4e00 && c <= 0x9fff) han++;
    else if (c >= 0x0e00 && c <= 0x0e7f) thai++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x52f)) letters++;
  }
  const total = kana + hangul + han + thai + letters;
  if (total === 0) return null;
  if (hangul / total > 0.2) return "ko";
  if (kana / total > 0.05) return "ja";
  if (han / total > 0.2) return "zh";
  if (thai / total > 0.2) return "th";
  const counts = new Map<string, number>();
  for (const w of words(sample.toLowerCase())) {
    for (const lang in STOP_SETS) if (STOP_SETS[lang]?.has(w)) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [lang, n] of counts) {
    if (n > bestCount) {
      best = lang;
      bestCount = n;
    }
  }
  return bestCount >= 3 ? best : null;
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
