import { describe, expect, it } from "vitest";
import { wordRunAfter } from "../src/entities/rescue.ts";

const WORD_RUN = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
const everyUnit = { has: () => true } as unknown as Set<number>;

function runs(text: string, firstUnits: Set<number>): string[] {
  const out: string[] = [];
  for (let r = wordRunAfter(text, 0, firstUnits); r; r = wordRunAfter(text, r.end, firstUnits))
    out.push(`${r.start}:${text.slice(r.start, r.end)}`);
  return out;
}

describe("wordRunAfter", () => {
  const text =
    "Udvar-Hazy met O'Brien’s aide -- post-Mueller, Hill-based; a-b -c d- 'x' 𝐀𝐁c-𝐃 e\u0301f 12-ab Über-Straße ab--cd a-'b x\ud800y Trump's.";

  it("reads the runs the word-run regex matches, in order", () => {
    expect(runs(text, everyUnit)).toEqual([...text.matchAll(WORD_RUN)].map((m) => `${m.index}:${m[0]}`));
  });

  it("skips runs whose first unit, and the unit after each hyphen, are not wanted", () => {
    const wanted = new Set(["M", "T"].map((c) => c.charCodeAt(0)));
    const expected = [...text.matchAll(WORD_RUN)]
      .filter((m) => /^[MT]|-[MT]/.test(m[0]))
      .map((m) => `${m.index}:${m[0]}`);
    expect(expected).toEqual(["33:post-Mueller", "120:Trump's"]);
    expect(runs(text, wanted)).toEqual(expected);
  });
});
