import { readFileSync } from "node:fs";
import { join } from "node:path";
import { articleBody, type StepResult } from "@newsgraph/schema";
import { describe, expect, it } from "vitest";
import { recordSpans } from "../src/eval/record-spans.ts";
import { parseHtmlPage } from "../src/html/parse-html.ts";
import { parseArticle } from "../src/index.ts";
import type { ArticleDraft } from "../src/parse-article.ts";

const fixtures = join(import.meta.dirname, "fixtures", "html");
const fixture = (name: string) => readFileSync(join(fixtures, name), "utf8");
const sampleInputs = join(import.meta.dirname, "..", "..", "..", "data", "raw");
const sample = (name: string) => readFileSync(join(sampleInputs, name), "utf8");
const parse = (html: string, source = "page.html") =>
  parseHtmlPage(html, { source, url: null, retrievedAt: null });

function draftOf(result: StepResult<ArticleDraft>): ArticleDraft {
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
  return result.value;
}

function expectSpansPointIntoText(draft: ArticleDraft): void {
  for (const [, span] of recordSpans(draft)) expect(draft.text.slice(span.start, span.end)).toBe(span.text);
}

const paragraphs = (draft: ArticleDraft) => draft.sections.flatMap((s) => s.paragraphs.map((p) => p.text));

describe("parseHtmlPage on a page with JSON-LD NewsArticle metadata", () => {
  const draft = draftOf(parse(sample("004_jsonld_news_article.html")));

  it("reads the metadata from the @graph article (array of types, authors by @id)", () => {
    expect(draft.title.text).toBe("Floods force thousands from homes in river valley");
    expect(draft.teaser?.text).toBe(
      "Emergency crews evacuated three villages overnight as the river burst its banks.",
    );
    expect(draft.publishedAt).toBe("2024-03-12T05:30:00Z");
    expect(draft.updatedAt).toBe("2024-03-12T08:15:00Z");
    expect(draft.publisher).toBe("Riverside Gazette Ltd");
    expect(draft.language).toBe("en");
    expect(draft.url).toBe("https://gazette.example.org/news/2024/03/floods-river-valley");
    expect(draft.contributors.map((c) => [c.name, c.role])).toEqual([
      ["Amara Okafor", "author"],
      ["Tomas Lindqvist", "author"],
    ]);
  });

  it("turns headings into sections and leaves out share, advert, related and footer blocks", () => {
    expect(draft.sections.map((s) => [s.heading?.text ?? null, s.paragraphs.length])).toEqual([
      [null, 2],
      ["Warnings ignored", 2],
      ["More rain expected", 1],
    ]);
    expect(draft.dateline?.text).toBe("EASTBROOK, March 12 (Reuters) -");
    expect(paragraphs(draft)[0]).toBe(
      "EASTBROOK, March 12 (Reuters) - Emergency crews evacuated more than 3,000 people from three villages overnight after the River Wend burst its banks, the regional fire service said on Tuesday.",
    );
    expect(articleBody(draft)).not.toMatch(
      /Share on|Advertisement|Related stories|River levels|All rights reserved|By Amara/,
    );
  });

  it("keeps the figure's alt text, caption and credit split into photographer and agency", () => {
    expect(draft.images).toHaveLength(1);
    const image = draft.images[0];
    expect(image?.src).toBe("https://gazette.example.org/img/flood.jpg");
    expect(image?.alt?.text).toBe("Flooded main street with cars under water");
    expect(image?.caption?.text).toBe("Water reached the first floor of houses in Eastbrook");
    expect(image?.credit?.text).toBe("Jane Miller/Valley Press");
    expect(image?.credit?.photographers).toEqual(["Jane Miller"]);
    expect(image?.credit?.agencies).toEqual(["Valley Press"]);
  });

  it("gives every span offsets into the rendered text", () => {
    expectSpansPointIntoText(draft);
  });
});

