import { join } from "node:path";
import { type Article, articleBody } from "@newsgraph/schema";
import { describe, expect, it } from "vitest";
import { creditOf, splitCaptionCredit } from "../src/credits.ts";
import { findDate } from "../src/dates.ts";
import { parseArticle } from "../src/index.ts";
import { FIXTURES, parseFixture, spansOutOfPlace } from "./text-helpers.ts";

const at = (name: string, retrievedAt: string | null = null) =>
  parseFixture(join(FIXTURES, name), retrievedAt);

describe("text dumps in other outlets' layouts", () => {
  it("wire copy: dateline, authors and editor from the reporting line, no menu or read-next links", () => {
    const a = at("wire-dateline.txt");
    expect(a.title.text).toBe("Kenya's central bank holds rate steady as inflation cools");
    expect(a.publishedAt).toBe("2024-03-03");
    expect(a.dateline?.text).toBe("NAIROBI, March 3 (Reuters) -");
    expect(a.contributors.map((c) => `${c.role}:${c.name}`)).toEqual([
      "author:Ruth Wanjiru",
      "author:Peter Otieno",
      "editor:Alexandra Hudson",
    ]);
    expect(a.editor).toBe("Alexandra Hudson");
    const body = articleBody(a);
    expect(body.startsWith("NAIROBI, March 3 (Reuters) - Kenya's central bank")).toBe(true);
    expect(body).not.toContain("Reporting by");
    expect(body).not.toContain("Shilling extends gains");
    expect(body).not.toContain("Our Standards");
    expect(body.endsWith("falls due in June.")).toBe(true);
    expect(body).not.toContain("Markets");
  });

  it("liveblog: relative date against the retrieval time, cookie and footer lines dropped", () => {
    const a = at("liveblog.txt", "2023-11-02T12:00:00Z");
    expect(a.title.text).toBe("Live: Storm Ciarán batters coast as thousands lose power");
    expect(a.publishedAt).toBe("2023-11-02T08:00:00Z");
    expect(a.publisher).toBe("Coastal News Group");
    const body = articleBody(a);
    expect(body).toContain("All ferry crossings between the islands");
    expect(body).toContain("some rural areas could be without electricity until the weekend.");
    for (const junk of ["cookies", "Follow us", "All rights reserved", "Skip to"])
      expect(body).not.toContain(junk);
  });

  it("liveblog: each entry's title under its time is a section heading", () => {
    const a = at("liveblog.txt", "2023-11-02T12:00:00Z");
    expect(a.sections.map((s) => [s.heading?.text ?? null, s.paragraphs.length])).toEqual([
      ["Ferry services cancelled for a second day", 2],
      ["Power cut to 150,000 homes", 2],
    ]);
    expect(a.images).toEqual([]);
  });

  it("byline and Read more links: two authors, the links left out, no teaser taken from the body", () => {
    const a = at("byline-read-more.txt");
    expect(a.title.text).toBe("Parliament approves new coastal protection law");
    expect(a.publishedAt).toBe("2023-07-04");
    expect(a.contributors.map((c) => [c.name, c.role])).toEqual([
      ["Maria Lindqvist", "author"],
      ["Tom Baker", "author"],
    ]);
    expect(a.teaser).toBeNull();
    expect(a.sections[0]?.paragraphs.map((p) => p.text.slice(0, 20))).toEqual([
      "Lawmakers voted 312 ",
      "The law sets aside 4",
      "Environmental groups",
      "The opposition said ",
    ]);
    expect(articleBody(a)).not.toContain("Read more");
  });

  it("plain clean article: headline first, weekday dateline second, every paragraph kept", () => {
    const a = at("clean-plain.txt");
    expect(a.title.text).toBe("Volunteers plant 10,000 trees along river banks");
    expect(a.publishedAt).toBe("2023-10-14");
    expect(a.teaser).toBeNull();
    expect(a.sections).toHaveLength(1);
    expect(a.sections[0]?.paragraphs).toHaveLength(4);
  });

  it("German page behind a cookie banner: DD.MM.YYYY date, 'Von' byline, footer dropped", () => {
    const a = at("cookie-footer-de.txt");
    expect(a.language).toBe("de");
    expect(a.title.text).toBe("Stadtrat beschließt neuen Radweg durch die Innenstadt");
    expect(a.publishedAt).toBe("2023-07-04");
    expect(a.contributors.map((c) => c.name)).toEqual(["Anna Schmidt"]);
    expect(a.publisher).toBe("Stadtanzeiger Verlag GmbH");
    expect(a.sections[0]?.paragraphs).toHaveLength(3);
    for (const junk of ["Cookies", "Impressum", "Startseite"]) expect(articleBody(a)).not.toContain(junk);
  });

  it("AP style: city dateline, ISO date-time, a contributor named after a job description", () => {
    const a = at("ap-city-dateline.txt");
    expect(a.title.text).toBe("Senate passes bill to expand rural broadband");
    expect(a.publishedAt).toBe("2023-07-04T10:00:00Z");
    expect(a.dateline?.text).toBe("WASHINGTON —");
    expect(a.contributors.map((c) => [c.name, c.role, c.text])).toEqual([
      ["Lisa Mascaro", "contributor", "Lisa Mascaro"],
    ]);
    expect(a.sections[0]?.paragraphs).toHaveLength(3);
  });

  it("magazine: standfirst, byline, updated and published dates, headings, captioned image, correction", () => {
    const a = at("magazine-images.txt");
    expect(a.title.text).toBe("The last lighthouse keepers of the Atlantic coast");
    expect(a.teaser?.text).toBe(
      "Fewer than a dozen families still live beside the lights they once kept. Their way of life is vanishing.",
    );
    expect(a.publishedAt).toBe("2024-03-05");
    expect(a.updatedAt).toBe("2024-03-06");
    expect(a.sections.map((s) => s.heading?.text ?? null)).toEqual([
      null,
      "'We never wanted to leave'",
      "A changing coast",
    ]);
    expect(a.images).toHaveLength(1);
    expect(a.images[0]?.alt?.text).toBe("A lighthouse on a rocky headland at dusk");
    expect(a.images[0]?.caption?.text).toBe("The lighthouse at Pointe du Raz was automated in 1995.");
    expect(a.images[0]?.credit?.photographers).toEqual(["Jean-Marc Leroy"]);
    expect(a.images[0]?.credit?.agencies).toEqual(["AFP", "Getty Images"]);
    expect(a.contributors.map((c) => `${c.role}:${c.name}`)).toEqual([
      "author:Claire Dubois",
      "editor:Paul Martin",
    ]);
    expect(a.corrections.map((c) => c.date)).toEqual(["2024-03-06"]);
    expect(articleBody(a)).not.toContain("Share on");
  });

  it("keeps exact offsets for every span of every fixture", () => {
    const names = [
      "wire-dateline.txt",
      "liveblog.txt",
      "byline-read-more.txt",
      "clean-plain.txt",
      "cookie-footer-de.txt",
    ];
    for (const name of [...names, "ap-city-dateline.txt", "magazine-images.txt"]) {
      expect(spansOutOfPlace(at(name, "2023-11-02T12:00:00Z"))).toEqual([]);
    }
  });
  it("keeps a short last paragraph that is a quotation with its speech cue (“It was close,” the coach said.)", () => {
    const text = [
      "Ferry plan approved",
      "Ferry captain Lars Vestong praised the crews after the vote on Monday in the harbour town of Bergen.",
      "“It was close,” the coach said.",
    ].join("\n\n");
    const said = parseArticle(text, { source: "short-quote.txt", contentType: "text" });
    if (!said.ok) throw new Error(said.message);
    expect(articleBody(said.value).endsWith("“It was close,” the coach said.")).toBe(true);
    const verbFirst = parseArticle(text.replace("the coach said.", "said the coach."), {
      source: "short-quote.txt",
      contentType: "text",
    });
    if (!verbFirst.ok) throw new Error(verbFirst.message);
    expect(articleBody(verbFirst.value).endsWith("said the coach.")).toBe(true);
    const footer = parseArticle(text.replace("“It was close,” the coach said.", "Share this story"), {
      source: "short-quote.txt",
      contentType: "text",
    });
    if (!footer.ok) throw new Error(footer.message);
    expect(articleBody(footer.value)).not.toContain("Share this story");
  });

  it("reads a short English lead heavy with names as English article text (not Dutch, not link junk)", () => {
    const lead =
      "In Seoul, President Yoon met Chinese Foreign Minister Wang Yi on Monday. Later Wang Yi met Indian Foreign Minister S. Jaishankar.";
    const r = parseArticle(`Ferry talks in Seoul\n\n${lead}`, {
      source: "names-lead.txt",
      contentType: "text",
    });
    if (!r.ok) throw new Error(r.message);
    expect(r.value.language).toBe("en");
    expect(articleBody(r.value)).toBe(lead);
    const meetings = parseArticle(
      "Ferry talks\n\nHealth Minister Ana Lopes met him. Tourism Minister Kari Holm met him. Housing Minister Jo Berg met him. The Housing Secretary Angela Rayner left.",
      { source: "meetings.txt", contentType: "text" },
    );
    if (!meetings.ok) throw new Error(meetings.message);
    expect(meetings.value.language).not.toBe("nl");
    const dutch = parseArticle(
      "Veerboot vaart weer\n\nDe veerboot van Texel vaart met ingang van maandag weer volgens de dienstregeling, maar de kaartjes zijn duurder dan in het voorjaar.",
      { source: "nl.txt", contentType: "text" },
    );
    if (!dutch.ok) throw new Error(dutch.message);
    expect(dutch.value.language).toBe("nl");
  });

  it("keeps a short last sentence of the story (“Residents of Lyon fled their homes.”), not a call to action", () => {
    const lead =
      "A strong earthquake shook the south-east of France on Monday morning, damaging dozens of old buildings.";
    const parsed = (last: string) => {
      const r = parseArticle(["Quake shakes France", lead, last].join("\n\n"), {
        source: "short-last.txt",
        contentType: "text",
      });
      if (!r.ok) throw new Error(r.message);
      return articleBody(r.value);
    };
    expect(
      parsed("Residents of Lyon fled their homes.").endsWith("Residents of Lyon fled their homes."),
    ).toBe(true);
    expect(parsed("The investigation continues, police said.")).toContain("The investigation continues");
    expect(parsed("View the discussion thread.")).not.toContain("discussion thread");
    expect(parsed("Click here to subscribe.")).not.toContain("Click here");
  });

  it("keeps a quotation paragraph ending in a closing mark as text, not a heading over the next paragraph", () => {
    const text = [
      "Ferry crews win the cup",
      "Ferry captain Lars Vestong steered the winning boat home on Sunday.",
      "“We never stop believing,” Vestong said. “That’s just who we are.”",
      "The rival crew from Bergen finished second.",
    ].join("\n\n");
    const a = parseArticle(text, { source: "quote-paragraph.txt", contentType: "text" });
    if (!a.ok) throw new Error(a.message);
    expect(articleBody(a.value)).toContain("“That’s just who we are.”");
    expect(a.value.images).toEqual([]);
  });
});

