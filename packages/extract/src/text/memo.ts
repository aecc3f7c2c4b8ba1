/**
 * A pure string → value function with a bounded cache: the same names, words and keys recur across the
 * sentences and articles of a run, and recomputing them (lowercasing, regex replaces, NFD) churns garbage.
 */
export function memoString<T>(compute: (s: string) => T, limit = 20_000): (s: string) => T {
  let cache = new Map<string, T>();
  return (s: string): T => {
    const hit = cache.get(s);
    if (hit !== undefined || cache.has(s)) return hit as T;
    const value = compute(s);
    if (cache.size >= limit) cache = new Map();
    cache.set(s, value);
    return value;
  };
}
