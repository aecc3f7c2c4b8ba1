import type { Quote } from "@newsgraph/schema";
import { describe, expect, it } from "vitest";
import { findQuotedSpans } from "../src/quotes/index.ts";
import { attributedQuotesOf as attributedInArticle, quotesOf as quotesInArticle } from "./quote-articles.ts";

const quotesOf = (paragraphs: string[]) => quotesInArticle(paragraphs, "styles-2.txt");
const attributedQuotesOf = (paragraphs: string[]) => attributedInArticle(paragraphs, "styles-2.txt");

const direct = (quotes: Quote[]) =>
  quotes.filter((q) => q.kind !== "indirect").map((q) => [q.text, q.speaker ?? q.speakerDescription]);

describe("extractQuotes on more styles", () => {
  it("reads a double mark right after a digit as an inch mark, not a quote's opening", () => {
    const text =
      'Specs include a 34" 3440x1440 curved panel. The 16” received it too, and it is "really good," she said; posts 250 and 251" closed.';
    const spans = findQuotedSpans([{ kind: "paragraph", text, start: 0, end: text.length }]);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(["really good,"]);
    const quoted = 'He said the shells fell near "posts 250 and 251", and a 70" TV was "cheap".';
    const closing = findQuotedSpans([{ kind: "paragraph", text: quoted, start: 0, end: quoted.length }]);
    expect(closing.map((s) => quoted.slice(s.start, s.end))).toEqual(["posts 250 and 251", "cheap"]);
  });
  it("takes a name after a lowercase post opening the sentence as its subject, for a later 'she'", () => {
    const quotes = attributedQuotesOf([
      "Welsh First Minister Mark Drakeford said the government would help. He added that talks were continuing.",
      'Local shop owner Rhian Evans, 47, said trade had already fallen. "People have stopped spending," she explained.',
      "Police later arrested shop owner Rhian Evans. Union official Alan Coombs said it was a mistake.",
      '"It should never have happened," he said.',
    ]);
    expect(direct(quotes)).toEqual([
      ["People have stopped spending,", "Rhian Evans"],
      ["It should never have happened,", "Alan Coombs"],
    ]);
  });
  it("gives 'the midfielder', 'the actress' and 'the lawmaker' to the person named before, not a description", () => {
    const quotes = attributedQuotesOf([
      'Bruno Fernandes, United\'s captain, was furious. "We gave them the game," the midfielder said.',
      'Olivia Colman won the award on Sunday. "I am stunned," the actress told reporters.',
      'Senator Maria Cantwell voted against the bill. "It is a bad deal," the lawmaker said.',
      'A driver was hurt in the crash. "I never saw the car," the driver said.',
    ]);
    expect(direct(quotes)).toEqual([
      ["We gave them the game,", "Bruno Fernandes"],
      ["I am stunned,", "Olivia Colman"],
      ["It is a bad deal,", "Maria Cantwell"],
      ["I never saw the car,", "the driver"],
    ]);
  });
  it("reads the subject before the predicate that follows an aside ending in a name, before a colon", () => {
    const quotes = quotesOf([
      'One voter, a retired miner from Barnsley, put it bluntly: "They have forgotten us."',
      'Her rival, Conservative MP Dan Hughes, summed up the mood: "People are tired."',
      'Maria Lopez, of Leeds, was among those queuing: "I have voted here for twenty years."',
    ]);
    expect(direct(quotes)).toEqual([
      ["They have forgotten us.", "a retired miner from Barnsley"],
      ["People are tired.", "Dan Hughes"],
      ["I have voted here for twenty years.", "Maria Lopez"],
    ]);
  });
  it("keeps 'the man' unnamed when a long feature introduced 'a man' thousands of characters before", () => {
    const filler =
      "The condition is rare and hard to diagnose, and it does not show up in a standard allergy test. ".repeat(
        12,
      );
    const quotes = attributedQuotesOf([
      "A man from Leeds fell ill after buying a new feather duvet, his doctors say.",
      filler,
      filler,
      filler,
      'Dr Owen Dempsey suspected the bedding at once. "Most people don\'t get this," Dempsey said.',
      '"It doesn\'t affect me at all now," the man wrote in a patient perspective.',
    ]);
    expect(direct(quotes)).toEqual([
      ["Most people don't get this,", "Owen Dempsey"],
      ["It doesn't affect me at all now,", "the man"],
    ]);
  });
  it("leaves the journal a study was published in out of the speaker", () => {
    const quotes = quotesOf([
      'The authors of the research published in the journal JAMA Psychiatry argued that the rise was "a potential public health concern."',
      '"Cases rose sharply in every age group," a study published in The Lancet said.',
      '"We were surprised," the researchers at Columbia University wrote.',
    ]);
    expect(direct(quotes)).toEqual([
      [
        "a potential public health concern.",
        "The authors of the research published in the journal JAMA Psychiatry",
      ],
      ["Cases rose sharply in every age group,", "a study published in The Lancet"],
      ["We were surprised,", "Columbia University"],
    ]);
  });
  it("gives words quoted earlier in a sentence to the speaker named after its last quote", () => {
    const quotes = quotesOf([
      "The outages have been “terribly disruptive” and the utility is taking steps, but “we won’t roll the dice on public safety,” company CEO Andy Vesey said.",
      "The so-called “reform” will cost jobs, “and we will fight it,” union leader Mick Lynch said.",
      "Critics called the plan “reckless”. “It will not work,” Senator Ann Lee said.",
    ]);
    expect(direct(quotes)).toEqual([
      ["terribly disruptive", "Andy Vesey"],
      ["we won’t roll the dice on public safety,", "Andy Vesey"],
      ["and we will fight it,", "Mick Lynch"],
      ["reckless", "Critics"],
      ["It will not work,", "Ann Lee"],
    ]);
  });
  it("names a state body after a country's possessive as its organisation, like 'the French foreign ministry'", () => {
    const quotes = quotesOf([
      'Russia\'s foreign ministry said it viewed the move as "another measure contradicting" international law.',
      'Britain\'s foreign office said it was "deeply concerned by the announcement".',
      '"We are watching closely," Japan\'s defence ministry said.',
      '"It is a fair price," Apple\'s sales department said.',
    ]);
    expect(direct(quotes)).toEqual([
      ["another measure contradicting", "Russian Foreign Ministry"],
      ["deeply concerned by the announcement", "British Foreign Office"],
      ["We are watching closely,", "Japanese Defence Ministry"],
      ["It is a fair price,", "Apple's sales department"],
    ]);
  });
  it("finds a word quoted after 'described … as', however long the object before it", () => {
    const quotes = quotesOf([
      'Passenger Amir Khan, who was due to fly to Malaga, described the scenes at Gatwick as "chaos".',
      "Richard Locksley describes the prospects of what could come from the studies of these cells as “exciting,” but cautions that “we’re still in the very early days” of the work.",
    ]);
    expect(direct(quotes)).toEqual([
      ["chaos", "Amir Khan"],
      ["exciting,", "Richard Locksley"],
      ["we’re still in the very early days", "Richard Locksley"],
    ]);
  });
  it("keeps a later quote's own cue when it shares the speaker of the quote before it", () => {
    const quotes = quotesOf([
      "During the call, Patrick Carlineo called her a “terrorist” and said, “somebody ought to stop her,” prosecutors said.",
    ]);
    expect(quotes.filter((q) => q.kind !== "indirect").map((q) => [q.text, q.speaker, q.cue])).toEqual([
      ["terrorist", "Patrick Carlineo", "called"],
      ["somebody ought to stop her,", "Patrick Carlineo", "said"],
    ]);
  });
  it("gives a quote to a description that a relative clause is set off after, not to the clause", () => {
    const quotes = quotesOf([
      "Giving evidence from behind a screen, the witness, who cannot be named for legal reasons, said he had known Cole for years.",
      '"I was there," a neighbour, who did not want to be named, told the court.',
    ]);
    expect(quotes.map((q) => [q.text, q.speaker ?? q.speakerDescription])).toEqual([
      ["he had known Cole for years", "the witness"],
      ["I was there,", "a neighbour"],
    ]);
  });
  it("reads '-ing' before a role noun as part of a post, not a participle's aside after the speaker", () => {
    const quotes = quotesOf([
      'In a letter to staff, managing director James Taylor wrote that the company was "committed to every employee".',
      'The news agency, citing two officials, reported that talks had "collapsed completely".',
    ]);
    expect(direct(quotes)).toEqual([
      ["committed to every employee", "James Taylor"],
      ["collapsed completely", "The news agency"],
    ]);
  });
  it("starts what 'According to X, <post>,' reports after the source's post", () => {
    const quotes = quotesOf([
      "According to Mark Zandi, chief economist at Moody's Analytics, the tariffs could add 0.3 percentage points to inflation.",
      "According to police, officers found the man injured in the street.",
    ]);
    expect(quotes.map((q) => [q.text, q.speaker ?? q.speakerDescription])).toEqual([
      ["the tariffs could add 0.3 percentage points to inflation", "Mark Zandi"],
      ["officers found the man injured in the street", "police"],
    ]);
  });
  it("leaves the people told ('jurors', 'investors', 'staff') out of what was told", () => {
    const quotes = quotesOf([
      "Prosecutor Anne Whitfield told jurors the fire had caused £2m of damage.",
      "Chief executive Sam Price told investors the company would return to profit next year.",
    ]);
    expect(quotes.map((q) => [q.text, q.speaker, q.cue])).toEqual([
      ["the fire had caused £2m of damage", "Anne Whitfield", "told jurors"],
      ["the company would return to profit next year", "Sam Price", "told investors"],
    ]);
  });
  it("leaves a country's government a description, as 'the Iranian government' is", () => {
    const quotes = quotesOf([
      'Iran\'s government said the sanctions were "illegal and cruel".',
      'The Iranian government said the talks were "a waste of time".',
    ]);
    expect(direct(quotes)).toEqual([
      ["illegal and cruel", "Iran's government"],
      ["a waste of time", "The Iranian government"],
    ]);
  });
});
