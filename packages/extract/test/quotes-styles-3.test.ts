import type { Quote } from "@newsgraph/schema";
import { describe, expect, it } from "vitest";
import { attributedQuotesOf as attributedInArticle } from "./quote-articles.ts";

const attributedQuotesOf = (paragraphs: string[]) => attributedInArticle(paragraphs, "styles-3.txt");

const direct = (quotes: Quote[]) =>
  quotes.filter((q) => q.kind !== "indirect").map((q) => [q.text, q.speaker ?? q.speakerDescription]);

describe("extractQuotes on a third round of styles", () => {
  it("gives 'he' or 'she' to the unnamed speaker just described, of no stated gender or in the paragraph before", () => {
    const quotes = attributedQuotesOf([
      'Government spokesman Abdoulaye Maiga said the authorities were "doing everything possible."',
      'A passerby who stopped to film the crowd said he supported the marchers. "These are ordinary people," he said.',
      "One vendor, a man who gave his name only as Jorge, said he had paid more than $3,000 in fines.",
      '"Every week it was another ticket," he said.',
    ]);
    expect(direct(quotes)).toEqual([
      ["doing everything possible.", "Abdoulaye Maiga"],
      ["These are ordinary people,", "A passerby"],
      ["Every week it was another ticket,", "a man who gave his name only as Jorge"],
    ]);
  });
  it("does not give 'he' to an unnamed speaker the sentence calls 'her'", () => {
    const quotes = attributedQuotesOf([
      "Government spokesman Abdoulaye Maiga said supplies would improve.",
      '"They keep telling us next week," said a student at the university, who declined to give her name.',
      '"It has been two months," he said.',
    ]);
    expect(direct(quotes)).toEqual([
      ["They keep telling us next week,", "a student"],
      ["It has been two months,", "Abdoulaye Maiga"],
    ]);
  });
  it("gives words quoted after an accusation's 'of' to the accuser, not the person accused", () => {
    const quotes = attributedQuotesOf([
      'Rovers manager Conor Keane accused referee Michael Oliver of "losing control of the game" after the defeat.',
      'The fans, furious, were accused of "ruining the day for everyone" by club staff.',
    ]);
    expect(quotes.map((q) => [q.text, q.speaker, q.cue])).toEqual([
      ["losing control of the game", "Conor Keane", "accused"],
    ]);
  });
  it("gives 'he' or 'she' to the unnamed person who opens the sentence before, as the subject of what they did", () => {
    const quotes = attributedQuotesOf([
      'Government spokesman Abdoulaye Maiga said the authorities were "doing everything possible."',
      'An elderly man watching the march from a doorway shook his head. "I have never seen it this bad," he said.',
      'Maiga spoke again later. Her father, standing next to her, was less enthusiastic. "Nothing ever changes," he said.',
      'A nurse who had worked all night shook her head. "We are exhausted," she said.',
      'Maiga visited the site. A man was killed when a wall collapsed. "It is a tragedy," he said.',
      'Maiga came back. One minute the street was dry. "Then the water came," he said.',
    ]);
    expect(direct(quotes)).toEqual([
      ["doing everything possible.", "Abdoulaye Maiga"],
      ["I have never seen it this bad,", "An elderly man watching the march from a doorway"],
      ["Nothing ever changes,", "Her father"],
      ["We are exhausted,", "A nurse who had worked all night"],
      ["It is a tragedy,", "Abdoulaye Maiga"],
      ["Then the water came,", "Abdoulaye Maiga"],
    ]);
  });
  it("gives 'the Spanish forward', 'the centre-back' and 'the sprinter' to the person named before", () => {
    const quotes = attributedQuotesOf([
      'Eliezer Mayenda scored the winner. "I was not nervous," the Spanish forward said.',
      'Virgil van Dijk was booked late on. "It was a fair call," the centre-back said.',
      'Noah Lyles won the 100 metres final. "I felt fast today," the sprinter told reporters.',
    ]);
    expect(direct(quotes)).toEqual([
      ["I was not nervous,", "Eliezer Mayenda"],
      ["It was a fair call,", "Virgil van Dijk"],
      ["I felt fast today,", "Noah Lyles"],
    ]);
  });
  it("reads 'Former' before a team or country as no title, so the person named after the role speaks", () => {
    const quotes = attributedQuotesOf([
      'Former England striker Gary Lineker posted on Instagram: "I have never seen anything like it."',
      'Former Arsenal captain Tony Adams said the team were "magnificent."',
      'Former President Barack Obama said: "Congratulations to the team."',
    ]);
    expect(direct(quotes)).toEqual([
      ["I have never seen anything like it.", "Gary Lineker"],
      ["magnificent.", "Tony Adams"],
      ["Congratulations to the team.", "Barack Obama"],
    ]);
  });
  it("starts what 'according to' reports after a relative clause set off after the source", () => {
    const quotes = attributedQuotesOf([
      "According to a statement from the Serum Institute of India, which will manufacture the vaccine, production could begin by the end of 2026.",
      "According to Dr. Jean Kaseya, who leads the agency, the approval marks a turning point for the continent.",
    ]);
    expect(quotes.map((q) => [q.text, q.speaker, q.kind])).toEqual([
      ["production could begin by the end of 2026", "Serum Institute of India", "indirect"],
      ["the approval marks a turning point for the continent", "Jean Kaseya", "indirect"],
    ]);
  });
  it("takes the verb before 'a statement posted on …' as the cue, not the participle", () => {
    const quotes = attributedQuotesOf([
      'The French Football Federation wrote in a statement posted online that the team had "given everything" on the pitch.',
    ]);
    expect(quotes.map((q) => [q.text, q.speaker, q.cue])).toEqual([
      ['the team had "given everything" on the pitch', "French Football Federation", "wrote"],
      ["given everything", "French Football Federation", "wrote"],
    ]);
  });
  it("reads a colon inside a time as part of what was said, not its end", () => {
    const quotes = attributedQuotesOf([
      "A county spokesperson, Kim Patel, said the emergency alert had been sent at 2:14 a.m. on Tuesday.",
    ]);
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ["the emergency alert had been sent at 2:14 a.m. on Tuesday", "Kim Patel"],
    ]);
  });
  it("starts reported speech after a date or 'in a statement' that follows the cue, before a noun phrase and its verb", () => {
    const quotes = attributedQuotesOf([
      "Economy minister Dirk Beljaarts said on Tuesday the rules were necessary to protect national security.",
      "The Dutch government said in a statement it had consulted closely with industry.",
      "Health officials said Monday the victim was one of two people who contracted the virus.",
      "The company announced on Monday the appointment of a new finance chief.",
    ]);
    expect(quotes.map((q) => [q.text, q.speaker ?? q.speakerDescription])).toEqual([
      ["the rules were necessary to protect national security", "Dirk Beljaarts"],
      ["it had consulted closely with industry", "The Dutch government"],
      ["the victim was one of two people who contracted the virus", "Health officials"],
    ]);
  });
  it("gives a cue joined by 'but' the subject of the verb before it", () => {
    const quotes = attributedQuotesOf([
      "Veritas Semiconductor reported a record profit on Wednesday but warned that new restrictions could hit sales.",
      'Chief executive Pieter van Dam praised the staff, but cautioned that the year would be "very difficult."',
    ]);
    expect(quotes.map((q) => [q.text, q.speaker, q.cue])).toEqual([
      ["new restrictions could hit sales", "Veritas Semiconductor", "warned"],
      ['the year would be "very difficult."', "Pieter van Dam", "cautioned"],
      ["very difficult.", "Pieter van Dam", "cautioned"],
    ]);
  });
  it("takes a name set off right before the speech verb as the subject a later 'he' points to", () => {
    const quotes = attributedQuotesOf([
      "British mountaineer Tom Hale died on Everest on Tuesday.",
      "Hale, 58, was on his fourth attempt. He reached the summit but collapsed on the way down.",
      '"He died doing what he loved," his wife, Sarah, said in a statement.',
      'The expedition\'s leader, Nepali guide Mingma Sherpa, said the team had done everything it could. "We gave him oxygen," he told the Kathmandu Post.',
    ]);
    expect(direct(quotes)).toEqual([
      ["He died doing what he loved,", "Sarah"],
      ["We gave him oxygen,", "Mingma Sherpa"],
    ]);
  });
});

describe("a person of a body", () => {
  it("gives the words to 'Ursula Münch of the Academy … in Tutzing', not to the academy", () => {
    const quotes = attributedQuotesOf([
      "Political scientist Ursula Münch of the Academy for Political Education in Tutzing said the results showed distrust.",
    ]);
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([["the results showed distrust", "Ursula Münch"]]);
  });
});

describe("people described by where they are", () => {
  it("describes 'Shoppers in the Bullring' and 'Shops on Oxford Street' rather than giving their words to the place", () => {
    const quotes = attributedQuotesOf([
      "Shops on Oxford Street said trade fell. Andy Street, the mayor of the region, called for calm.",
      "Shoppers in the Bullring said they feared bins would go uncollected.",
    ]);
    expect(quotes.map((q) => [q.text, q.speaker, q.speakerDescription])).toEqual([
      ["trade fell", null, "Shops on Oxford Street"],
      ["they feared bins would go uncollected", null, "Shoppers in the Bullring"],
    ]);
  });
});
