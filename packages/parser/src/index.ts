export { decodeInput, type DecodeOptions } from "./decode.ts";
export { parseArticle, type ParseOptions, DEFAULT_MAX_BYTES } from "./parse-article.ts";