describe("publication dates", () => {
  it.each([
    ["July 4, 2023", "2023-07-04"],
    ["4 July 2023", "2023-07-04"],
    ["04.07.2023", "2023-07-04"],
    ["11.14.2019 09:00 AM", "2019-11-14"],
    ["2023-07-04T10:00Z", "2023-07-04T10:00:00Z"],
    ["2023-07-04T12:00:00+02:00", "2023-07-04T10:00:00Z"],
    ["Friday, July 21, 2017", "2017-07-21"],
    ["Sept. 3rd, 2020", "2020-09-03"],
    ["20 de novembro de 2019", "2019-11-20"],
    ["Published 4 hours ago", "2023-07-04T08:00:00Z"],
    ["Updated 2 days ago", "2023-07-02"],
  ])("%s → %s", (text, iso) => {
    expect(findDate(text, "2023-07-04T12:00:00Z")?.iso).toBe(iso);
  });

  it("finds nothing in a line without a date, and no relative date without a reference time", () => {
    expect(findDate("Share this article")).toBeNull();
    expect(findDate("Published 4 hours ago")).toBeNull();
  });
});

describe("caption credits", () => {
  it("splits a credit glued to its caption", () => {
    const line = "Mali's junta leader drew international criticismImage: Fatoma Coulibaly/REUTERS";
    const { caption, credit } = splitCaptionCredit(line, 100);
    expect(caption).toEqual({
      text: "Mali's junta leader drew international criticism",
      start: 100,
      end: 148,
    });
    expect(credit).toEqual({
      text: "Fatoma Coulibaly/REUTERS",
      start: 155,
      end: 179,
      photographers: ["Fatoma Coulibaly"],
      agencies: ["REUTERS"],
    });
  });

  it("reads a bare parenthesised credit and a Photograph: credit", () => {
    expect(splitCaptionCredit("(Image: © NASA/ESA/K. Retherford/SWRI)").credit).toMatchObject({
      text: "NASA/ESA/K. Retherford/SWRI",
      photographers: ["K. Retherford"],
      agencies: ["NASA", "ESA", "SWRI"],
    });
    expect(splitCaptionCredit("Photograph: Tim Robberts/Getty Images").caption).toBeNull();
  });

  it("tells photographers from agencies", () => {
    const credit = creditOf({ text: "Kay Nietfeld/dpa/picture alliance", start: 0, end: 33 });
    expect([credit.photographers, credit.agencies]).toEqual([["Kay Nietfeld"], ["dpa", "picture alliance"]]);
    expect(splitCaptionCredit("A quiet street in the old town").credit).toBeNull();
  });
});

