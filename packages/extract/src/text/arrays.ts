/** The parser's packed-array `map` (see there why the extraction's hot paths use it instead of `Array.prototype.map`). */
export { mapPacked, maxOf, minOf, pushAll } from "@newsgraph/parser";
