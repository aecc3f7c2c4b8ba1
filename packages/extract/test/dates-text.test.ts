import { parseArticle } from "@newsgraph/parser";
import { describe, expect, it } from "vitest";
import { findDates, referenceDate } from "../src/dates/find-dates.ts";
import { extractDates } from "../src/dates/index.ts";

const brief = (text: string, publishedAt: string | null) =>
  findDates(text, publishedAt).map(({ text: t, value, granularity, relative }) => ({
    text: t,
    value,
    granularity,
    relative,
  }));

describe("findDates", () => {
  it("normalises explicit dates at their granularity", () => {
    expect(
      brief("It was signed on July 4, 2023, after talks in September 2021 and a vote in 1991.", null),
    ).toEqual([
      { text: "July 4, 2023", value: "2023-07-04", granularity: "day", relative: false },
      { text: "September 2021", value: "2021-09", granularity: "month", relative: false },
      { text: "1991", value: "1991", granularity: "year", relative: false },
    ]);
  });

  it("reads 'the end of the year' and 'the end of the month' as the publication's year and month", () => {
    expect(
      brief(
        "A vote is expected by the end of the year, and the first payments at the end of the month.",
        "2024-03-03",
      ),
    ).toEqual([
      { text: "the end of the year", value: "2024-12-31", granularity: "day", relative: true },
      { text: "the end of the month", value: "2024-03-31", granularity: "day", relative: true },
    ]);
    expect(brief("A vote is expected by the end of the year.", null)).toEqual([]);
  });

  it("resolves relative dates against the publication date", () => {
    const text =
      "Yesterday the minister said that last year was hard, that the vote two weeks ago failed and that next month is key.";
    expect(brief(text, "2023-02-23")).toEqual([
      { text: "Yesterday", value: "2023-02-22", granularity: "day", relative: true },
      { text: "last year", value: "2022", granularity: "year", relative: true },
      { text: "two weeks ago", value: "2023-02-09", granularity: "day", relative: true },
      { text: "next month", value: "2023-03", granularity: "month", relative: true },
    ]);
  });

  it("takes the year of a month without one from the publication date", () => {
    expect(brief("Launch is planned for April 29; in mid-June the crew trains.", "2011-04-13")).toEqual([
      { text: "April 29", value: "2011-04-29", granularity: "day", relative: true },
      { text: "mid-June", value: "2011-06", granularity: "month", relative: true },
    ]);
  });

  it("ends a period at its last day", () => {
    expect(brief("Troops leave by the end of 2023, the rest by the end of the month.", "2011-04-13")).toEqual(
      [
        { text: "the end of 2023", value: "2023-12-31", granularity: "day", relative: false },
        { text: "the end of the month", value: "2011-04-30", granularity: "day", relative: true },
      ],
    );
  });

  it("drops relative dates when there is no publication date", () => {
    expect(brief("Last week, on Tuesday, and in late May.", null)).toEqual([]);
  });

  it("skips durations, clock offsets, verbs and vague times", () => {
    const text =
      "Rescuers worked for two hours; five hours earlier the crane fell. Over the last five months he sat and may " +
      "now wait; in recent months, within 48 hours.";
    expect(brief(text, "2015-09-12")).toEqual([]);
  });

  it("leaves out fractions and bare durations, and trims punctuation and prepositions", () => {
    expect(
      brief("Add 1/4 cup; it lasts a year. Prices rose in May of last year, on Tuesday.", "2019-06-15"),
    ).toEqual([
      { text: "May of last year", value: "2018-05", granularity: "month", relative: true },
      { text: "Tuesday", value: "2019-06-11", granularity: "day", relative: true },
    ]);
  });

  it("takes a weekday on its own for the latest such day, keeping a stated time", () => {
    expect(brief("Police said on Friday at 5 p.m. that talks resume next Tuesday.", "2023-07-04")).toEqual([
      { text: "Friday at 5 p.m.", value: "2023-06-30T17:00", granularity: "time", relative: true },
      { text: "next Tuesday", value: "2023-07-11", granularity: "day", relative: true },
    ]);
  });

  it("uses noon UTC of the publication day as the reference", () => {
    expect(referenceDate("2023-07-04T08:00:00Z")?.toISOString()).toBe("2023-07-04T12:00:00.000Z");
    expect(referenceDate(null)).toBeNull();
  });
});

describe("month names in names", () => {
  it("reads no date in 'Theresa May' or 'Cape May', and still reads 'in May' and 'Since May'", () => {
    expect(
      brief(
        "Theresa May, who led the party, met fishermen from Cape May, New Jersey. Since May, catches fell; in May Brian May, the guitarist, played.",
        "2024-07-03",
      ).map((d) => [d.text, d.value]),
    ).toEqual([
      ["May", "2024-05"],
      ["May", "2024-05"],
    ]);
  });
});

describe("weekdays", () => {
  it("reads a weekday in a clause about the future as the coming one, an occasion's weekday as no date", () => {
    expect(
      brief(
        "The capsule is due to dock on Tuesday, NASA said on Sunday. Lawmakers will vote on Friday. Officials, who will meet again, spoke on Thursday. Prices fall on Black Friday.",
        "2024-03-04",
      ).map((d) => [d.text, d.value]),
    ).toEqual([
      ["Tuesday", "2024-03-05"],
      ["Sunday", "2024-03-03"],
      ["Friday", "2024-03-08"],
      ["Thursday", "2024-02-29"],
    ]);
  });
});

describe("weekday abbreviations", () => {
  it("reads 'Sun', 'Sat' and 'Mon' as days only where a date would stand", () => {
    expect(
      brief(
        "The probe orbits the Sun. Sat images were clear near the Mon River. It opens on Sat and ends Sun, Nov. 3.",
        "2024-07-03",
      ).map((d) => `${d.text}=${d.value}`),
    ).toEqual(["Sat=2024-06-29", "Sun, Nov. 3=2024-11-03"]);
  });
});

describe("extractDates on a parsed article", () => {
  it("reports a wire dateline's date once, though the dateline also opens the first paragraph", () => {
    const text =
      "Port strike ends after pay deal\n\nMarch 3, 2024\n\nROTTERDAM, March 3 (Reuters) - Dock workers ended a strike on Sunday after a pay deal.\n\nThe union said talks would resume in April.\n";
    const parsed = parseArticle(text, { source: "dateline.txt", contentType: "text" });
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.value.dateline?.text).toBe("ROTTERDAM, March 3 (Reuters) -");
    const dates = extractDates(parsed.value).filter((d) => d.start > text.indexOf("ROTTERDAM"));
    expect(dates.map((d) => `${d.text}=${d.value}`)).toEqual([
      "March 3=2024-03-03",
      "Sunday=2024-03-03",
      "April=2024-04",
    ]);
  });
});
