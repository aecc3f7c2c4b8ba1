import type { Article } from "@newsgraph/schema";
import { describe, expect, it } from "vitest";
import { findDate } from "../src/dates.ts";
import { parseArticle } from "../src/index.ts";
import { isOrganisationName } from "../src/organisations.ts";
import { navigationSiteName } from "../src/text/parse-text.ts";

const PARAGRAPHS = [
  "The harbour board voted on Tuesday to extend the night ferry to the outer islands for another two years, after a season in which the service carried more passengers than in any year since it began.",
  "Residents of the islands had argued that the ferry was the only way to reach the hospital after dark, and the board said it had received more than four hundred letters in support of the service.",
  "The extension will cost the board about two million a year, which it expects to cover from the fees paid by the cargo lines that use the harbour during the day.",
];

function parse(head: string[], tail: string[] = []): Article {
  const text = [...head, "", ...PARAGRAPHS.flatMap((p) => [p, ""]), ...tail].join("\n");
  const result = parseArticle(text, { source: "test", contentType: "text" });
  if (!result.ok) throw new Error(`${result.code} ${result.message}`);
  return result.value;
}

const TITLE = "Harbour Board Keeps the Night Ferry Running";
const authors = (a: Article) => a.contributors.filter((c) => c.role === "author").map((c) => c.name);

describe("bylines naming organisations", () => {
  it("tells agencies, publications and staff credits from people", () => {
    for (const org of [
      "Reuters",
      "AP",
      "The Associated Press",
      "Associated Press",
      "European Space Agency",
      "CNN Business",
      "Harbour Times Staff",
      "Island Broadcasting Network",
      "Northwind Media Group",
    ])
      expect([org, isOrganisationName(org)]).toEqual([org, true]);
    for (const person of ["Ilse Marwick", "DANICA KIRKA", "Jo Ann Pettersen", "Kwame Mensah-Bonsu"])
      expect([person, isOrganisationName(person)]).toEqual([person, false]);
    expect(isOrganisationName("Harbour Courier", ["Harbour Courier"])).toBe(true);
  });

  it("keeps an agency byline out of the people and offers it as the publisher", () => {
    const a = parse([TITLE, "By The Associated Press", "March 12, 2024"]);
    expect(a.contributors).toEqual([]);
    expect(a.publisher).toBe("The Associated Press");
  });

  it("keeps the person and drops the desk in 'By X, Publication' and 'By X and Agency'", () => {
    expect(authors(parse([TITLE, "By Ilse Marwick, Harbour News", "March 12, 2024"]))).toEqual([
      "Ilse Marwick",
    ]);
    expect(authors(parse([TITLE, "By Ilse Marwick and Reuters", "March 12, 2024"]))).toEqual([
      "Ilse Marwick",
    ]);
    expect(authors(parse([TITLE, "By Ilse Marwick | Harbour Courier", "March 12, 2024"]))).toEqual([
      "Ilse Marwick",
    ]);
  });

  it("reads a doubled byline name once, an outlet's possessive off a contributor, and no editor in 'Editorial Ethics'", () => {
    const a = parse(
      [TITLE, "By Ilse Marwick Ilse Marwick", "March 12, 2024"],
      ["Harbour News’ Jo Pettersen contributed to this report.", "", "Editorial Ethics and Guidelines"],
    );
    expect(a.contributors.map((c) => [c.name, c.role, a.text.slice(c.start, c.end)])).toEqual([
      ["Ilse Marwick", "author", "Ilse Marwick"],
      ["Jo Pettersen", "contributor", "Jo Pettersen"],
    ]);
    // The spans stay exact when a page dump puts two spaces between the words.
    const spaced = parse(
      [TITLE, "By Ilse  Marwick Ilse  Marwick", "March 12, 2024"],
      ["Harbour  News’  Jo Pettersen contributed to this report."],
    );
    expect(spaced.contributors.map((c) => [c.name, spaced.text.slice(c.start, c.end)])).toEqual([
      ["Ilse Marwick", "Ilse  Marwick"],
      ["Jo Pettersen", "Jo Pettersen"],
    ]);
  });

  it("reads a reporter's place after 'in' or 'from' off the name in a wire credit line", () => {
    const a = parse(
      [TITLE],
      [
        "(Reporting by Ilse Marwick and Tom Ray in Bergen; Additional reporting by Omar Ali from Dubai; Editing by Jo Pettersen)",
      ],
    );
    expect(a.contributors.map((c) => [c.name, c.role, c.place, a.text.slice(c.start, c.end)])).toEqual([
      ["Ilse Marwick", "author", null, "Ilse Marwick"],
      ["Tom Ray", "author", "Bergen", "Tom Ray"],
      ["Omar Ali", "author", "Dubai", "Omar Ali"],
      ["Jo Pettersen", "editor", null, "Jo Pettersen"],
    ]);
    const staff = parse(
      [TITLE],
      ["Harbour Press writers Ilse Marwick in Bergen and Jo Lind in Oslo contributed to this report."],
    );
    expect(staff.contributors.map((c) => [c.name, c.place, staff.text.slice(c.start, c.end)])).toEqual([
      ["Ilse Marwick", "Bergen", "Ilse Marwick"],
      ["Jo Lind", "Oslo", "Jo Lind"],
    ]);
  });

  it("reads the name and the date from 'By Name On 11/13/19 at 4:00 PM'", () => {
    const a = parse([TITLE, "By Ilse Marwick On 3/12/24 at 4:00 PM EST"]);
    expect(authors(a)).toEqual(["Ilse Marwick"]);
    expect(a.publishedAt).toBe("2024-03-12");
  });
});

