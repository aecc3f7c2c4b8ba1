export { type Sentence, splitSentences } from "./sentences.ts";
export { type Token, tokenize } from "./tokens.ts";
