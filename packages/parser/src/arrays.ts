/**
 * `items.map(f)` for the parser's and the extraction's hot paths, always returning a packed array.
 *
 * V8's optimised `Array.prototype.map` (inlined in optimised code) returns a *holey* array where
 * the built-in it runs before a function is optimised returns a *packed* one. Every function that
 * reads a mapped array (`words[0]`, `.join`, `page.roles[i]`) is first compiled for the packed kind,
 * then thrown away ("wrong map" deoptimisation) and compiled again once the mapping code has been
 * optimised and hands it the holey kind. On one core the compiler shares the CPU with the run: on the
 * 4 MB extract bench those recompiles of the big parsing and extraction functions took about 1.5 s
 * (0.45 s with this helper), most of it in the first pass. A plain loop with `push` gives the same
 * array kind in every tier.
 *
 * The callback gets the element and its index, not the array (no caller needs it).
 */
export function mapPacked<T, U>(items: readonly T[], f: (item: T, index: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < items.length; i++) out.push(f(items[i] as T, i));
  return out;
}

/**
 * `target.push(...items)` for arrays of any length: a spread passes every item as an argument, and past
 * some hundred thousand arguments (a 5 MB paragraph naming one person on every line) V8 throws "Maximum
 * call stack size exceeded".
 */
export function pushAll<T>(target: T[], items: readonly T[]): T[] {
  for (let i = 0; i < items.length; i++) target.push(items[i] as T);
  return target;
}

/** The smallest of `f` over `items` (Infinity for none); `Math.min(...)` without the spread's limit. */
export function minOf<T>(items: readonly T[], f: (item: T) => number): number {
  let min = Number.POSITIVE_INFINITY;
  for (let i = 0; i < items.length; i++) min = Math.min(min, f(items[i] as T));
  return min;
}

/** The largest of `f` over `items` (-Infinity for none); `Math.max(...)` without the spread's limit. */
export function maxOf<T>(items: readonly T[], f: (item: T) => number): number {
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < items.length; i++) max = Math.max(max, f(items[i] as T));
  return max;
}