const parseText = (text: string): Article => {
  const result = parseArticle(text, { source: "inline.txt", contentType: "text" });
  if (!result.ok) throw new Error(result.message);
  return result.value;
};

describe("page kinds beyond running prose", () => {
  const lead =
    "The final standings of the season are below, after the last race of the year was run on Sunday in front of a full house.";
  const rows = [
    "Pos.  Driver            Points  Wins",
    "1     Kyle Busch        5040    5",
    "2     Martin Truex Jr.  5035    7",
    "3     Kevin Harvick     5033    4",
    "4     Denny Hamlin      5027    6",
  ];

  it("keeps a table rendered as aligned columns in the body, one paragraph per row", () => {
    const text = [
      "Season standings",
      "March 3, 2024",
      lead,
      ...rows,
      "Share this on WhatsApp",
      "• Home",
      "• Contact",
    ].join("\n\n");
    const a = parseText(text);
    expect(a.title.text).toBe("Season standings");
    expect(a.sections.flatMap((s) => s.paragraphs.map((p) => p.text))).toEqual([lead, ...rows]);
    expect(a.sections.every((s) => s.heading === null)).toBe(true);
  });

  it("reads captions between the date line and the first paragraph as images", () => {
    const text = [
      "Crews rescue hundreds off the coast",
      "Monday, May 18, 2015",
      "A fishing boat near the coast in 2014. Image: Jane Doe.",
      "On Friday, fishermen rescued more than 70 people from a sinking boat and brought them to shore, officials said.",
      "The rescued were taken to a shelter in the nearest town, where they received food and medical care from volunteers.",
    ].join("\n\n");
    const a = parseText(text);
    expect(a.publishedAt).toBe("2015-05-18");
    expect(a.images.map((i) => [i.caption?.text, i.credit?.text])).toEqual([
      ["A fishing boat near the coast in 2014.", "Jane Doe."],
    ]);
    expect(articleBody(a)).not.toContain("Jane Doe");
  });

  it("takes a heading without stop words ('Group F — Sweden 1 – 0 Korea Republic') when prose follows it", () => {
    const text = [
      "World Cup day five",
      "June 19, 2018",
      "Yesterday was day five of the football World Cup, and three of the teams playing won all three points on offer.",
      "It was the busiest day of the tournament so far, with matches played in three different cities across the country.",
      "Group F — Sweden 1 – 0 Korea Republic",
      "In the first game of the day, Sweden faced South Korea at the stadium and won with a penalty in the second half.",
    ].join("\n\n");
    const a = parseText(text);
    expect(a.sections.map((s) => s.heading?.text ?? null)).toEqual([
      null,
      "Group F — Sweden 1 – 0 Korea Republic",
    ]);
  });
});

