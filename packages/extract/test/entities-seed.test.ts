import { readFileSync } from "node:fs";
import { parseArticle } from "@newsgraph/parser";
import { type Entity, Entity as EntitySchema } from "@newsgraph/schema";
import { describe, expect, it } from "vitest";
import { extractEntities } from "../src/entities/index.ts";

const seedPath = new URL("../../../data/raw/000_5fcd22bafeeb8d23.txt", import.meta.url);
const parsed = parseArticle(readFileSync(seedPath, "utf8"), {
  source: "000_5fcd22bafeeb8d23.txt",
  contentType: "text",
});
if (!parsed.ok) throw new Error(parsed.message);
const article = parsed.value;
const { entities, relations } = extractEntities(article);
const named = (name: string): Entity => {
  const e = entities.find((x) => x.name === name);
  if (!e) throw new Error(`no entity named ${name}`);
  return e;
};
const roles = (name: string) => named(name).roles.map((r) => [r.title, r.organization, r.place]);

describe("entities in the seed article", () => {
  it("finds every named person, organization and place once", () => {
    expect(entities.map((e) => [e.type, e.name])).toEqual([
      ["place", "Mali"],
      ["organization", "MINUSMA"],
      ["organization", "UN Security Council"],
      ["organization", "UN"],
      ["place", "Sahel"],
      ["place", "Germany"],
      ["event", "miltary coup of May 2021"],
      ["person", "Assimi Goita"],
      ["organization", "Economic Community of West African States"],
      ["place", "Bamako"],
      ["place", "France"],
      ["place", "Paris"],
      ["event", "2012 Tuareg rebellion"],
      ["place", "Russia"],
      ["organization", "Wagner Group"],
      ["person", "Abdoulaye Sounaye"],
      ["organization", "Leibniz-Zentrum Moderner Orient"],
      ["place", "Berlin"],
      ["organization", "Abdou Moumouni University"],
      ["place", "Niamey"],
      ["organization", "DW"],
      ["person", "Niagale Bagayoko"],
      // A group named by nationality ("Malians have mixed feelings"), a person mention as GUM counts it.
      ["person", "Malians"],
      ["person", "Ulf Laessing"],
      ["organization", "Konrad Adenauer Foundation"],
      ["organization", "Bundeswehr"],
      ["person", "Annalena Baerbock"],
      ["organization", "Twitter"],
      ["place", "Europe"],
      // The agencies in the image credits ("Image: Florent Vergnes/AFP/Getty Images").
      ["organization", "REUTERS"],
      ["organization", "Le Pictorium"],
      ["organization", "imago images"],
      ["organization", "dpa"],
      ["organization", "picture alliance"],
      ["organization", "AFP"],
      ["organization", "Getty Images"],
      ["person", "Mahamadou Kane"],
      ["person", "Brahima Tounkara"],
      ["person", "Frejus Quenum"],
      ["person", "Cristina Krippahl"],
      ["person", "Fatoma Coulibaly"],
      ["person", "Benjamin Reverdit"],
      ["person", "Nicolas Remene"],
      ["person", "Kay Nietfeld"],
      ["person", "Florent Vergnes"],
    ]);
    for (const e of entities) expect(EntitySchema.safeParse(e).success).toBe(true);
  });

  it("names clear events: the coup (as the article spells it, both mentions) and the rebellion", () => {
    const coup = named("miltary coup of May 2021");
    expect(coup.aliases).toEqual(["military coup in May 2021"]);
    expect(coup.mentions.map((m) => article.text.slice(m.start, m.end))).toEqual([
      "miltary coup of May 2021",
      "military coup in May 2021",
    ]);
    expect(named("2012 Tuareg rebellion").mentions).toHaveLength(1);
  });

  it("merges aliases and keeps titles and possessives out of names", () => {
    expect(named("Assimi Goita").aliases).toEqual([]);
    expect(named("Abdoulaye Sounaye").aliases).toEqual(["Sounaye"]);
    expect(named("Leibniz-Zentrum Moderner Orient").aliases).toEqual(["ZMO"]);
    expect(named("Economic Community of West African States").aliases).toEqual(["ECOWAS"]);
    expect(named("Wagner Group").aliases).toEqual(["Wagner"]);
    expect(named("Ulf Laessing").aliases).toEqual(["Laessing"]);
    expect(named("Niagale Bagayoko").aliases).toEqual(["Bagayoko"]);
    expect(named("Niagale Bagayoko").key).toBe("niagale bagayoko");
    const mali = named("Mali");
    expect(mali.mentions).toHaveLength(20);
    expect(
      mali.mentions.every((m) => m.text === "Mali" && article.text.slice(m.start, m.end) === "Mali"),
    ).toBe(true);
  });

  it("gives every mention exact offsets into the article text", () => {
    for (const e of entities) {
      for (const m of e.mentions) {
        expect(article.text.slice(m.start, m.end)).toBe(m.text);
        expect(m.entityId).toBe(e.id);
      }
    }
    expect(named("Abdoulaye Sounaye").mentions.map((m) => m.text)).toEqual(["Abdoulaye Sounaye", "Sounaye"]);
    expect(named("Ulf Laessing").mentions.map((m) => m.text)).toEqual([
      "Ulf Laessing",
      "Laessing",
      "Laessing",
      "Laessing",
    ]);
  });

  it("records roles, organizations and places with the sentence they came from", () => {
    expect(roles("Assimi Goita")).toEqual([
      ["Colonel", null, null],
      ["then-transitional Vice President", null, null],
      ["junta leader", null, "Mali"],
    ]);
    expect(roles("Abdoulaye Sounaye")).toEqual([
      ["Sahel expert", "Leibniz-Zentrum Moderner Orient", "Berlin"],
    ]);
    expect(roles("Ulf Laessing")).toEqual([
      ["head of the Sahel office", "Konrad Adenauer Foundation", "Bamako"],
    ]);
    expect(roles("Annalena Baerbock")).toEqual([["Foreign Minister", null, "Germany"]]);
    expect(roles("Niagale Bagayoko")).toEqual([
      ["Political scientist", null, null],
      ["Sahel expert", null, "France"],
    ]);
    const evidence = named("Ulf Laessing").roles[0]?.evidence;
    expect(evidence && article.text.slice(evidence.start, evidence.end)).toBe(evidence?.text);
    expect(evidence?.text).toContain(
      "head of the Sahel office of the German Konrad Adenauer Foundation in Bamako",
    );
  });

  it("makes contributors, the editor and photographers people with those roles", () => {
    expect(roles("Mahamadou Kane")).toEqual([["contributor", null, "Bamako"]]);
    expect(roles("Cristina Krippahl")).toEqual([["editor", null, null]]);
    expect(roles("Fatoma Coulibaly")).toEqual([["photographer", null, null]]);
    const kane = named("Mahamadou Kane").mentions[0];
    expect(kane && article.text.slice(kane.start, kane.end)).toBe("Mahamadou Kane");
  });

  it("links affiliations and locations", () => {
    const name = (id: string) => entities.find((e) => e.id === id)?.name;
    expect(relations.map((r) => [r.type, name(r.from), name(r.to)])).toEqual([
      ["affiliated_with", "Abdoulaye Sounaye", "Leibniz-Zentrum Moderner Orient"],
      ["affiliated_with", "Ulf Laessing", "Konrad Adenauer Foundation"],
      ["affiliated_with", "Abdoulaye Sounaye", "Abdou Moumouni University"],
      ["located_in", "Leibniz-Zentrum Moderner Orient", "Berlin"],
      ["located_in", "Abdou Moumouni University", "Niamey"],
      ["located_in", "Konrad Adenauer Foundation", "Bamako"],
    ]);
  });

  it("gives places knowledge-base ids and ranks salience", () => {
    expect(named("Mali").kb?.iso3166).toBe("ML");
    expect(named("Germany").kb?.iso3166).toBe("DE");
    expect(named("Bamako").kb).toMatchObject({
      geonamesId: 2460596,
      countryCode: "ML",
      latitude: 12.65,
      longitude: -8,
    });
    const top = [...entities]
      .sort((a, b) => b.salience - a.salience)
      .slice(0, 2)
      .map((e) => e.name);
    expect(top).toEqual(["MINUSMA", "Mali"]);
    expect(entities.every((e) => e.salience >= 0 && e.salience <= 1)).toBe(true);
  });
});
