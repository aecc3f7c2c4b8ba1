import { articleBody } from "@newsgraph/schema";
import { describe, expect, it } from "vitest";
import { parseFixture, SEED, spansOutOfPlace } from "./text-helpers.ts";

const article = parseFixture(
  SEED,
  null,
  "https://www.dw.com/en/malis-minusma-peacekeeping-mission-a-foreseeable-disaster/a-66114012",
);

describe("seed text dump (DW report on Mali)", () => {
  it("finds title, date, teaser, language and publisher", () => {
    expect(article.title.text).toBe("Mali's MINUSMA peacekeeping mission: A foreseeable disaster");
    expect(article.publishedAt).toBe("2023-07-04");
    expect(article.updatedAt).toBeNull();
    expect(article.teaser?.text).toBe(
      "Pressured by the Malian military junta, the UN Security Council has decided to withdraw all MINUSMA peacekeepers by the end of this year. What are the consequences?",
    );
    expect(article.language).toBe("en");
    expect(article.publisher).toBe("dw.com");
    expect(article.dateline).toBeNull();
  });

  it("names the publisher from the 'Skip to more DW sites' link when no URL is given", () => {
    expect(parseFixture(SEED).publisher).toBe("DW");
  });

  it("splits the body into sections under each heading", () => {
    expect(article.sections.map((s) => s.heading?.text ?? null)).toEqual([
      null,
      "'A matter of national sovereignty'",
      "Between approval and skepticism",
      "Security likely to deteriorate",
      "Will an orderly withdrawal succeed?",
    ]);
    expect(article.sections.map((s) => s.paragraphs.length)).toEqual([4, 2, 2, 3, 4]);
    expect(
      article.sections[0]?.paragraphs[0]?.text
        .replace(/\s+/g, " ")
        .startsWith("Last week, the UN Security Council decided"),
    ).toBe(true);
    expect(article.sections[4]?.paragraphs[3]?.text.endsWith("has only just started.")).toBe(true);
  });

  it("reads every image's alt text, caption and credit", () => {
    expect(
      article.images.map((i) => [i.alt?.text ?? null, i.caption?.text ?? null, i.credit?.text ?? null]),
    ).toEqual([
      ["Ivorian soldiers of the UN peacekeeping mission MINUSMA", null, null],
      [
        "Colonel Assimi Goita in military uniform, surrounded by soldiers",
        "Mali's junta leader, Colonel Assimi Goita: The military coup in May 2021 under his leadership drew international criticism",
        "Fatoma Coulibaly/REUTERS",
      ],
      [
        "Political scientist Niagale Bagayoko",
        "Political scientist Niagale Bagayoko: 'The Mali crisis cannot be solved with Wagner mercenaries'",
        "Benjamin Reverdit",
      ],
      [
        "Aerial view of downtown Bamako",
        "Mali's capital Bamako: The population has mixed feelings regarding the withdrawal of MINUSMA",
        "Nicolas Remene/Le Pictorium/imago images",
      ],
      [
        "Military vehicles flying German flags accompanied by soldiers wearing blue berets",
        "Around 1,100 soldiers from the German Bundeswehr must leave Mali by the end of 2023",
        "Kay Nietfeld/dpa/picture alliance",
      ],
      [
        "Malians brandish a 'Thank you, Wagne' poster during a demonstration in Bamako",
        "Malians with a 'Thank you, Wagner' poster in February 2022",
        "Florent Vergnes/AFP/Getty Images",
      ],
    ]);
    expect(article.images.map((i) => [i.credit?.photographers ?? [], i.credit?.agencies ?? []])).toEqual([
      [[], []],
      [["Fatoma Coulibaly"], ["REUTERS"]],
      [["Benjamin Reverdit"], []],
      [["Nicolas Remene"], ["Le Pictorium", "imago images"]],
      [["Kay Nietfeld"], ["dpa", "picture alliance"]],
      [["Florent Vergnes"], ["AFP", "Getty Images"]],
    ]);
  });

  it("reads contributors with their place, the editor and the dated correction", () => {
    expect(article.contributors.map((c) => [c.name, c.role, c.place, c.text])).toEqual([
      ["Mahamadou Kane", "contributor", "Bamako", "Mahamadou Kane (Bamako)"],
      ["Brahima Tounkara", "contributor", null, "Brahima Tounkara"],
      ["Frejus Quenum", "contributor", null, "Frejus Quenum"],
      ["Cristina Krippahl", "editor", null, "Cristina Krippahl"],
    ]);
    expect(article.editor).toBe("Cristina Krippahl");
    expect(article.corrections).toEqual([
      {
        text: "This article was corrected on July 4, 2023, to specify Assimi Goita's current rank\u00a0as Colonel.",
        start: 7849,
        end: 7943,
        date: "2023-07-04",
      },
    ]);
  });

  it("leaves navigation, captions and credits out of the body", () => {
    const body = articleBody(article);
    for (const junk of [
      "Skip to",
      "Image:",
      "contributed to this article",
      "Edited by",
      "was corrected",
      "Ivorian soldiers",
    ]) {
      expect(body).not.toContain(junk);
    }
  });

  it("keeps exact offsets for every span", () => {
    expect(spansOutOfPlace(article)).toEqual([]);
  });
});