describe("two-digit years", () => {
  it("reads month-first slashes and day-first dots, and nothing inside longer numbers", () => {
    expect(findDate("11/13/19 9:00AM")?.iso).toBe("2019-11-13");
    expect(findDate("13.11.19")?.iso).toBe("2019-11-13");
    expect(findDate("version 1.2.19.4")).toBeNull();
    expect(findDate("11/13/19", null, true, false)).toBeNull();
  });
});

describe("publisher from navigation lines and the masthead", () => {
  it("reads the site's name only from lines whose pattern names the site", () => {
    expect(navigationSiteName("  3. Skip to more DW sites")).toBe("DW");
    expect(navigationSiteName("Follow Harbour News")).toBe("Harbour News");
    expect(navigationSiteName("Follow Courier online")).toBe("Courier");
    expect(navigationSiteName("Make Harbourweb my homepage")).toBe("Harbourweb");
    expect(navigationSiteName("Advertise on HarbourInsider")).toBe("HarbourInsider");
    expect(navigationSiteName("Get Harbour Magazine delivered to your inbox")).toBe("Harbour Magazine");
    expect(navigationSiteName("Follow Us")).toBeNull();
    expect(navigationSiteName("Follow Ilse Marwick")).toBeNull();
    expect(navigationSiteName("Advertise with us")).toBeNull();
    expect(navigationSiteName("Get this delivered to your inbox")).toBeNull();
    expect(navigationSiteName("Harbour Courier reported the board's decision.")).toBeNull();
  });

  it("prefers the site's own name over the copyright owner and ignores body mentions", () => {
    const a = parse(
      ["1. Skip to content", "2. Skip to more Harbour Courier sites", "", TITLE, "March 12, 2024"],
      ["Harbour Courier reported the decision first.", "", "© 2024 Island Media Holdings Ltd"],
    );
    expect(a.publisher).toBe("Harbour Courier");
  });

  it("takes a masthead printed at the top and again at the foot of the page", () => {
    const menu = ["Local", "Weather", "Opinion", "Sports", "Arts", "Travel", "Obituaries", "Events"];
    const a = parse(
      ["Harbour Courier", "", ...menu, TITLE, "March 12, 2024"],
      [
        "Related",
        "",
        "Ferry timetable for the winter",
        "",
        ...menu,
        "",
        "Harbour Courier",
        "",
        "© 2024 Island Media Holdings Ltd",
      ],
    );
    expect(a.publisher).toBe("Harbour Courier");
    const none = parse([TITLE, "March 12, 2024"], ["© 2024 Island Media Holdings Ltd"]);
    expect(none.publisher).toBe("Island Media Holdings Ltd");
  });
});

describe("section headings over image captions", () => {
  const P = PARAGRAPHS;
  const clean = (lines: string[]): Article => {
    const result = parseArticle(lines.join("\n"), { source: "test", contentType: "text" });
    if (!result.ok) throw new Error(`${result.code} ${result.message}`);
    return result.value;
  };
  const headings = (a: Article) => a.sections.map((s) => s.heading?.text ?? null);

  it("reads a short line over a caption as a heading when the page's captions do not all sit under alt lines", () => {
    const a = clean([
      TITLE,
      "",
      "Tuesday, March 12, 2024",
      "",
      "The night ferry at the outer pier. Image: Ilse Marwick.",
      "",
      P[0] as string,
      "",
      P[1] as string,
      "",
      "Letters from the islands",
      "",
      "Islanders queue for the last sailing. Image: Ilse Marwick.",
      "",
      P[2] as string,
    ]);
    expect(headings(a)).toEqual([null, "Letters from the islands"]);
  });

  it("keeps short lines as alt text when every caption on the page sits under one", () => {
    const a = clean([
      TITLE,
      "",
      "Tuesday, March 12, 2024",
      "",
      P[0] as string,
      "",
      "Ferry at dusk",
      "",
      "The night ferry leaves the outer pier (Image: Ilse Marwick)",
      "",
      P[1] as string,
      "",
      "Harbour queue",
      "",
      "Islanders queue for the last sailing (Image: Ilse Marwick)",
      "",
      P[2] as string,
    ]);
    expect(headings(a)).toEqual([null]);
  });

  it("keeps the first of a run of parallel headings under the lead paragraph", () => {
    const a = clean([
      TITLE,
      "",
      "Tuesday, March 12, 2024",
      "",
      "Three harbours voted on the night ferry yesterday; two kept it and one did not.",
      "",
      "Harbour North — kept",
      "",
      P[0] as string,
      "",
      "Harbour South — kept",
      "",
      P[1] as string,
      "",
      "Harbour West — dropped",
      "",
      P[2] as string,
    ]);
    expect(headings(a)).toEqual(["Harbour North — kept", "Harbour South — kept", "Harbour West — dropped"]);
    expect(a.teaser?.text).toBe(
      "Three harbours voted on the night ferry yesterday; two kept it and one did not.",
    );
  });
});

describe("credit labels", () => {
  it("reads a sentence after a 'Video:' or 'Image:' label as text, not as a credit, and keeps slash lists as credits", () => {
    const article = parse(
      [TITLE],
      [
        "Video: The hearing lasted nine hours and ended late in the evening.",
        "",
        "Image: Kay Nietfeld/dpa/picture alliance",
      ],
    );
    const credits = article.images.map((i) => i.credit?.text ?? null);
    expect(credits).not.toContain("The hearing lasted nine hours and ended late in the evening.");
    expect(credits).toContain("Kay Nietfeld/dpa/picture alliance");
  });
});
