export { mapPacked, maxOf, minOf, pushAll } from "./arrays.ts";
export { isSpaceUnit } from "./credits.ts";
export { type DecodeOptions, decodeInput } from "./decode.ts";
export { DEFAULT_MAX_BYTES, type ParseOptions, parseArticle } from "./parse-article.ts";
