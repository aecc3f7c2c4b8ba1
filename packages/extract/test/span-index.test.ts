import { describe, expect, it } from "vitest";
import { overlapIndex } from "../src/text/span-index.ts";

describe("overlapIndex", () => {
  it("answers whether any span overlaps a range, as a linear scan would", () => {
    const spans = [
      { start: 10, end: 20 },
      { start: 0, end: 100 },
      { start: 200, end: 205 },
      { start: 150, end: 160 },
    ];
    const has = overlapIndex(spans);
    const linear = (s: number, e: number) => spans.some((m) => m.start < e && s < m.end);
    for (const [s, e] of [
      [100, 150],
      [99, 101],
      [160, 200],
      [159, 161],
      [204, 300],
      [205, 300],
      [-5, 0],
      [-5, 1],
    ] as const)
      expect(has(s, e)).toBe(linear(s, e));
    expect(overlapIndex([])(0, 10)).toBe(false);
  });
});
