import { mapPacked } from "./arrays.ts";
/**
 * A fixed set of spans asked "does anything overlap [start, end)?" in O(log n): spans sorted by start
 * with the running maximum of their ends (some span starting before `end` must end after `start`).
 */
export function overlapIndex(
  spans: readonly { start: number; end: number }[],
): (start: number, end: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const starts = mapPacked(sorted, (s) => s.start);
  const maxEnd: number[] = new Array(sorted.length);
  let max = Number.NEGATIVE_INFINITY;
  sorted.forEach((s, i) => {
    max = Math.max(max, s.end);
    maxEnd[i] = max;
  });
  return (start: number, end: number): boolean => {
    // The number of spans that start before `end`.
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((starts[mid] as number) < end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && (maxEnd[lo - 1] as number) > start;
  };
}

/** Index of the last of `items` (sorted by start) whose start is below `limit`, by binary search; -1 when none. */
export function lastStartingBefore<T>(
  items: readonly T[],
  startOf: (item: T) => number,
  limit: number,
): number {
  let low = 0;
  let high = items.length - 1;
  let last = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (startOf(items[mid] as T) < limit) {
      last = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return last;
}