describe("parseHtmlPage on a page with OpenGraph tags only", () => {
  const draft = draftOf(parse(fixture("opengraph-only.html")));

  it("reads title, description, date, site name, author, language and og:url", () => {
    expect(draft.title.text).toBe("Neue Brücke verbindet Altstadt und Hafen");
    expect(draft.teaser?.text).toBe(
      "Nach drei Jahren Bauzeit ist die Fußgängerbrücke über den Kanal eröffnet worden.",
    );
    expect(draft.publishedAt).toBe("2023-09-01T14:00:00Z");
    expect(draft.updatedAt).toBeNull();
    expect(draft.publisher).toBe("Stadtkurier");
    expect(draft.language).toBe("de");
    expect(draft.url).toBe("https://stadtkurier.example.de/lokales/neue-bruecke");
    expect(draft.contributors.map((c) => c.name)).toEqual(["Lena Hoffmann"]);
  });

  it("keeps the standfirst out of the body and the caption out of the paragraphs", () => {
    expect(paragraphs(draft)).toEqual([
      "Die neue Fußgängerbrücke über den Hafenkanal ist am Freitag feierlich eröffnet worden. Bürgermeisterin Claudia Weber durchschnitt das Band vor mehreren hundert Zuschauern.",
      "Die Brücke ist 120 Meter lang und verbindet die Altstadt direkt mit dem neuen Hafenviertel. Bisher mussten Fußgänger einen Umweg von fast zwei Kilometern über die Ringstraße nehmen.",
      "Die Baukosten lagen mit 14 Millionen Euro etwas über der ursprünglichen Schätzung. Die Stadt trägt davon knapp die Hälfte, den Rest zahlen das Land und der Bund.",
    ]);
    expect(draft.images.map((i) => [i.alt?.text, i.caption?.text, i.credit?.text])).toEqual([
      ["Die Brücke bei Nacht", "Die Brücke ist nachts beleuchtet.", "Stadtwerke"],
    ]);
    expectSpansPointIntoText(draft);
  });
});

describe("parseHtmlPage on a page with neither JSON-LD nor OpenGraph", () => {
  const draft = draftOf(parse(fixture("plain-no-metadata.html")));

  it("takes the title from <h1>/<title>, the author from the byline, the language from the text", () => {
    expect(draft.title.text).toBe("Library opens late-night reading room");
    expect(draft.teaser).toBeNull();
    expect(draft.publishedAt).toBeNull();
    expect(draft.publisher).toBeNull();
    expect(draft.language).toBe("en");
    expect(draft.url).toBeNull();
    expect(draft.contributors.map((c) => [c.name, c.role])).toEqual([["Samuel Reyes", "author"]]);
    expect(paragraphs(draft)).toEqual([
      "The public library on Elm Street will keep its reading room open until midnight from next month, the library board decided on Monday evening.",
      "The board said students had asked for a quiet place to study during the exam season, when the cafés nearby close early. Two staff members will be on duty each night, and the extra hours will be paid for by a grant from the county.",
      'Head librarian Ruth Adams said the trial would run for six months. "If people use it, we will keep it," she said.',
    ]);
    expectSpansPointIntoText(draft);
  });
});

describe("parseHtmlPage on a blog layout with its furniture inside the post", () => {
  const draft = draftOf(parse(sample("005_blog_layout.html")));

  it("takes date, byline, caption, credit and reporting credit out of the body", () => {
    expect(draft.title.text).toBe("How a village saved its last shop");
    expect(draft.publishedAt).toBe("2021-03-03");
    expect(draft.publisher).toBe("Country Notes");
    expect(draft.contributors.map((c) => [c.name, c.role])).toEqual([
      ["Helen Marsh", "author"],
      ["Sam Okoye", "contributor"],
      ["Maria Lopez", "editor"],
    ]);
    expect(draft.editor).toBe("Maria Lopez");
    expect(draft.corrections.map((c) => [c.date, c.text])).toEqual([
      [
        "2021-03-04",
        "Correction, March 4, 2021: An earlier version of this article gave the wrong amount raised by the villagers.",
      ],
    ]);
    expect(
      draft.sections.map((s) => [s.heading?.text ?? null, s.paragraphs.map((p) => p.text.slice(0, 30))]),
    ).toEqual([
      [null, ["When the owners of the only sh", "More than 150 villagers put in"]],
      ["Run by volunteers", ["Today the shop is open seven d", '"People come in for bread and ']],
    ]);
    expect(
      draft.images.map((i) => [i.alt?.text, i.caption?.text, i.credit?.text, i.credit?.photographers]),
    ).toEqual([
      [
        "Volunteers outside the village shop",
        "Volunteers outside the village shop",
        "Tom Fielding",
        ["Tom Fielding"],
      ],
    ]);
    expect(draft.text).not.toMatch(/Text size|You may also like|bakery that bakes|Popular posts|Copyright/);
    expectSpansPointIntoText(draft);
  });
});

describe("parseHtmlPage on a date and a byline on one line", () => {
  it("reads 'Published 12 August 2022 · By Kari Holm and Omar Ali' as the date and the authors, not the first paragraph", () => {
    const paragraph = (n: number) =>
      `<p>Water levels on the river fell to a record low on day ${n}, forcing barge operators to cut their loads by up to seventy percent, the waterways agency said in its report.</p>`;
    const html = `<html><head><title>Drought threatens river shipping</title></head><body><article><h1>Drought threatens river shipping</h1><div class="article-body"><p class="meta">Published 12 August 2022 · By Kari Holm and Omar Ali</p>${[1, 2, 3, 4].map(paragraph).join("")}</div></article></body></html>`;
    const draft = draftOf(parse(html));
    expect(draft.publishedAt).toBe("2022-08-12");
    expect(draft.contributors.map((c) => c.name)).toEqual(["Kari Holm", "Omar Ali"]);
    expect(paragraphs(draft)[0]).toMatch(/^Water levels/);
  });
});

