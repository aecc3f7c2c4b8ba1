/** A word or punctuation mark with offsets into the text it came from (plus the offset given). */
export interface Token {
  text: string;
  start: number;
  end: number;
  isWord: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:[-.'’&][\p{L}\p{N}]+)*|\S/gu;
const ABBREVIATION_WITH_DOT =
  /^(?:(?:\p{L}\.)*\p{L}|Mr|Mrs|Ms|Dr|St|Mt|Jr|Sr|Gen|Col|Lt|Maj|Capt|Sgt|Sen|Gov|Rep|Rev|Prof|Inc|Ltd|Co|Corp|Bros|No|Ft|vs)$/u;

/** Words (with internal hyphens, apostrophes and dots), a separate possessive 's, and punctuation marks. */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    let word = m[0];
    let start = m.index ?? 0;
    const previous = tokens[tokens.length - 1];
    if (previous && offset + start < previous.end) continue;
    const isWord = /[\p{L}\p{N}]/u.test(word);
    if (!isWord) {
      tokens.push({ text: word, start: offset + start, end: offset + start + word.length, isWord });
      continue;
    }
    let possessive: string | null = null;
    const poss = /['’][sS]$/.exec(word);
    if (poss && word.length > 2) {
      possessive = poss[0];
      word = word.slice(0, -2);
    }
    let end = start + word.length;
    if (!possessive && text[end] === "." && ABBREVIATION_WITH_DOT.test(word)) {
      word += ".";
      end += 1;
    }
    tokens.push({ text: word, start: offset + start, end: offset + end, isWord: true });
    if (possessive) {
      start = end;
      tokens.push({ text: possessive, start: offset + start, end: offset + start + 2, isWord: false });
    }
  }
  return tokens;
}
