export { type Sentence, splitSentences } from "./sentences.ts";
export { joinToken, markToken, type Token, tokenize, wordToken } from "./tokens.ts";
