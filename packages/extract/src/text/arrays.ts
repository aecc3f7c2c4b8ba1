/** The parser's packed-array `map` (see there why the extraction's hot paths use it instead of `Array.prototype.map`). */
export { mapPacked } from "@newsgraph/parser";
