import type { Article } from "@newsgraph/schema";
import { describe, expect, it } from "vitest";
import { findDate } from "../src/dates.ts";
import { parseArticle } from "../src/index.ts";
import { copyrightHolder, personLine } from "../src/text/parse-text.ts";

const PARAGRAPHS = [
  "The harbour board voted on Tuesday to extend the night ferry to the outer islands for another two years, after a season in which the service carried more passengers than in any year since it began.",
  "Residents of the islands had argued that the ferry was the only way to reach the hospital after dark, and the board said it had received more than four hundred letters in support of the service.",
  "The extension will cost the board about two million a year, which it expects to cover from the fees paid by the cargo lines that use the harbour during the day.",
];

function parse(lines: string[]): Article {
  const text = [...lines, "", ...PARAGRAPHS.flatMap((p) => [p, ""])].join("\n");
  const result = parseArticle(text, { source: "test", contentType: "text" });
  if (!result.ok) throw new Error(`${result.code} ${result.message}`);
  return result.value;
}

const nav = ["Home", "Local", "Harbour", "Weather", "Night Market Reopens With Forty New Stalls", "Opinion"];

describe("text-dump headers: title, author lines next to dates, dates with cues", () => {
  it("takes the headline over a bare author name and a weekday-time stamp, and the name as author", () => {
    const a = parse([
      ...nav,
      "",
      "Harbour Board Keeps the Night Ferry Running",
      "Ilse Marwick",
      "Tuesday 6:15PM",
    ]);
    expect(a.title.text).toBe("Harbour Board Keeps the Night Ferry Running");
    expect(a.contributors.map((c) => [c.name, c.role])).toEqual([["Ilse Marwick", "author"]]);
  });

  it("reads an author line with a glued handle next to a published/updated line", () => {
    const a = parse([
      ...nav,
      "",
      "Harbour board keeps the night ferry running for two more years",
      "Published Tue, Mar 12 20246:05 AM EDTUpdated Tue, Mar 12 20247:40 AM EDT",
      "Ilse Marwick@imarwick",
    ]);
    expect(a.title.text).toBe("Harbour board keeps the night ferry running for two more years");
    expect(a.publishedAt).toBe("2024-03-12");
    expect(a.contributors.map((c) => c.name)).toEqual(["Ilse Marwick"]);
  });

  it("splits 'Updated … / Original …' and falls back to the update when no publication date is given", () => {
    const both = parse([
      "Harbour board keeps the night ferry running",
      "By Ilse Marwick",
      "Updated March 14, 2024 8:21 am / Original March 12, 2024 8:02 am",
    ]);
    expect(both.publishedAt).toBe("2024-03-12");
    expect(both.updatedAt).toBe("2024-03-14");
    const updatedOnly = parse([
      "Harbour board keeps the night ferry running",
      "Analysis by Ilse Marwick",
      "Updated 0915 GMT (1715 HKT) March 14, 2024",
    ]);
    expect(updatedOnly.publishedAt).toBe("2024-03-14");
    expect(updatedOnly.updatedAt).toBe("2024-03-14");
    expect(updatedOnly.contributors.map((c) => c.name)).toEqual(["Ilse Marwick"]);
  });

  it("reads a lone 'By' over a name line, and a date line ending 'by NAME'", () => {
    const lone = parse([
      "Harbour board keeps the night ferry running",
      "By",
      "Ilse Marwick",
      "March 12, 2024",
    ]);
    expect(lone.contributors.map((c) => c.name)).toEqual(["Ilse Marwick"]);
    const trailing = parse([
      "Harbour board keeps the night ferry running",
      "Tuesday March 12, 2024 7:45 am PDT by Ilse Marwick",
    ]);
    expect(trailing.publishedAt).toBe("2024-03-12");
    expect(trailing.contributors.map((c) => [c.name, c.role])).toEqual([["Ilse Marwick", "author"]]);
  });

  it("finds a date whose year runs into the time", () => {
    expect(findDate("Published Mon, Jun 3 20249:30 AM EDT")?.iso).toBe("2024-06-03");
    expect(findDate("3 June 20249:30")?.iso).toBe("2024-06-03");
  });

  it("tells author lines from headlines", () => {
    expect(personLine("Ilse Marwick")?.name).toBe("Ilse Marwick");
    expect(personLine("Ilse K. Marwick Senior Contributor")?.name).toBe("Ilse K. Marwick");
    expect(personLine("Ilse MarwickIlse Marwick")?.name).toBe("Ilse Marwick");
    expect(personLine("Staff Writer")?.name).toBe("");
    expect(personLine("Harbour board keeps the night ferry running")).toBeNull();
    expect(personLine("Ferry Runs 2 More Years")).toBeNull();
  });
});

describe("publisher from the text's footer", () => {
  it("reads the holder of copyright and rights-reserved lines", () => {
    expect(copyrightHolder("Copyright © 2004- Islandwire.net, LLC.")).toBe("Islandwire.net");
    expect(copyrightHolder("copyright Harbour Notes 2024 - ISSN: 1234-5678")).toBe("Harbour Notes");
    expect(copyrightHolder("Copyright 2024. Island Courier. All Rights Reserved.")).toBe("Island Courier");
    expect(copyrightHolder("Imprint Terms Privacy © harbour weekly 2024")).toBe("harbour weekly");
    expect(copyrightHolder("Island Courier. All rights reserved.")).toBe("Island Courier");
    expect(copyrightHolder("All Rights Reserved © 2024")).toBeNull();
    expect(copyrightHolder("© All rights reserved | Terms")).toBeNull();
    expect(copyrightHolder("Copyright and Reprints")).toBeNull();
    expect(copyrightHolder("© 2024 - Designed by Some Studio")).toBeNull();
  });

  it("sets the publisher from a footer line, never from the body", () => {
    const text = [
      "Harbour board keeps the night ferry running",
      "March 12, 2024",
      "",
      "The Island Courier reported last year that the ferry was losing money.",
      "",
      ...PARAGRAPHS.flatMap((p) => [p, ""]),
      "About us",
      "Contact",
      "Copyright © 2024 Harbour Notes Media. All rights reserved.",
    ].join("\n");
    const result = parseArticle(text, { source: "test", contentType: "text" });
    expect(result.ok && result.value.publisher).toBe("Harbour Notes Media");
    const bare = parseArticle(text.slice(0, text.indexOf("About us")), { source: "t", contentType: "text" });
    expect(bare.ok && bare.value.publisher).toBeNull();
  });
});
