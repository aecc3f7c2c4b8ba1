export { type Sentence, splitSentences } from "./sentences.ts";
export { joinToken, type Token, tokenize, wordToken } from "./tokens.ts";
