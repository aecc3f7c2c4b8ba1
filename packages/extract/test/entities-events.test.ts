import { describe, expect, it } from "vitest";
import { eventOrOtherName, findEvents, kindByName } from "../src/entities/events.ts";

const texts = (text: string) => findEvents(text).map((e) => e.text);

describe("events where clear", () => {
  it("finds a year and a name, a noun with its date, sports events with a year or host, world wars", () => {
    expect(texts("He won the 2019 general election and watched the 2018 World Cup.")).toEqual([
      "2019 general election",
      "2018 World Cup",
    ]);
    expect(texts("Since the military coup of May 2021 and the coup in 2022, little changed.")).toEqual([
      "military coup of May 2021",
      "coup in 2022",
    ]);
    expect(texts("After the London 2012 Games and before World War II ended.")).toEqual([
      "London 2012 Games",
      "World War II",
    ]);
  });

  it("leaves events without a year, host or name alone", () => {
    expect(texts("Sweden beat South Korea in the World Cup opener after the election.")).toEqual([]);
  });

  it("gives two spellings of one dated event the same key", () => {
    const [a, b] = findEvents("The coup of May 2021 and the coup in May 2021.");
    expect(a?.key).toBe(b?.key);
  });

  it("makes air and motor shows and named protests events, not every show", () => {
    expect(
      ["Dubai Air Show", "Geneva Motor Show", "Hong Kong Protests", "Late Show"].map(eventOrOtherName),
    ).toEqual(["event", "event", "event", null]);
  });

  it("makes stock indices and telescopes other", () => {
    expect(
      ["Dow Jones Industrial Average", "Kospi Index", "Hubble Space Telescope"].map(eventOrOtherName),
    ).toEqual(["other", "other", "other"]);
  });

  it("makes one-word pilgrimages and feasts events, faiths and products other, nothing else", () => {
    const names = [
      "Hajj",
      "Diwali",
      "Islam",
      "Windows XP",
      "PlayStation VR",
      "Mozilla Firefox",
      "Mecca",
      "Chicago",
    ];
    expect(names.map(kindByName)).toEqual(["event", "event", "other", "other", "other", "other", null, null]);
  });
});

describe("court cases", () => {
  it("reads a case named by its parties with 'v.' as one event, not a fixture or a sentence's opening word", () => {
    expect(
      texts(
        "The court overturned Roe v. Wade. In Brown v. Board of Education, it ruled. Dobbs v. Jackson Women's Health Organization followed. Arsenal v Chelsea ended 2-2.",
      ),
    ).toEqual(["Roe v. Wade", "Brown v. Board of Education", "Dobbs v. Jackson Women's Health Organization"]);
  });

  it("reads no storm in a body or common word after a storm's word (the National Hurricane Center, the Storm Prediction Center)", () => {
    expect(
      texts(
        "Hurricane Milton made landfall, the National Hurricane Center said. The Storm Prediction Center warned of tornadoes as Tropical Storm Bill weakened before Hurricane Season began.",
      ),
    ).toEqual(["Hurricane Milton", "Tropical Storm Bill"]);
  });

  it("reads a tournament named by a place or sponsor and 'Open' as an event, not the Open University", () => {
    expect(
      texts(
        "She won the French Open last month and the U.S. Open in 2023. He studied at the Open University. The British Open Championship begins.",
      ),
    ).toEqual(["French Open", "U.S. Open", "British Open Championship"]);
  });
});
