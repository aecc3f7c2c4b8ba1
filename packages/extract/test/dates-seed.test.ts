import fs from "node:fs";
import { parseArticle } from "@newsgraph/parser";
import { describe, expect, it } from "vitest";
import { extractDates } from "../src/dates/index.ts";
import { seedArticle } from "./fixtures/seed-article.ts";

describe("extractDates on the seed", () => {
  const article = seedArticle();

  it("normalises every date against the publication date, July 4, 2023", () => {
    expect(
      extractDates(article).map(({ text, value, granularity, relative }) => ({
        text,
        value,
        granularity,
        relative,
      })),
    ).toEqual([
      { text: "the end of this year", value: "2023-12-31", granularity: "day", relative: true },
      { text: "Last week", value: "2023-06-27", granularity: "day", relative: true },
      { text: "May 2021", value: "2021-05", granularity: "month", relative: false },
      { text: "2012", value: "2012", granularity: "year", relative: false },
      { text: "May 2021", value: "2021-05", granularity: "month", relative: false },
      { text: "November 2021", value: "2021-11", granularity: "month", relative: false },
      { text: "the end of 2023", value: "2023-12-31", granularity: "day", relative: false },
      { text: "late May", value: "2023-05", granularity: "month", relative: true },
      { text: "the end of May 2024", value: "2024-05-31", granularity: "day", relative: false },
      { text: "February 2022", value: "2022-02", granularity: "month", relative: false },
    ]);
  });

  it("gives offsets into the article text", () => {
    for (const d of extractDates(article)) expect(article.text.slice(d.start, d.end)).toBe(d.text);
  });

  it("drops relative dates when the publication date is unknown", () => {
    const undated = extractDates({ ...article, publishedAt: null });
    expect(undated.map((d) => d.text)).toEqual([
      "May 2021",
      "2012",
      "May 2021",
      "November 2021",
      "the end of 2023",
      "the end of May 2024",
      "February 2022",
    ]);
    expect(undated.every((d) => !d.relative)).toBe(true);
  });

  it("finds the same on the seed as the parser structures it", () => {
    const parsed = parseArticle(fs.readFileSync(article.source, "utf8"), { source: article.source });
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.value.publishedAt?.slice(0, 10)).toBe("2023-07-04");
    expect(extractDates(parsed.value).map((x) => x.text)).toEqual(extractDates(article).map((x) => x.text));
  });
});
