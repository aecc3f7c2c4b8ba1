/**
 * A word-keyed table read through a Map. Indexing a plain object with a word of the text is wrong
 * for the words that name Object.prototype's members ("constructor", "toString" …): they return a
 * function, not undefined. A Map holds only the entries written here, and its lookups stay fast for
 * any key, where a keyed load on an object goes megamorphic over thousands of token strings.
 */
export function wordTable<T>(entries: Readonly<Record<string, T>>): ReadonlyMap<string, T> {
  return new Map(Object.entries(entries));
}