describe("headline blocks and inline link walls", () => {
  const prose = [
    "The harbour board voted on Tuesday to extend the night ferry to the outer islands for another two years, after a season in which the service carried more passengers than in any year since it began.",
    "Residents of the islands had argued that the ferry was the only way to reach the hospital after dark, and the board said it had received more than four hundred letters in support of the service.",
    "The extension will cost the board about two million a year, which it expects to cover from the fees paid by the cargo lines that use the harbour during the day.",
  ];
  const carousel = Array.from(
    { length: 22 },
    (_, i) => `Island story number ${i + 1} about the ferries and tides`,
  );
  // A long legal notice far below the article: the best-scoring run after the "Read More" wall.
  const footer = [
    "This material may not be published, broadcast, rewritten or redistributed without the written permission of the publisher, who keeps every right to the text, photographs, video and graphics on this page.",
    "Market data is provided by a third party and may be delayed by as much as twenty minutes; the index names used on this page are the marks of their owners and are used here under licence from them.",
  ].join(" ");
  const page = (lines: string[]) => {
    const result = parseArticle(lines.join("\n\n"), { source: "test", contentType: "text" });
    if (!result.ok) throw new Error(`${result.code} ${result.message}`);
    return result.value;
  };

  it("takes the line over a byline and a date as the headline, however many link titles follow it", () => {
    const a = page([
      "Markets",
      "Ferry service to the islands survives another budget",
      "By Ilse Marwick, Harbour Times",
      "Updated 0339 GMT November 19, 2019",
      ...carousel,
      ...prose,
    ]);
    expect(a.title.text).toBe("Ferry service to the islands survives another budget");
    expect(articleBody(a)).not.toContain("Island story number");
  });

  it("skips a standfirst between headline and byline, and never takes a web address or a slug", () => {
    const a = page([
      "Harbour Board Keeps the Night Ferry Running",
      "the board heard four hundred letters and voted to keep it",
      "By Scott Gordon",
      "Published Nov 18, 2019 at 4:07 PM",
      ...prose,
    ]);
    expect(a.title.text).toBe("Harbour Board Keeps the Night Ferry Running");
    for (const junk of ["https://www.example.com/news/world-europe-50473792", "night-ferry-budget-vote"]) {
      const b = page(["Harbour Board Keeps the Night Ferry Running", "Share this story", junk, ...prose]);
      expect(b.title.text).toBe("Harbour Board Keeps the Night Ferry Running");
    }
  });

  it("keeps the paragraphs after an inline 'Read More' and a terse line, not the footer after them", () => {
    const a = page([
      "Ferry service to the islands survives another budget",
      "November 19, 2019",
      prose[0] as string,
      prose[1] as string,
      "Read More",
      "Ferry stocks were last trading up 2% after small losses earlier.",
      prose[2] as string,
      "The board will meet again in March to set the winter timetable for the three routes it runs, the chair said on Tuesday after the vote.",
      // A site menu long enough to end the article's run of text.
      ...Array.from({ length: 40 }, (_, i) => `  • Section ${i + 1}`),
      footer,
    ]);
    const body = articleBody(a);
    expect(body).toContain(prose[0]);
    expect(body).toContain(prose[2]);
    expect(body).toContain("winter timetable");
    expect(body).not.toContain("without the written permission");
  });

  it("keeps a paragraph opened by the given name Oleh (Indonesian 'by') and reads a dateline opening the lead", () => {
    const text = [
      "Drones hit port as Kyiv presses for air defence",
      "KYIV, Ukraine (AP) — Russian drones struck grain facilities in the southern Odesa region overnight, killing two people, officials said.",
      "Oleh Kiper, the governor of the Odesa region, said on Telegram that Russia launched 38 drones, of which 29 were shot down.",
      "Ukraine's air force said the drones were launched from the Kursk region and from occupied Crimea overnight.",
      "Oleh Sirko",
    ].join("\n\n");
    const parsed = parseArticle(text, { source: "oleh.txt", contentType: "text" });
    if (!parsed.ok) throw new Error(parsed.message);
    expect(articleBody(parsed.value)).toContain("Oleh Kiper, the governor");
    expect(parsed.value.dateline?.text).toBe("KYIV, Ukraine (AP) —");
  });

  it("reads a wire dateline with a year ('PARIS, Dec 13, 2024 (AFP) -') and takes its date as the publication date", () => {
    const text = [
      "Macron names Bayrou prime minister as France seeks end to crisis",
      "PARIS, Dec 13, 2024 (AFP) - French President Emmanuel Macron on Friday named centrist ally François Bayrou as prime minister.",
      "Bayrou replaces Michel Barnier, whose government was toppled in a no-confidence vote on December 4.",
    ].join("\n\n");
    const parsed = parseArticle(text, { source: "afp.txt", contentType: "text" });
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.value.dateline?.text).toBe("PARIS, Dec 13, 2024 (AFP) -");
    expect(parsed.value.publishedAt).toBe("2024-12-13");
  });

  it("keeps a liveblog's own headline as the title and each timestamped entry heading as a section, the first one too", () => {
    const text = [
      "Ukraine war live: Zelensky meets Biden in Washington",
      "Updated 14:32 GMT",
      "14:30 GMT — Zelensky arrives at White House",
      "Ukrainian President Volodymyr Zelensky has arrived at the White House for talks with US President Joe Biden, his third visit since the invasion began.",
      '"We need air defence, and we need it now," Zelensky told reporters on the South Lawn.',
      "13:45 GMT — Russian strikes hit Kharkiv",
      "At least three people were killed when Russian missiles struck Kharkiv overnight, the regional governor said on Telegram.",
    ].join("\n\n");
    const parsed = parseArticle(text, { source: "live.txt", contentType: "text" });
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.value.title.text).toBe("Ukraine war live: Zelensky meets Biden in Washington");
    expect(parsed.value.sections.map((s) => [s.heading?.text ?? null, s.paragraphs.length])).toEqual([
      ["14:30 GMT — Zelensky arrives at White House", 2],
      ["13:45 GMT — Russian strikes hit Kharkiv", 1],
    ]);
    expect(parsed.value.images).toEqual([]);
  });

  it("keeps an interview's short 'Q:' and 'A:' lines as paragraphs of the body, not headings or alt text", () => {
    const text = [
      "A minute with the new chief executive",
      "Junior Gaspard runs the club's business side.",
      "Q: Favorite apps?",
      "A: Bleacher Report",
      "Q: How do you prioritize your day?",
      "A: I block time for meetings and separate time for emails.",
    ].join("\n\n");
    const parsed = parseArticle(text, { source: "qa.txt", contentType: "text" });
    if (!parsed.ok) throw new Error(parsed.message);
    const paragraphs = parsed.value.sections.flatMap((s) => s.paragraphs.map((p) => p.text));
    expect(parsed.value.sections.map((s) => s.heading)).toEqual([null]);
    expect(parsed.value.images).toEqual([]);
    expect(paragraphs.filter((p) => /^[QA]:/.test(p))).toEqual([
      "Q: Favorite apps?",
      "A: Bleacher Report",
      "Q: How do you prioritize your day?",
      "A: I block time for meetings and separate time for emails.",
    ]);
  });
});