describe("parseHtmlPage on a page whose article is only in JSON-LD articleBody", () => {
  it("falls back on articleBody, split into paragraphs", () => {
    const draft = draftOf(parse(fixture("script-rendered.html")));
    expect(draft.title.text).toBe("Port strike ends after nine days");
    expect(draft.publishedAt).toBe("2022-06-03");
    expect(draft.publisher).toBe("Harbour Times");
    expect(draft.contributors.map((c) => c.name)).toEqual(["Ines Duarte"]);
    expect(paragraphs(draft)).toEqual([
      "Dock workers returned to work on Friday after union leaders accepted a pay offer of 6 percent over two years.",
      "The nine-day strike had left more than 40 container ships waiting outside the port, and several supermarket chains had warned of empty shelves.",
      "The port authority said it expected the backlog to be cleared within two weeks.",
    ]);
    expectSpansPointIntoText(draft);
  });
});

describe("parseHtmlPage on pages that are not articles", () => {
  it("rejects a login page", () => {
    const result = parse(fixture("login-page.html"), "login-page.html");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe("not_an_article");
    expect(result.source).toBe("login-page.html");
    expect(result.message).toMatch(/^the page is a login form, not an article/);
  });

  it("rejects a listing page of headlines", () => {
    const result = parse(fixture("listing-page.html"));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.code).toBe("not_an_article");
      expect(result.message).toMatch(/^no article body: .*listing or navigation page/);
    }
  });

  it("rejects a near-empty document", () => {
    const result = parse(fixture("near-empty.html"));
    expect(result).toMatchObject({
      ok: false,
      code: "not_an_article",
      message: "the page is nearly empty (12 characters of text)",
    });
  });

  it("rejects a page whose <title> is never closed (the rest of the page is title text)", () => {
    const result = parse(
      "<html><head><title>Broken</titl><body><p>Text that browsers also read as title.</p></body></html>",
    );
    expect(result).toMatchObject({ ok: false, code: "not_an_article" });
  });
});

describe("parseHtmlPage on malformed HTML", () => {
  it("reads an article with unclosed and misnested tags, junk and text after </html>", () => {
    const draft = draftOf(parse(fixture("malformed.html")));
    expect(draft.title.text).toBe("Council approves bus lanes");
    expect(paragraphs(draft)).toEqual([
      "The city council voted 31 to 12 on Wednesday to build bus lanes on the four busiest roads into the centre, ending a debate that has lasted two years.",
      "Work on the first lane, on Harbour Road, will begin in April. Drivers will lose one lane in each direction during rush hours.",
      "Shop owners along the route had opposed the plan, saying that customers who arrive by car would go elsewhere. The council promised a review after one year.",
    ]);
    expectSpansPointIntoText(draft);
  });

  it("survives 50,000 unclosed <div>s around the article", () => {
    const paragraph =
      "<p>The committee met on Thursday to discuss the new budget, and several members said they wanted more money for schools.</p>";
    const html = `<html><head><title>Budget talks</title></head><body>${"<div>".repeat(50_000)}${paragraph.repeat(3)}</body></html>`;
    const draft = draftOf(parse(html));
    expect(draft.title.text).toBe("Budget talks");
    expect(paragraphs(draft)).toHaveLength(3);
  });

  it("returns an error value, never a crash, for binary-looking junk and fragments", () => {
    for (const junk of [
      "<<<>>>",
      "</div></p></html>",
      "<html><body>\u0000\u0001\u0002</body>",
      "<p>short</p>",
    ]) {
      const result = parse(junk);
      expect(result).toMatchObject({ ok: false, code: "not_an_article" });
    }
  });
});

describe("parseArticle with HTML input", () => {
  it("detects HTML, validates the record and prefers the caller's URL over the canonical one", () => {
    const result = parseArticle(sample("004_jsonld_news_article.html"), {
      source: "jsonld-news-article.html",
      url: "https://mirror.example.net/floods",
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.contentType).toBe("html");
    expect(result.value.url).toBe("https://mirror.example.net/floods");
    expect(result.value.title.text).toBe("Floods force thousands from homes in river valley");
  });

  it("uses the canonical URL when the caller gives none", () => {
    const result = parseArticle(fixture("opengraph-only.html"), { source: "opengraph-only.html" });
    expect(result.ok && result.value.url).toBe("https://stadtkurier.example.de/lokales/neue-bruecke");
  });
});
