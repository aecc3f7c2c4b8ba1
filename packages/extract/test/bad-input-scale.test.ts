import { parseArticle } from "@newsgraph/parser";
import { ArticleGraph } from "@newsgraph/schema";
import { describe, expect, it } from "vitest";
import { extractArticle, plainTextArticle } from "../src/extract-article.ts";
import { extractCorpusRecord, extractPlainText } from "../src/index.ts";

const FIRST = ["John", "Mary", "Ahmed", "Li", "Olga", "Pierre", "Kwame", "Sofia", "Raj", "Anna"];
const LAST = [
  "Smith",
  "Garcia",
  "Okafor",
  "Chen",
  "Ivanova",
  "Dubois",
  "Mensah",
  "Rossi",
  "Patel",
  "Schmidt",
];
const letter = (i: number) => String.fromCharCode(65 + (i % 26)) + String.fromCharCode(97 + ((i >> 5) % 26));
const names = Array.from(
  { length: 50_000 },
  (_, i) => `${FIRST[i % 10]} ${LAST[Math.floor(i / 10) % 10]} ${letter(i)}son`,
);

function expectValid(graph: ArticleGraph) {
  expect(ArticleGraph.safeParse(graph).success).toBe(true);
  for (const e of graph.entities)
    for (const m of e.mentions) expect(graph.text.slice(m.start, m.end)).toBe(m.text);
}

describe("extraction on large inputs completes (linear paths, bounded lookbacks)", () => {
  it("a list of 50,000 names in one paragraph", { timeout: 60_000 }, () => {
    const text = `A list of people in the registry\n\n${names.join(", ")}.\n`;
    const graph = extractPlainText(text, "names-comma");
    expect(graph.ok).toBe(true);
    if (!graph.ok) return;
    expectValid(graph.value);
    expect(graph.value.entities.filter((e) => e.type === "person").length).toBeGreaterThan(5000);
  });

  it("a list of 50,000 names, one per line, read as a headline-less text", { timeout: 60_000 }, () => {
    const text = `${names.join("\n")}\n`;
    const result = extractArticle(plainTextArticle(text, "names-lines"));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expectValid(result.value);
    expect(result.value.entities.length).toBeGreaterThan(5000);
  });

  it("a page of 10,000 images whose alt texts each name someone no list knows", { timeout: 60_000 }, () => {
    const figures = Array.from(
      { length: 10_000 },
      (_, i) =>
        `<figure><img src="${i}.jpg" alt="Crowds greet ${letter(i)}vik${letter(i + 7).toLowerCase()} at the quay"></figure>`,
    ).join("\n");
    const prose =
      "<p>The council voted on Tuesday to keep the night ferry running for another five years, after a long debate in the town hall.</p>";
    const html = `<html><head><title>Ferry vote</title></head><body><article><h1>Ferry vote</h1>${prose.repeat(3)}${figures}</article></body></html>`;
    const parsed = parseArticle(html, { source: "alts.html", contentType: "html" });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const result = extractArticle(parsed.value);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expectValid(result.value);
    expect(result.value.entities.length).toBeGreaterThan(100);
  });

  it("a single 5 MB paragraph", { timeout: 60_000 }, () => {
    const sentences = [
      "President Joe Biden met German Chancellor Olaf Scholz in Berlin on Monday, May 3, 2021.",
      '"We will not back down," Biden said, adding that around 1,100 soldiers would stay.',
      "The United Nations Security Council (UNSC) said over 300 peacekeepers died last week.",
    ];
    const parts: string[] = [];
    let size = 0;
    for (let i = 0; size < 5_000_000; i++) {
      const s = sentences[i % 3] as string;
      parts.push(s);
      size += s.length + 1;
    }
    const text = `A very long paragraph about the meeting\n\n${parts.join(" ")}\n`;
    const graph = extractPlainText(text, "paragraph-5mb");
    expect(graph.ok).toBe(true);
    if (!graph.ok) return;
    expectValid(graph.value);
    expect(graph.value.sections.flatMap((s) => s.paragraphs)).toHaveLength(1);
    const biden = graph.value.entities.find((e) => e.name === "Joe Biden");
    expect(biden?.mentions.length).toBeGreaterThan(10_000);
    expect(graph.value.quotes.filter((q) => q.speaker === "Joe Biden").length).toBeGreaterThan(10_000);
  });

  it("one name 180,000 times in a 5 MB paragraph (no spread of every mention into one call)", {
    timeout: 60_000,
  }, () => {
    const text = `Press round\n\n${"Biden and the press spoke. ".repeat(180_000)}\n`;
    const graph = extractPlainText(text, "one-name");
    expect(graph.ok).toBe(true);
    if (!graph.ok) return;
    expectValid(graph.value);
    expect(graph.value.entities.find((e) => e.name === "Biden")?.mentions).toHaveLength(180_000);
  });

  it("thousands of quotation marks and pronoun cues in one paragraph", { timeout: 60_000 }, () => {
    const body = Array.from({ length: 20_000 }, (_, i) => `"Quote number ${i}," he said.`).join(" ");
    const graph = extractPlainText(`Quotes from the meeting\n\nMaria Lopez spoke first. ${body}\n`, "quotes");
    expect(graph.ok).toBe(true);
    if (!graph.ok) return;
    expectValid(graph.value);
    expect(graph.value.quotes.length).toBeGreaterThanOrEqual(20_000);
  });

  it("a sentence of 30,000 joined verbs or relative clauses before its cue (no unbounded step back)", {
    timeout: 60_000,
  }, () => {
    for (const [source, middle] of [
      ["joined-verbs", "walked and ".repeat(30_000)],
      ["relatives", "who met the people ".repeat(30_000)],
    ] as const) {
      const graph = extractPlainText(`Hostile report\n\nThe man ${middle}said that it rained.\n`, source);
      expect(graph.ok).toBe(true);
      if (graph.ok) expectValid(graph.value);
    }
  });

  it("all caps and thousands of numbers", { timeout: 60_000 }, () => {
    const caps = "THE MINISTER SAID 300 SOLDIERS WOULD LEAVE MALI BY MAY 2021. ".repeat(20_000);
    const numbers = Array.from(
      { length: 20_000 },
      (_, i) => `${i * 7} people, ${i}% and $${i}.5 million`,
    ).join("; ");
    for (const text of [
      `SHOUTING HEADLINE ABOUT MALI\n\n${caps}\n`,
      `Numbers of the meeting\n\n${numbers}.\n`,
    ]) {
      const graph = extractPlainText(text, "caps-numbers");
      expect(graph.ok).toBe(true);
      if (graph.ok) expectValid(graph.value);
    }
  });

  it("words that are names of JavaScript object members are words like any other", () => {
    const members = Object.getOwnPropertyNames(Object.prototype);
    const sentences = members.flatMap((m) => [
      `A ${m} of bridges said on Monday that one ${m} of roads and 5 ${m} were hired for 10 ${m}.`,
      `"We are fine," ${m} said. Two ${m} of the firms agreed, ${m} pointed.`,
    ]);
    const graph = extractPlainText(`Firm wins contract\n\n${sentences.join(" ")}\n`, "object-members");
    expect(graph.ok).toBe(true);
    if (!graph.ok) return;
    expectValid(graph.value);
    expect(graph.value.figures.every((f) => Number.isFinite(f.value) && f.unit !== "%")).toBe(true);
    expect(graph.value.quotes.every((q) => q.speakerId === null)).toBe(true);
  });
});

