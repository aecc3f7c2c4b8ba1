import { parseArticle } from "@newsgraph/parser";
import { describe, expect, it } from "vitest";
import { extractEntities } from "../src/entities/index.ts";
import { splitSentences } from "../src/text/index.ts";

function entitiesOf(text: string) {
  const parsed = parseArticle(text, { source: "style.txt", contentType: "text" });
  if (!parsed.ok) throw new Error(parsed.message);
  return extractEntities(parsed.value);
}

const wire = `Nigeria's president sacks army chief

ABUJA, June 19 (Reuters) - Nigerian President Bola Tinubu on Monday replaced the heads of the army, navy and air force, a spokesman said. Major General Taoreed Lagbaja will lead the Nigerian Army, the presidency said in a statement. Tinubu, who took office in May, has promised to tackle insecurity in Africa's most populous country.`;

const politics = `Senate passes spending bill

WASHINGTON - The U.S. Senate passed the bill late Thursday. Senate Majority Leader Chuck Schumer, a Democrat from New York, said the vote was a win for American families. Republican Senator Mitch McConnell of Kentucky voted against it. The White House said President Joe Biden would sign it. Schumer thanked the Congressional Budget Office for its analysis.`;

const sports = `Messi scores twice in Florida

Lionel Messi scored twice as Inter Miami won 3-1 at DRV PNK Stadium in Fort Lauderdale on Wednesday. Messi now has 10 goals. Josef Martinez added a third goal.`;

const actors = `Sweden beat South Korea in World Cup opener

Sweden defeated South Korea 1 – 0 in Stockholm on Monday. Sweden had more of the ball, and South Korea substituted two players. Andreas Granqvist scored from the penalty spot.

Microsoft urged users to leave Internet Explorer 6 for a newer browser. The US State Department said the Andy Warhol Foundation had donated photographs. Andy Warhol took them in New York.`;

describe("entities in other styles of news", () => {
  it("types countries by what they do, leaves products out and finds names inside names", () => {
    const { entities } = entitiesOf(actors);
    // The two sides stay places (with their ISO codes); every mention of them acts as the team.
    const acting = (e: (typeof entities)[number]) =>
      e.mentions.filter((m) => m.actsAs === "organization").length;
    expect(entities.map((e) => [e.type, e.name, e.mentions.length, acting(e)])).toEqual([
      ["place", "Sweden", 3, 3],
      ["place", "South Korea", 3, 3],
      ["place", "Stockholm", 1, 0],
      ["person", "Andreas Granqvist", 1, 0],
      ["organization", "Microsoft", 1, 0],
      ["organization", "US State Department", 1, 0],
      ["place", "US", 1, 0],
      ["organization", "Andy Warhol Foundation", 1, 0],
      ["person", "Andy Warhol", 2, 0],
      ["place", "New York", 1, 0],
    ]);
    const text = actors;
    const warhol = entities.find((e) => e.name === "Andy Warhol");
    expect(warhol?.mentions.map((m) => text.slice(m.start, m.end))).toEqual(["Andy Warhol", "Andy Warhol"]);
  });

  it("keeps one entity per referent when a long article repeats the same names", () => {
    const body = Array.from({ length: 40 }, () => actors.split("\n\n").slice(1).join(" ")).join("\n\n");
    const { entities } = entitiesOf(`A long report\n\n${body}`);
    const names = entities.map((e) => `${e.type}:${e.name}`);
    expect(new Set(names).size).toBe(names.length);
    expect(entities.find((e) => e.name === "Andy Warhol")?.mentions.length).toBe(80);
  });

  it("reads wire copy: dateline city, agency, titles and nationality", () => {
    const { entities } = entitiesOf(wire);
    expect(entities.map((e) => [e.type, e.name, e.aliases])).toEqual([
      ["place", "Nigeria", []],
      ["place", "Abuja", ["ABUJA"]],
      ["organization", "Reuters", []],
      ["person", "Bola Tinubu", ["Tinubu"]],
      ["person", "Taoreed Lagbaja", []],
      ["organization", "Nigerian Army", []],
      ["place", "Africa", []],
    ]);
    const tinubu = entities.find((e) => e.name === "Bola Tinubu");
    expect(tinubu?.roles.map((r) => [r.title, r.place])).toEqual([["President", "Nigeria"]]);
    expect(entities.find((e) => e.name === "Abuja")?.kb?.countryCode).toBe("NG");
  });

  it("reads US politics: leaders, party labels and institutions", () => {
    const { entities, relations } = entitiesOf(politics);
    expect(entities.map((e) => [e.type, e.name])).toEqual([
      // The headline's "Senate" is the body's first mention.
      ["organization", "U.S. Senate"],
      ["place", "Washington"],
      ["place", "U.S."],
      ["person", "Chuck Schumer"],
      ["place", "New York"],
      ["person", "Mitch McConnell"],
      ["place", "Kentucky"],
      ["organization", "White House"],
      ["person", "Joe Biden"],
      ["organization", "Congressional Budget Office"],
    ]);
    const role = (name: string) =>
      entities.find((e) => e.name === name)?.roles.map((r) => [r.title, r.organization, r.place]);
    expect(role("Chuck Schumer")).toEqual([["Majority Leader", "U.S. Senate", null]]);
    expect(entities.find((e) => e.name === "U.S. Senate")?.aliases).toEqual(["Senate"]);
    expect(role("Mitch McConnell")).toEqual([["Senator", null, "Kentucky"]]);
    expect(role("Joe Biden")).toEqual([["President", null, null]]);
    expect(entities.find((e) => e.name === "Chuck Schumer")?.mentions.map((m) => m.text)).toEqual([
      "Chuck Schumer",
      "Schumer",
    ]);
    expect(relations.map((r) => r.type)).toEqual(["affiliated_with"]);
    expect(entities.find((e) => e.name === "U.S.")?.kb?.iso3166).toBe("US");
  });

  it("reads sports copy: players, club, stadium and city", () => {
    const { entities } = entitiesOf(sports);
    expect(entities.map((e) => [e.type, e.name, e.mentions.length])).toEqual([
      ["person", "Lionel Messi", 3],
      ["place", "Florida", 1],
      ["organization", "Inter Miami", 1],
      ["place", "DRV PNK Stadium", 1],
      ["place", "Fort Lauderdale", 1],
      ["person", "Josef Martinez", 1],
    ]);
  });

  it("returns nothing for text without names, and for all-caps shouting", () => {
    expect(entitiesOf("a quiet day\n\nnothing happened here at all today.").entities).toEqual([]);
    expect(
      entitiesOf(
        "A loud headline here\n\nTHE PRESIDENT OF FRANCE MET THE GERMAN CHANCELLOR IN BERLIN ON MONDAY AND THEY TALKED FOR HOURS.",
      ).entities,
    ).toEqual([]);
  });

  it("splits sentences with offsets, keeping abbreviations and titles inside", () => {
    const text = `Mr. Smith went to Washington D.C. on Friday. "It is fine," he said.\u00a0The U.N. agreed.`;
    expect(splitSentences(text, 100).map((s) => [s.text, s.start])).toEqual([
      ["Mr. Smith went to Washington D.C. on Friday.", 100],
      ['"It is fine," he said.', 145],
      ["The U.N. agreed.", 168],
    ]);
  });
});
