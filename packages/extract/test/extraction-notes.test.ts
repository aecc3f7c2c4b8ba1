import { ArticleGraph } from "@newsgraph/schema";
import { describe, expect, it } from "vitest";
import { extractPlainText } from "../src/index.ts";
import { MAX_LOOKBACK_SENTENCES } from "../src/quotes/index.ts";

function notesOf(text: string, source: string) {
  const graph = extractPlainText(text, source);
  expect(graph.ok).toBe(true);
  if (!graph.ok) throw new Error(graph.message);
  expect(ArticleGraph.safeParse(graph.value).success).toBe(true);
  return graph.value.extractionNotes ?? [];
}

const FIRST = ["John", "Mary", "Ahmed", "Li", "Olga", "Pierre", "Kwame", "Sofia", "Raj", "Anna"];
const FIRST_20 = [
  ...FIRST,
  "Peter",
  "Laura",
  "Omar",
  "Yuki",
  "Carlos",
  "Elena",
  "David",
  "Fatima",
  "George",
  "Hannah",
];
/** Two letters, distinct for the first 26 * 26 values of `i`. */
const tag = (i: number) => String.fromCharCode(97 + (i % 26)) + String.fromCharCode(97 + ((i >> 5) % 26));

describe("extraction notes", () => {
  it("an English article within every cap has none", () => {
    const text =
      "Talks in Berlin\n\nGerman Chancellor Olaf Scholz met French President Emmanuel Macron in Berlin " +
      'on Monday. "We agree," Scholz said.\n';
    expect(notesOf(text, "en")).toEqual([]);
  });

  it("a non-English article says English-only extraction was skipped, and for which language", () => {
    const text =
      "Le gouvernement malien face à la crise\n\nNous avons rencontré le président Assimi Goïta à Bamako. " +
      "« Nous ne partirons pas », a déclaré le ministre des Affaires étrangères. Les soldats de la MINUSMA " +
      "quittent le pays après dix ans de présence dans le nord du Mali.\n";
    expect(notesOf(text, "fr")).toEqual([
      {
        code: "language_skipped",
        message: "language fr: entity, quote, figure and date extraction is English-only",
      },
    ]);
  });

  it("notes MAX_SHARED_KEY when more entities share a surname than the cap", () => {
    const people = Array.from(
      { length: 100 },
      (_, i) => `${FIRST_20[i % 20]} ${tag(i).replace(/^./, (c) => c.toUpperCase())}ton Smith`,
    );
    const notes = notesOf(
      `Members of the Smith family\n\n${people.join(", ")} met on Monday. Smith said nothing.\n`,
      "smiths",
    );
    expect(notes.map((n) => n.code)).toEqual(["cap_max_shared_key"]);
    expect(notes[0]?.message).toMatch(/^MAX_SHARED_KEY applied/);
  });

  it("notes MAX_FUZZY_NAMES when a misspelt surname would be compared with too many names", () => {
    const list = (n: number) =>
      Array.from({ length: n }, (_, i) => `${FIRST_20[i % 20]} S${tag(i)}${tag(i * 7)}berg`).join(", ");
    const text = (n: number) =>
      `A list of people in the registry\n\nThe registry lists ${list(n)}.\n\n"We are here," Smythe said on Monday.\n`;
    expect(notesOf(text(50), "few").map((n) => n.code)).not.toContain("cap_max_fuzzy_names");
    expect(notesOf(text(700), "many").map((n) => n.code)).toContain("cap_max_fuzzy_names");
  });

  it("notes MAX_LOOKBACK_SENTENCES when a pronoun's speaker search stops at the cap", () => {
    const text = (n: number) =>
      `John Smith at the meeting\n\nJohn Smith spoke first. ${"He walked on. ".repeat(n)}"Yes," he said.\n`;
    expect(notesOf(text(3), "near")).toEqual([]);
    const notes = notesOf(text(MAX_LOOKBACK_SENTENCES + 20), "far");
    expect(notes.map((n) => n.code)).toEqual(["cap_max_lookback_sentences"]);
  });
});