describe("aliases are forms the article writes", () => {
  it("never invents initials; an acronym that fits two long names is not guessed", () => {
    const text =
      "Council votes on Mali mission\n\nThe UN Security Council voted on Friday to end the mission. " +
      "Talks were held at the University of Southern California. USC students protested.\n";
    const graph = extractPlainText(text, "usc");
    expect(graph.ok).toBe(true);
    if (!graph.ok) return;
    for (const e of graph.value.entities) {
      for (const alias of e.aliases)
        expect(e.mentions.map((m) => m.text.replace(/\s+/g, " "))).toContain(alias);
    }
    const council = graph.value.entities.find((e) => e.name === "UN Security Council");
    expect(council?.aliases).toEqual([]);
    expect(council?.mentions.map((m) => m.text)).not.toContain("USC");
  });

  it("an organisation never gets its initials as an alias when the article does not write them", () => {
    const graph = extractPlainText(
      "Council meets\n\nThe UN Security Council met in New York. The Economic Community of West African States agreed.\n",
      "initials",
    );
    expect(graph.ok).toBe(true);
    if (!graph.ok) return;
    for (const e of graph.value.entities) for (const a of e.aliases) expect(graph.value.text).toContain(a);
    expect(graph.value.entities.flatMap((e) => e.aliases)).not.toContain("USC");
    expect(graph.value.entities.flatMap((e) => e.aliases)).not.toContain("ECOWAS");
  });
});

describe("corpus records without a headline", () => {
  it("falls back to a plain-text article with offsets into the exact input", () => {
    const text = 'Barack Obama met Angela Merkel in Berlin. Obama said "we are friends" after the talks.';
    const record = extractCorpusRecord("obama", text);
    expect(record.ok).toBe(true);
    if (!record.ok) return;
    expect(record.value.entities.map((e) => [text.slice(e.start, e.end), e.type])).toEqual([
      ["Barack Obama", "person"],
      ["Angela Merkel", "person"],
      ["Berlin", "place"],
      ["Obama", "person"],
    ]);
    expect(record.value.quotes).toHaveLength(1);
    expect(record.value.quotes[0]?.speaker).toBe("Barack Obama");
    expect(text.slice(record.value.quotes[0]?.start, record.value.quotes[0]?.end)).toBe("we are friends");
  });

  it("keeps every paragraph as body", () => {
    const text = "\n  Angela Merkel spoke in Berlin.\n\nEmmanuel Macron answered from Paris.  \n";
    const article = plainTextArticle(text, "p");
    expect(article.sections[0]?.paragraphs.map((p) => text.slice(p.start, p.end))).toEqual([
      "Angela Merkel spoke in Berlin.",
      "Emmanuel Macron answered from Paris.",
    ]);
  });
});

describe("non-English text", () => {
  it("says which language it is and skips entities and quotes", () => {
    const text =
      "Le gouvernement malien face à la crise\n\nNous avons rencontré le président Assimi Goïta à Bamako. " +
      "« Nous ne partirons pas », a déclaré le ministre des Affaires étrangères. Les soldats de la MINUSMA " +
      "quittent le pays après dix ans de présence dans le nord du Mali.\n";
    const graph = extractPlainText(text, "fr");
    expect(graph.ok).toBe(true);
    if (!graph.ok) return;
    expect(graph.value.language).toBe("fr");
    expect(graph.value.entities).toEqual([]);
    expect(graph.value.quotes).toEqual([]);
    expect(graph.value.relations).toEqual([]);
  });
});
