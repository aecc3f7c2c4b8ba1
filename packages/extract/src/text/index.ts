export { type Sentence, splitSentences } from "./sentences.ts";
export { type Token, tokenize, wordToken } from "./tokens.ts";
