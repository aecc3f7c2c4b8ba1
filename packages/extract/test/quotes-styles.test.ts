import type { Quote } from "@newsgraph/schema";
import { describe, expect, it } from "vitest";
import { findQuotedSpans } from "../src/quotes/index.ts";
import { attributedQuotesOf, quotesOf } from "./quote-articles.ts";

const brief = (q: Quote) => ({
  kind: q.kind,
  text: q.text,
  speaker: q.speaker,
  speakerDescription: q.speakerDescription,
  cue: q.cue,
});

const direct = (quotes: Quote[]) => quotes.filter((q) => q.kind !== "indirect").map(brief);

describe("extractQuotes on other styles", () => {
  it("gives a surname two people share to the one named last before it, not to one person written two ways", () => {
    const quotes = attributedQuotesOf([
      "President Luiz Inacio Lula da Silva cracks down on clearing. Environment Minister Marina Silva said the figures were good.",
      '"We still have a lot to do," Silva told a news conference. Former President Bill Clinton spoke next, after Hillary Clinton.',
      '"It was a long day," Clinton said. Josh Apte and Joshua Apte are one man; Apte said it was fine.',
    ]);
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ["the figures were good", "Marina Silva"],
      ["We still have a lot to do,", "Marina Silva"],
      ["It was a long day,", "Hillary Clinton"],
      ["it was fine", "Josh Apte"],
    ]);
  });

  it("ends a reported clause before ', but X said' and reads the second report too", () => {
    const quotes = attributedQuotesOf([
      "Analysts at Morgan Stanley said the features could drive an upgrade cycle, but IDC analyst Nabila Popal said many consumers would wait.",
      "The firm said sales rose, while the union said jobs would go.",
    ]);
    expect(quotes.map((q) => [q.text, q.speaker ?? q.speakerDescription])).toEqual([
      ["the features could drive an upgrade cycle", "Morgan Stanley"],
      ["many consumers would wait", "Nabila Popal"],
      ["sales rose", "Morgan Stanley"],
      ["jobs would go", "the union"],
    ]);
  });

  it("keeps 'the union' and 'the charity' as descriptions rather than give them a company named before", () => {
    const quotes = attributedQuotesOf([
      "Boeing said output would rise. The union said workers were tired. The charity said it had no money. The company said costs fell.",
    ]);
    expect(quotes.map((q) => [q.text, q.speaker ?? q.speakerDescription])).toEqual([
      ["output would rise", "Boeing"],
      ["workers were tired", "The union"],
      ["it had no money", "The charity"],
      ["costs fell", "Boeing"],
    ]);
  });

  it("gives 'a move analysts said' to the analysts, not to 'a move analysts'", () => {
    const [quote] = quotesOf(["Oil rose 2% on Monday, a move analysts said would tighten supply."]);
    expect([quote?.text, quote?.speakerDescription]).toEqual(["would tighten supply", "analysts"]);
  });

  it("reads a Portuguese place with 'do' as a scene before the cue, not a speaker called 'Sul'", () => {
    const [quote] = attributedQuotesOf([
      "Heavy floods hit the south last week, and rescuers in Rio Grande do Sul said more rain was coming.",
    ]);
    expect([quote?.speaker, quote?.speakerDescription]).toEqual([null, "rescuers in Rio Grande do Sul"]);
  });

  it("gives reported speech to the name set off after the post it holds, and keeps a percent sign in the clause", () => {
    const quotes = attributedQuotesOf([
      "The head of the harbour council HBC, Ana Ruiz, warned that ferry traffic could fall by 15%. Her lawyer, Tom Ray, said she was right. Lars Berg, a professor at Bergen, said growth was slowing.",
    ]);
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ["ferry traffic could fall by 15%", "Ana Ruiz"],
      ["she was right", "Tom Ray"],
      ["growth was slowing", "Lars Berg"],
    ]);
  });

  it("gives the writer of a one-author piece the quotes 'I' frames in the piece's own words", () => {
    const quotes = attributedQuotesOf([
      "By Kari Holm",
      "When I paid for the course, I was telling myself, “This dream matters.” Later Robin Biesbroek said: “It works.”",
      "Later I said, “It was money well spent.”",
    ]);
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ["This dream matters.", "Kari Holm"],
      ["It works.", "Robin Biesbroek"],
      ["It was money well spent.", "Kari Holm"],
    ]);
    const [unsigned] = attributedQuotesOf([
      "When I paid for the course, I was telling myself, “This dream matters.”",
    ]);
    expect(unsigned?.speaker).toBeNull();
  });

  it("takes a noun-like cue right after the quotation ('comments X') and the person, not their body, as speaker", () => {
    const [quote] = attributedQuotesOf([
      "The Nordic Ferry Authority (NFA) met on Monday.",
      '"We worked on the timetable," comments Robin Biesbroek of the NFA.',
    ]);
    expect([quote?.speaker, quote?.cue]).toEqual(["Robin Biesbroek", "comments"]);
  });

  it("steps over an apposition whose places are split by commas (Greenbelt, Maryland, … Washington, D.C.)", () => {
    const [quote] = quotesOf([
      '"The ferries are full," study lead author Kari Holm, a scientist at the Nordic Ferry Institute in Greenbelt, Maryland, and Fjord University in Washington, D.C., said in a statement.',
    ]);
    expect(quote?.speaker).toBe("Kari Holm");
  });

  it("leaves the speaker unnamed when 'according to' names only the source that reports them", () => {
    const [quote] = quotesOf([
      'According to Tidewire, one user on Fjordbook, a ferry forum, posted: "How did these two get to Bergen?"',
    ]);
    expect([quote?.speaker, quote?.speakerDescription, quote?.cue]).toEqual([
      null,
      "one user on Fjordbook",
      "posted",
    ]);
  });

  it("reads wire copy with 'according to' and a described speaker", () => {
    const quotes = quotesOf([
      "Police chief Maria Gonzalez said the fire started in the kitchen.",
      '"The building was empty when the roof collapsed," according to fire service spokesman Tom Reilly.',
      '"I saw the flames from across the street," a neighbour told Reuters.',
    ]);
    expect(direct(quotes)).toEqual([
      {
        kind: "direct",
        text: "The building was empty when the roof collapsed,",
        speaker: "Tom Reilly",
        speakerDescription: null,
        cue: "according to",
      },
      {
        kind: "direct",
        text: "I saw the flames from across the street,",
        speaker: null,
        speakerDescription: "a neighbour",
        cue: "told Reuters",
      },
    ]);
    expect(quotes.filter((q) => q.kind === "indirect").map(brief)).toEqual([
      {
        kind: "indirect",
        text: "the fire started in the kitchen",
        speaker: "Maria Gonzalez",
        speakerDescription: null,
        cue: "said",
      },
    ]);
  });

  it("splits a quote interrupted by its cue into two records with one speaker", () => {
    const quotes = quotesOf([
      "Coach Anna Berg watched the final from the bench.",
      '"We were ready for this," she said, "and we will be ready again next year."',
    ]);
    expect(direct(quotes)).toEqual([
      {
        kind: "direct",
        text: "We were ready for this,",
        speaker: "Anna Berg",
        speakerDescription: null,
        cue: "said",
      },
      {
        kind: "direct",
        text: "and we will be ready again next year.",
        speaker: "Anna Berg",
        speakerDescription: null,
        cue: "said",
      },
    ]);
    expect(quotes[0]?.speakerMention).toEqual(quotes[1]?.speakerMention);
  });

  it("keeps a nested quote inside its quotation and reports no apostrophe as a mark", () => {
    const quotes = quotesOf([
      "\"He told me 'leave now' and I didn't argue,\" said Mark O'Neill, the players' union representative.",
    ]);
    expect(direct(quotes)).toEqual([
      {
        kind: "direct",
        text: "He told me 'leave now' and I didn't argue,",
        speaker: "Mark O'Neill",
        speakerDescription: null,
        cue: "said",
      },
    ]);
  });

  it("does not report scare quotes, titles or names in quotation marks", () => {
    const quotes = quotesOf([
      'The so-called "reforms" were announced on Monday at the ministry.',
      'The documentary "The Long Road Home" opened in Paris, and its director calls the robot "Robo."',
      "Fans waved a 'Thank you, Europe' banner outside the stadium.",
    ]);
    expect(quotes).toEqual([]);
  });

  it("gives one record per paragraph to a quote running over paragraphs", () => {
    const quotes = quotesOf([
      'Finance Minister Peter Holm told parliament: "The budget is balanced for the first time in a decade.',
      '"We will cut taxes next spring. Nobody will pay more."',
      "The opposition rejected the plan.",
    ]);
    expect(direct(quotes)).toEqual([
      {
        kind: "direct",
        text: "The budget is balanced for the first time in a decade.",
        speaker: "Peter Holm",
        speakerDescription: null,
        cue: "told parliament",
      },
      {
        kind: "direct",
        text: "We will cut taxes next spring. Nobody will pay more.",
        speaker: "Peter Holm",
        speakerDescription: null,
        cue: null,
      },
    ]);
  });

  it("resolves he and she by gender and recency, and partial quotes in the reporter's sentence", () => {
    const quotes = quotesOf([
      "Senator Mary Jones met Governor John Brown in Denver on Tuesday.",
      '"It was a fruitful meeting," she said.',
      'Brown called the talks "a first step" and said he would return. "We agreed on more than we expected," he said.',
    ]);
    expect(direct(quotes)).toEqual([
      {
        kind: "direct",
        text: "It was a fruitful meeting,",
        speaker: "Mary Jones",
        speakerDescription: null,
        cue: "said",
      },
      {
        kind: "partial",
        text: "a first step",
        speaker: "John Brown",
        speakerDescription: null,
        cue: "called",
      },
      {
        kind: "direct",
        text: "We agreed on more than we expected,",
        speaker: "John Brown",
        speakerDescription: null,
        cue: "said",
      },
    ]);
  });

  it("resolves a role description to the person the article names right after the same words", () => {
    const quotes = quotesOf([
      "Norway’s ambassador to Chile criticised the plan and warned that the government “will not sit still”.",
      "Protesters marched in Oslo on Sunday.",
      "Norway’s ambassador to Chile Ola Berg said on Monday that the ferry was safe.",
    ]);
    expect(direct(quotes).map((q) => [q.text, q.speaker])).toEqual([["will not sit still", "Ola Berg"]]);
  });

  it("reads curly single quotes introduced by a colon", () => {
    const quotes = quotesOf([
      "Asked about the floods, Prime Minister Jane Doe was blunt: ‘We will rebuild every bridge.’",
    ]);
    expect(direct(quotes)).toEqual([
      {
        kind: "direct",
        text: "We will rebuild every bridge.",
        speaker: "Jane Doe",
        speakerDescription: null,
        cue: ":",
      },
    ]);
  });

  it("survives unbalanced marks: the open quote runs to the paragraph's end", () => {
    const quotes = quotesOf(['Resident Ali Khan said, "this has to stop.', "The council met on Friday."]);
    expect(direct(quotes)).toEqual([
      {
        kind: "direct",
        text: "this has to stop.",
        speaker: "Ali Khan",
        speakerDescription: null,
        cue: "said",
      },
    ]);
  });

  it("keeps a quote given to a lone determiner or after an order, with no speaker", () => {
    const quotes = quotesOf([
      'Police arrived at the harbour on Monday. "Put the rope down!" an officer ordered.',
      'One user wrote that the ferry was late. Another reportedly said: "The harbour is closed again."',
    ]);
    expect(direct(quotes).map((q) => [q.text, q.speaker, q.speakerDescription])).toEqual([
      ["Put the rope down!", null, "an officer"],
      ["The harbour is closed again.", null, "Another"],
    ]);
  });

  it("finds a titled speaker before an appositive whose place names hold commas", () => {
    const quotes = quotesOf([
      'Divers found the wreck. "The hull is intact," lead author Kari Holm, a diver at the Bergen Ferry Institute in Askoy, Norway, said in a statement.',
    ]);
    expect(direct(quotes).map((q) => q.speaker)).toEqual(["Kari Holm"]);
  });

  it("finds the frame after a question or exclamation whose closing mark ends the sentence (“…?” Kari Holm said.)", () => {
    const quotes = attributedQuotesOf([
      "“We will run the ferries all winter,” Robin Biesbroek said on Monday.",
      "“Who pays for the new timetable?” Kari Holm, a ferry expert at Fjord University, told the Fjord Times.",
      "“Not again!” Kari Holm said.",
      "“Where is the ferry?” The question was asked all week.",
    ]);
    expect(direct(quotes).map((q) => [q.text, q.speaker, q.cue])).toEqual([
      ["We will run the ferries all winter,", "Robin Biesbroek", "said"],
      ["Who pays for the new timetable?", "Kari Holm", "told the Fjord Times"],
      ["Not again!", "Kari Holm", "said"],
      ["Where is the ferry?", "Kari Holm", null],
    ]);
  });

  it("describes a speaker named by a plural common noun at a sentence's start (Officers, Analysts), and no weekday", () => {
    const quotes = quotesOf([
      "Officers shouted: “Get out of the car now!”",
      "The ferry was stopped in Bergen on Monday, officials said.",
      "Fares rose sharply in Bergen, analysts said.",
    ]);
    expect(quotes.map((q) => [q.speaker, q.speakerDescription])).toEqual([
      [null, "Officers"],
      [null, "officials"],
      [null, "analysts"],
    ]);
  });

  it("starts reported speech after the dateline, closes a quotation it opens, and gives 'adding' and 'a statement from X' their speakers", () => {
    const quotes = attributedQuotesOf([
      "BERGEN (AP) — The ferry to Oslo was stopped in the harbour on Tuesday after a storm, officials said.",
      "“The ferries will run again,” Kari Holm said, adding that the repairs would be “fast and cheap.”",
      "According to a statement from the Nordic Ferry Authority, more than 300 passengers were stranded overnight.",
    ]);
    expect(quotes.map((q) => [q.kind, q.text, q.speaker ?? q.speakerDescription, q.cue])).toEqual([
      [
        "indirect",
        "The ferry to Oslo was stopped in the harbour on Tuesday after a storm",
        "officials",
        "said",
      ],
      ["direct", "The ferries will run again,", "Kari Holm", "said"],
      ["indirect", "the repairs would be “fast and cheap.”", "Kari Holm", "said"],
      ["partial", "fast and cheap.", "Kari Holm", "adding"],
      [
        "indirect",
        "more than 300 passengers were stranded overnight",
        "Nordic Ferry Authority",
        "According to",
      ],
    ]);
  });

  it("resolves 'he' to the person named before, not to a place in a described speaker ('officials in Bergen')", () => {
    const quotes = attributedQuotesOf([
      "Ferry captain Lars Vestong was released from custody on Monday, officials in Bergen said.",
      "“I did it for the passengers,” he said in an interview.",
    ]);
    expect(quotes.map((q) => [q.kind, q.speaker ?? q.speakerDescription])).toEqual([
      ["indirect", "officials in Bergen"],
      ["direct", "Lars Vestong"],
    ]);
  });

  it("reads 'the Argentine said', 'the Briton added' as a person described by nationality, the one named before", () => {
    const quotes = attributedQuotesOf([
      "Ferry captain Lars Vestong praised the crews after the vote on Monday in Bergen.",
      "“We need to be more consistent,” the Argentine said.",
      "“The timetable will hold,” the Briton added.",
    ]);
    expect(quotes.map((q) => [q.speaker, q.speakerDescription])).toEqual([
      ["Lars Vestong", null],
      ["Lars Vestong", null],
    ]);
  });

  it("reads '<clause>, according to X.' closing a sentence as X's reported speech, not one the source sits inside", () => {
    const quotes = quotesOf([
      "Ferry fares rose by 5.3% in August, according to the Nordic Ferry Authority.",
      "Given the storms, according to Kari Holm, there is every reason to expect delays this winter.",
    ]);
    expect(quotes.map((q) => [q.kind, q.text, q.speaker ?? q.speakerDescription, q.cue])).toEqual([
      ["indirect", "Ferry fares rose by 5.3% in August", "Nordic Ferry Authority", "according to"],
    ]);
  });
});

describe("reported speech needs a clause", () => {
  it("reads no quote from a reporting verb's object or from place words after 'told reporters'", () => {
    const quotes = attributedQuotesOf([
      "The ferry company reported quarterly revenue of 119 million on Thursday, as bookings from the islands fell.",
      "The board announced plans for a second harbour. The mayor confirmed the deal had been signed in March.",
      "Ilse Marwick said the company would appeal. Marwick told reporters outside the courthouse.",
      "The company stressed it would keep the night service. Tom Ray said during the same meeting.",
    ]);
    expect(quotes.map((q) => [q.text, q.speaker ?? q.speakerDescription, q.cue])).toEqual([
      ["the deal had been signed in March", "The mayor", "confirmed"],
      ["the company would appeal", "Ilse Marwick", "said"],
      ["it would keep the night service", "The company", "stressed"],
    ]);
  });
});

describe("a party and state in brackets after a name", () => {
  it("keeps a quotation inside a reported clause in the clause ('said the “Albanian model” could be copied')", () => {
    const quotes = attributedQuotesOf([
      "Prime Minister Ilse Marwick, whose government struck a deal with Fjordland, said the “Fjordland model” could be copied.",
    ]);
    expect(quotes.map((q) => [q.kind, q.text, q.speaker])).toEqual([
      ["indirect", "the “Fjordland model” could be copied", "Ilse Marwick"],
      ["partial", "Fjordland model", "Ilse Marwick"],
    ]);
  });

  it("reads past '(D-Conn.)' to the name before it, and a past form the word lists lack opens a clause", () => {
    const quotes = attributedQuotesOf([
      "Sen. Ilse Marwick (D-Conn.), the lead negotiator, said Tuesday that the bill was the best chance in a generation.",
      "Sen. Tom Ray (R-Okla.) said the talks had stalled. Asked whether he would back it, Sen. Jo Lind (I-Vt.) said: “Not in its current form.”",
      "A spokesman for the harbour board said the company disagreed with the ruling.",
    ]);
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ["the bill was the best chance in a generation", "Ilse Marwick"],
      ["the talks had stalled", "Tom Ray"],
      ["Not in its current form.", "Jo Lind"],
      ["the company disagreed with the ruling", null],
    ]);
  });
});

describe("a phrase set off after the cue", () => {
  it("reads '<clause>, the union said, in the largest strike in decades.' and not a sentence the cue cuts in two", () => {
    const quotes = attributedQuotesOf([
      "Thousands of ferry crews walked off the job on Monday, the Fjordland Ferry Union said, in the largest strike in two decades.",
      "The tuft cell, Ilse Marwick said, is constantly sensing the products of the body.",
    ]);
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ["Thousands of ferry crews walked off the job on Monday", "Fjordland Ferry Union"],
    ]);
  });
});

describe("unnamed sources closing a sentence", () => {
  it("reads '<clause>, according to people familiar with the matter.' as their reported speech", () => {
    const quotes = quotesOf([
      "The ferry company is exploring a sale of its cargo arm, according to people familiar with the matter.",
      "The board will meet on Friday, according to two people briefed on the talks, adding to the pressure.",
    ]);
    expect(quotes.map((q) => [q.text, q.speakerDescription, q.cue])).toEqual([
      [
        "The ferry company is exploring a sale of its cargo arm",
        "people familiar with the matter",
        "according to",
      ],
      ["The board will meet on Friday", "two people briefed on the talks", "according to"],
    ]);
  });
});

describe("people described, and pronouns that cannot point back", () => {
  it("gives 'X, who said' to X, not to the subject of the sentence X is in", () => {
    const quotes = attributedQuotesOf([
      "Professor Ilse Marwick leads the academy now. She succeeds Sir Tom Ray, who said she was “the right person at the right time.”",
    ]);
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ["she was “the right person at the right time.”", "Tom Ray"],
      ["the right person at the right time.", "Tom Ray"],
    ]);
  });

  it("resolves 'the 43-year-old' to the person named before; no group or other-gender speaker for 'he'", () => {
    const quotes = attributedQuotesOf([
      "At a market stall in Bergen, Mary Holm counts the coins she has left. “Everything has gone up,” the 43-year-old mother of three said.",
      "Norwegians are angry. A taxi driver waiting nearby agreed. “The government does not hear us,” he said.",
    ]);
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ["Everything has gone up,", "Mary Holm"],
      ["The government does not hear us,", null],
    ]);
  });
});

describe("findQuotedSpans", () => {
  it("tells apostrophes from single quotation marks", () => {
    const text = "It's the players' choice, and 'we respect it' said the '90s star Rock 'n' roll.";
    const spans = findQuotedSpans([{ kind: "paragraph", text, start: 0, end: text.length }]);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(["we respect it"]);
  });

  it("gives quoted words inside reported speech its speaker, also after an inserted 'in a letter to …'", () => {
    const quotes = quotesOf([
      "Kari Holm said in an Oct. 26 letter to ferry companies that their level of engagement was “unacceptable” at a time of storms.",
    ]);
    expect(quotes.map((q) => [q.kind, q.text, q.speaker, q.cue])).toEqual([
      ["indirect", "their level of engagement was “unacceptable” at a time of storms", "Kari Holm", "said"],
      ["partial", "unacceptable", "Kari Holm", "said"],
    ]);
  });

  it("reads '<clause>, said X' as X's reported speech, but not a subject's apposition before 'said'", () => {
    const quotes = attributedQuotesOf([
      "Job cuts will be announced later this week in every region, said the ferry company's recently named chair Kari Holm in an email to staff.",
      "Robin Biesbroek, a ferry expert at Fjord University, said the timetable could not hold for long.",
    ]);
    expect(quotes.filter((q) => q.kind === "indirect").map((q) => [q.speaker, q.text])).toEqual([
      ["Kari Holm", "Job cuts will be announced later this week in every region"],
      ["Robin Biesbroek", "the timetable could not hold for long"],
    ]);
  });

  it("gives quoted words no scare quote has (five words, or 'we') to the person named before them", () => {
    const quotes = attributedQuotesOf([
      "Kari Holm has studied the ferries for years. The timetable made Holm believe that the crews were “basically running a service where it is not supposed to be.”",
      "The plan is, in the board’s view, “a sound and modern way to run the ferries.” Nobody was named.",
    ]);
    expect(quotes.map((q) => [q.speaker, q.text])).toEqual([
      ["Kari Holm", "basically running a service where it is not supposed to be."],
    ]);
  });

  it("takes the name a preposition ties the rest to as the speaker (X of NASA's Y), even with an unknown given name", () => {
    const [quote] = attributedQuotesOf([
      '"Organics are very important for life on Titan," said planetary geologist Rosaly Lopes of NASA\'s Jet Propulsion Laboratory in California.',
    ]);
    expect(quote?.speaker).toBe("Rosaly Lopes");
  });

  it("reads a name and an apposition whose closing comma is missing as the subject of a late cue", () => {
    const [quote] = attributedQuotesOf([
      "“The ferry is late because the wind turned from north-westerly to south-easterly,” Kari Holm, a research analyst at the Oslo-based Council on Energy, Environment and Water think tank told the Fjord Times.",
    ]);
    expect([quote?.speaker, quote?.cue]).toEqual(["Kari Holm", "told the Fjord Times"]);
  });

  it("reads 'related' and 'recounted' as speech cues", () => {
    const quotes = quotesOf([
      "The man recovered after a year. As he related, “the course of steroids continued for 12 months, and I have been able to stop them completely.”",
      "“My people had the deal done,” Kari Holm recounted in a meeting on Monday.",
    ]);
    expect(quotes.map((q) => q.cue)).toEqual(["related", "recounted"]);
  });

  it('reads a term after "what\'s called" or "it\'s called" as a name for something, not speech', () => {
    const quotes = quotesOf([
      "Breathing in mold from hay can lead to what’s called “farmer's lung,” a disease of the lungs. In dry winters it's called “heater cough” by doctors.",
      "She’s called it “the worst season in years,” said Kari Holm, a nurse in Oslo.",
    ]);
    expect(quotes.map((q) => [q.text, q.cue])).toEqual([["the worst season in years,", "called"]]);
  });

  it("reads a pronoun with a contracted auxiliary ('She’s said', 'they've told') as the pronoun", () => {
    const quotes = attributedQuotesOf([
      "Kari Holm is a nurse in Oslo. She’s said “the season is the worst in years.”",
      "The union members met on Monday. They've told the board “no more overtime.”",
    ]);
    expect(quotes.map((q) => [q.text, q.speaker, q.speakerMention?.text])).toEqual([
      ["the season is the worst in years.", "Kari Holm", "She"],
      ["no more overtime.", null, "They"],
    ]);
  });

  it("takes no reported clause from an adverb set off after the cue ('he said repeatedly, according to …')", () => {
    const quotes = quotesOf([
      "“We will win,” he said repeatedly, according to Lars Berg, the coach.",
      "“We will win,” he has said often, the coach added.",
    ]);
    expect(quotes.map((q) => q.kind)).toEqual(["direct", "direct"]);
  });

  it("takes no reported speech from a plea ('admitted arson') or from an apposition before the cue's comma", () => {
    const quotes = quotesOf([
      "Daniel Hartley admitted arson with intent to endanger life at Leeds Crown Court in March.",
      "Daniel Hartley, 34, of Bramley, admitted arson. Hartley admitted the fire had been set on purpose.",
    ]);
    expect(quotes.map((q) => q.text)).toEqual(["the fire had been set on purpose"]);
  });

  it("reads 'cautioned' as a cue, and no cue in a participle before a noun ('recommends limiting added sugar')", () => {
    const quotes = quotesOf([
      "Kari Holm cautioned that the study could not prove cause and effect.",
      "The Fjord Heart Association, which publishes the journal, recommends limiting added sugar.",
      "Ferry fares will rise again next year, the company said Monday.",
    ]);
    expect(quotes.map((q) => [q.cue, q.text])).toEqual([
      ["cautioned", "the study could not prove cause and effect"],
      ["said", "Ferry fares will rise again next year"],
    ]);
  });

  it("takes no reported clause from a count the cue adds ('added 22 points and Green had 11 assists')", () => {
    const quotes = quotesOf([
      "Andrew Wiggins added 22 points and Draymond Green had 11 assists for the Warriors.",
      "Officials said 22 people died and three were hurt in the crash.",
    ]);
    expect(quotes.map((q) => q.text)).toEqual(["22 people died and three were hurt in the crash"]);
  });

  it("keeps 'the LA28 committee' a description rather than the body named before it", () => {
    const [quote] = attributedQuotesOf([
      "The Fjord Transit Authority ran extra trains on Sunday. The LA28 committee says the Games will be free of cars.",
    ]);
    expect([quote?.speaker, quote?.speakerDescription]).toEqual([null, "The LA28 committee"]);
  });

  it("reads an interview transcript's turns (LABEL: words) as their speakers' quotes, a label in capitals joining the name", () => {
    const quotes = attributedQuotesOf([
      "Mayor Kari Holm spoke to Marisa Lagos about the ferries.",
      "MARISA LAGOS: Mayor Holm, thank you for joining us. Where does the rebuilding stand?",
      "HOLM: We've issued more than 1,200 permits so far. Families are still waiting.",
      "LAGOS: Critics say the city was unprepared. Was it?",
      "UPDATE: This interview has been edited for length.",
    ]);
    expect(quotes.filter((q) => q.cue === ":").map((q) => [q.speaker, q.text.slice(0, 24)])).toEqual([
      ["Marisa Lagos", "Mayor Holm, thank you fo"],
      ["Kari Holm", "We've issued more than 1"],
      ["Marisa Lagos", "Critics say the city was"],
    ]);
  });

  it("reads no transcript from a single label ('UPDATE: …')", () => {
    const quotes = attributedQuotesOf([
      "Kari Holm said the ferries would run again.",
      "UPDATE: The ferry company later said the service would resume on Monday.",
    ]);
    expect(quotes.filter((q) => q.cue === ":")).toEqual([]);
  });

  it("gives 'she' to the unnamed woman described after the named one ('a mother told me … “We ate leaves,” she said')", () => {
    const quotes = attributedQuotesOf([
      "By Amina Holm",
      "Amina Holm is a diplomat. When I visited the Adré crossing last month, a mother told me she had walked for nine days with her children. “We ate leaves,” she said.",
    ]);
    const direct = quotes.find((q) => q.kind === "direct");
    expect([direct?.speaker, direct?.speakerDescription]).toEqual([null, "a mother"]);
  });

  it("reads '<clause>, the ministry said on Thursday.' and '… said in a statement.' as reported speech", () => {
    const quotes = quotesOf([
      "Air strikes killed at least 40 people across the territory overnight, the health ministry said on Thursday.",
      "The station will house the local police force's offices, the Interior Ministry said in a statement.",
    ]);
    expect(quotes.map((q) => [q.kind, q.cue])).toEqual([
      ["indirect", "said"],
      ["indirect", "said"],
    ]);
  });

  it("reads 'the Spaniard said', 'the Pole added' as the player named before, and 'said during the ceremony, where …' as no reported speech", () => {
    const quotes = attributedQuotesOf([
      "Carlos Alcaraz lost the final. “He was the better player today,” the Spaniard said. Iga Swiatek won the women's final. “It was close,” the Pole added.",
      "Jannik Sinner said during the trophy ceremony, where the Princess of Wales presented the cup, that it was special.",
    ]);
    expect(quotes.filter((q) => q.kind === "direct").map((q) => q.speaker)).toEqual([
      "Carlos Alcaraz",
      "Iga Swiatek",
    ]);
    expect(quotes.some((q) => q.text.startsWith("during the trophy ceremony"))).toBe(false);
  });
});

describe("court reports", () => {
  it("reads 'was told that' and 'jailed … and told he must' as the subject being told, not telling; 'and told reporters that' and 'and warned that' still report", () => {
    const quotes = attributedQuotesOf([
      "A man who attacked a shopkeeper in Tarrow has been jailed for life and told he must serve at least 24 years.",
      "The landlord was told that the shop would close. The mayor smiled and told reporters that the road was shut.",
      "The envoy accused the council of meddling and warned that the city would not sit on its hands.",
    ]);
    expect(quotes.map((q) => [q.text, q.speakerDescription ?? q.speaker])).toEqual([
      ["the road was shut", "The mayor"],
      ["the city would not sit on its hands", "The envoy"],
    ]);
  });

  it("resolves a role ending in a place to the person the article names after that same role", () => {
    const quotes = attributedQuotesOf([
      "Norway's ambassador to Chile warned that the talks would fail. Norway's ambassador to Chile Kari Lund has said that the embassy would stay open.",
    ]);
    expect(quotes.map((q) => [q.text, q.speaker ?? q.speakerDescription])).toEqual([
      ["the talks would fail", "Kari Lund"],
      ["the embassy would stay open", "Kari Lund"],
    ]);
  });
});

describe("verbs that report nothing said", () => {
  it("reads a reporting verb in the infinitive as no reported speech ('so foolish as to accidentally admit what …')", () => {
    const quotes = attributedQuotesOf([
      "After this, his friends will be more careful, and no one else will be so foolish as to accidentally admit what appears to be guilt.",
    ]);
    expect(quotes).toEqual([]);
  });

  it("reads a negated reporting verb as no reported speech ('you can't even tell that', 'somehow cannot explain why')", () => {
    const quotes = attributedQuotesOf([
      "The screen is larger, and you can't even tell that the machine is bigger than the old one.",
      "Yet the ministry's experts somehow cannot explain why they were silent during the last crisis.",
    ]);
    expect(quotes).toEqual([]);
  });
});

describe("speakers described by a relative clause", () => {
  it("reads the people 'who' stands for as the speakers ('analysts who have done the calculations say'), not a count of them", () => {
    const quotes = attributedQuotesOf([
      "Washington-based analysts who have done the calculations say they have difficulty matching the figures.",
      "Among adults, the number who said they had cycled to work rose by a fifth.",
    ]);
    expect(quotes.map((q) => [q.text, q.speakerDescription])).toEqual([
      ["they have difficulty matching the figures", "Washington-based analysts"],
    ]);
  });
});

describe("what stands between a speaker and the cue", () => {
  it("skips a participle's aside ('The news organization, citing a source, reported'), reads no speaker in a phrase a preposition opens, and skips 'should'", () => {
    const quotes = attributedQuotesOf([
      "Markets fell after Orvan News reported that talks had stalled. The news organization, citing an anonymous government source, reported that the minister was pessimistic.",
      "Peel the pears and put them in a large pot. To the pears, add the juice of one lemon and spices.",
      "We should also note that the price per gram is calculated on a different basis.",
    ]);
    expect(quotes.map((q) => [q.text, q.speaker ?? q.speakerDescription])).toEqual([
      ["talks had stalled", "Orvan News"],
      ["the minister was pessimistic", "Orvan News"],
      ["the price per gram is calculated on a different basis", "We"],
    ]);
  });
});

describe("obituaries", () => {
  it("gives the quote to a body named after a person when the body is named ('the Jane Goodall Institute said'), and reads an -ly adverb between a name and its cue as no part of the speaker", () => {
    const quotes = attributedQuotesOf([
      "Mara Ostrand, the primatologist who changed how we see chimpanzees, has died aged 91, the Mara Ostrand Institute said on Wednesday.",
      'She was encouraged by the anthropologist Louis Keane. "Now we must redefine tool," Keane famously wrote to her.',
    ]);
    expect(quotes.map((q) => [q.text.slice(0, 30), q.speaker ?? q.speakerDescription])).toEqual([
      ["Mara Ostrand, the primatologis", "Mara Ostrand Institute"],
      ["Now we must redefine tool,", "Louis Keane"],
    ]);
  });
});

describe("short reported clauses", () => {
  it("reads a two-word clause with a verb that ends the sentence, including past forms the word lists lacked ('rose')", () => {
    const quotes = attributedQuotesOf([
      "Ilse Marwick said that fares rose. Tom Ray told analysts that costs eased.",
      "Kari Holm said that day. Jo Lind said goodbye.",
      "The deckhand recalled that he said, “Cast off now,” as the ferry left.",
    ]);
    expect(
      quotes.filter((q) => q.kind === "indirect").map((q) => [q.text, q.speaker ?? q.speakerDescription]),
    ).toEqual([
      ["fares rose", "Ilse Marwick"],
      ["costs eased", "Tom Ray"],
    ]);
  });
});

describe("a capitalised post before the speaker's name", () => {
  it("gives the quote to the name set off after 'The Work and Pensions Secretary', not to the post", () => {
    const quotes = attributedQuotesOf([
      "The Ferries and Harbours Secretary, Ilse Marwick, told the council on Tuesday that the fares were fair.",
      "The Foreign Minister, Tom Ray, said the talks went well.",
    ]);
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ["the fares were fair", "Ilse Marwick"],
      ["the talks went well", "Tom Ray"],
    ]);
  });
});

describe("interviews in questions and answers", () => {
  it("reads answers labelled with the speaker's surname in ordinary case as that person's words, and no other labelled paragraph", () => {
    const quotes = attributedQuotesOf([
      "Ilse Marwick runs the ferry company. We spoke to her in Bergen.",
      "Q: Will the fares rise?",
      "Marwick: Not this year. Fuel is cheaper than it was.",
      "Q: And the night service?",
      "Marwick: It stays. We have the crews.",
      "Note: This interview has been edited.",
    ]);
    expect(quotes.map((q) => [q.text, q.speaker, q.cue])).toEqual([
      ["Not this year. Fuel is cheaper than it was.", "Ilse Marwick", ":"],
      ["It stays. We have the crews.", "Ilse Marwick", ":"],
    ]);
  });
});

describe("the object of 'told'", () => {
  it("runs a lowercase object to the phrase's end and reaches 'that' past a place and a relative clause", () => {
    const quotes = attributedQuotesOf([
      "Central bank chief Ilse Marwick told a news conference in Bergen, where the bank's board met, that prices were easing. Her deputy Tom Ray told the paper officials were worried.",
    ]);
    expect(quotes.map((q) => [q.text, q.speaker, q.cue])).toEqual([
      ["prices were easing", "Ilse Marwick", "told a news conference"],
      ["officials were worried", "Tom Ray", "told the paper"],
    ]);
  });
});

describe("participles after a comma", () => {
  it("reports what the sentence's subject said with 'saying', 'warning that', 'arguing that', and not 'claimed victory'", () => {
    const quotes = attributedQuotesOf([
      "Ferrix Corp cut 500 jobs on Monday, saying demand had fallen. Health care providers protested, warning that children would face risks. Tom Reed met voters. He left the room, saying he was tired. She quit, saying nothing. Reed claimed victory for the alliance after the count.",
    ]);
    expect(quotes.map((q) => [q.text, q.speaker ?? q.speakerDescription, q.cue])).toEqual([
      ["demand had fallen", "Ferrix Corp", "saying"],
      ["children would face risks", "Health care providers", "warning"],
      ["he was tired", "Tom Reed", "saying"],
    ]);
  });
});

describe("a body named by its noun", () => {
  it("gives 'the airline said' to the airline the article names most, then first, among those sharing the noun", () => {
    const quotes = attributedQuotesOf([
      "Rescuers recovered the recorders of a Ferrix Airlines plane that crashed near Pokhara.",
      "The ATR 72 turboprop went down on Sunday. It was the deadliest crash since 1992, when all 167 people on a Pakistan International Airlines jet died.",
      "The French agency BEA will join the inquiry, as will the manufacturer ATR.",
      "Among the passengers were 15 foreign nationals, the airline said.",
    ]);
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ["Among the passengers were 15 foreign nationals", "Ferrix Airlines"],
    ]);
  });

  it("reads a participle set off after '<clause>, X said,' as no part of what was said ('…, the centre said, bringing winds of 120 mph')", () => {
    const quotes = attributedQuotesOf([
      "Hurricane Zelda made landfall late on Wednesday, the National Hurricane Center said, bringing winds of up to 120 mph.",
    ]);
    expect(quotes.map((q) => [q.text, q.speaker, q.cue])).toEqual([
      ["Hurricane Zelda made landfall late on Wednesday", "National Hurricane Center", "said"],
    ]);
  });

  it("ends a reported clause before a source and its reporting verb closing the sentence ('…, China's Xinhua news agency reported.')", () => {
    const quotes = attributedQuotesOf([
      "Xi Jinping told Shigeru Ishiba that the two countries should properly handle their differences, China's Xinhua news agency reported. Ishiba said the talks were useful, Kyodo News reported on Friday. Smith said that prices, analysts say, will rise.",
    ]);
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ["the two countries should properly handle their differences", "Xi Jinping"],
      ["the talks were useful", "Shigeru Ishiba"],
      ["prices, analysts say, will rise", "Smith"],
    ]);
  });

  it("reads a phrase a preposition opens before the speaker as the scene, not the speaker ('In the western city of Lviv, regional governor X said')", () => {
    const quotes = attributedQuotesOf([
      "In the western city of Lviv, regional governor Maksym Kozytskyi said two people were killed. At the summit, Ada Smith, a lawyer, said it was over.",
    ]);
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ["two people were killed", "Maksym Kozytskyi"],
      ["it was over", "Ada Smith"],
    ]);
  });

  it("reads words with a verb after the cue as what was said, not as the speaker of a quotation before it (', calling it “historic”, said her party was ready')", () => {
    const quotes = attributedQuotesOf([
      'Alice Weidel, calling it "historic", said her party was ready to govern. "We will win," said the man who was arrested.',
    ]);
    expect(quotes.map((q) => q.speakerDescription).filter((d) => d?.startsWith("her party"))).toEqual([]);
    expect(
      quotesOf(['"We will win," said the man who was arrested.']).map((q) => q.speakerDescription),
    ).toEqual(["the man"]);
  });

  it("reads where a body is based as no name of its own ('The Cupertino, California-based company said' is the company named before)", () => {
    const quotes = attributedQuotesOf([
      "Zorvex Corp cut 500 jobs on Monday. The Seattle-based company said sales fell. The Cupertino, California-based company said profits rose. The San Jose-based firm said it would appeal.",
      "Beyond imports of dairy and genetically modified products, Washington-based analysts say they see little room for growth.",
    ]);
    expect(quotes.map((q) => [q.text, q.speaker, q.speakerDescription])).toEqual([
      ["sales fell", "Zorvex Corp", null],
      ["profits rose", "Zorvex Corp", null],
      ["it would appeal", "Zorvex Corp", null],
      ["they see little room for growth", null, "Washington-based analysts"],
    ]);
  });
});

describe("a pronoun after a subject of unknown gender", () => {
  it("gives 'he said' to the subject of the sentence before in the paragraph, whatever an earlier 'he' meant", () => {
    const quotes = attributedQuotesOf([
      "Travis Head scored 137 as Australia beat India.",
      "Virat Kohli top-scored for India with 54 before he was bowled by Pat Cummins.",
      'Cummins, the Australia captain, chose to bowl first after winning the toss. "We backed ourselves to chase," he said.',
    ]);
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ["We backed ourselves to chase,", "Pat Cummins"],
    ]);
  });
});

describe("a question-and-answer interview", () => {
  it("gives the answers to the person interviewed and the questions to the one named as asking them", () => {
    const quotes = attributedQuotesOf([
      "Maria Delgado, 52, has worked as a nurse at St Thomas' Hospital for 24 years. She spoke to Helen Marsh about burnout and Boris Johnson's promises.",
      "Q: When did you know the first wave was going to be bad?",
      "A: In early March 2020. Within a week the unit was full.",
      "Q: Where will you go now?",
      "A: Australia. A hospital in Perth has offered me a job.",
    ]);
    expect(quotes.map((q) => [q.text, q.speaker ?? q.speakerDescription, q.cue])).toEqual([
      ["When did you know the first wave was going to be bad?", "Helen Marsh", ":"],
      ["In early March 2020. Within a week the unit was full.", "Maria Delgado", ":"],
      ["Where will you go now?", "Helen Marsh", ":"],
      ["Australia. A hospital in Perth has offered me a job.", "Maria Delgado", ":"],
    ]);
  });

  it("calls an unnamed asker 'the interviewer' and reads no turns without both a question and an answer", () => {
    const interview = attributedQuotesOf([
      "Junior Gaspard runs the club's business side.",
      "Q: How do you prioritize your day?",
      "A: I start with the people I manage.",
    ]);
    expect(interview.map((q) => q.speaker ?? q.speakerDescription)).toEqual([
      "the interviewer",
      "Junior Gaspard",
    ]);
    expect(attributedQuotesOf(["Junior Gaspard runs the business.", "A: Nothing more was said."])).toEqual(
      [],
    );
  });
});

describe("a ministry named by its kind", () => {
  it("keeps 'the interior ministry said' a description when the city in the dateline is known", () => {
    const quotes = attributedQuotesOf([
      "MARRAKECH, Morocco — A magnitude 6.8 earthquake killed at least 820 people in the historic city of Marrakech, the interior ministry said.",
    ]);
    expect(quotes.map((q) => [q.speaker, q.speakerDescription])).toEqual([[null, "the interior ministry"]]);
  });

  it("keeps 'the ministry' and 'the court' descriptions rather than give them a company named before", () => {
    const quotes = attributedQuotesOf([
      "Zorbex Holdings cut 300 jobs on Monday. At least 820 people were killed in the quake, the interior ministry said.",
      "The court said the case would resume in May.",
    ]);
    expect(quotes.map((q) => [q.speaker, q.speakerDescription])).toEqual([
      [null, "the interior ministry"],
      [null, "The court"],
    ]);
  });
});

describe("a sign's words", () => {
  it("reads the words on a placard as no one's speech and the report around them as the holder's", () => {
    const quotes = attributedQuotesOf([
      'A man in his sixties, holding a placard reading "No to the Russian law", said he had marched in 1989 too.',
      'John Smith, holding a banner that read "We will not go back to the past", said he came from Batumi.',
    ]);
    expect(quotes.map((q) => [q.kind, q.text, q.speaker ?? q.speakerDescription])).toEqual([
      ["indirect", "he had marched in 1989 too", "A man in his sixties"],
      ["indirect", "he came from Batumi", "John Smith"],
    ]);
  });
});

describe("a party's name before a post", () => {
  it("gives 'Liberal Democrat leader Ed Davey said' to Ed Davey, not to 'Democrat'", () => {
    const quotes = attributedQuotesOf([
      "Liberal Democrat leader Ed Davey said his party would force a vote on the issue.",
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(["Ed Davey"]);
  });
});

describe("a dated cue", () => {
  it("starts the reported clause after 'this week' or 'on Monday' when a pronoun follows", () => {
    const quotes = attributedQuotesOf([
      "Microsoft Corp said this week it would eliminate 10,000 jobs. Acme said on Monday it would close a plant. Bob Lane said this week was hard.",
    ]);
    expect(quotes.map((q) => q.text)).toEqual([
      "it would eliminate 10,000 jobs",
      "it would close a plant",
      "this week was hard",
    ]);
  });
});

describe("who an interview's intro says was interviewed", () => {
  it("takes the one spoken to by name as the interviewee, and 'as told to' names the interviewer", () => {
    const spokenTo = attributedQuotesOf([
      "Helen Marsh spoke to Maria Delgado about the pandemic years.",
      "Q: Where will you go?",
      "A: Australia, where my sister lives.",
    ]);
    expect(spokenTo.map((q) => q.speaker ?? q.speakerDescription)).toEqual([
      "the interviewer",
      "Maria Delgado",
    ]);
    const toldTo = attributedQuotesOf([
      "Maria Delgado is a nurse in London. As told to Helen Marsh.",
      "Q: Where will you go?",
      "A: Australia, where my sister lives.",
    ]);
    expect(toldTo.map((q) => q.speaker ?? q.speakerDescription)).toEqual(["Helen Marsh", "Maria Delgado"]);
  });
});

describe("a noun that is also a verb of saying", () => {
  it("reads 'the 10-year Treasury note dropped' as no report, while 'Goldman Sachs notes that' is one", () => {
    const quotes = attributedQuotesOf([
      "The yield on the 10-year Treasury note dropped below 4% for the first time since August. Goldman Sachs notes that demand is weak.",
    ]);
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([["demand is weak", "Goldman Sachs"]]);
  });
});

describe("a sentence opened by a brand in camel case", () => {
  it("ends the reported clause before 'eSafety Commissioner …'", () => {
    const quotes = attributedQuotesOf([
      "Meta, which owns Facebook, said the process had been rushed. eSafety Commissioner Julie Inman Grant will oversee enforcement.",
    ]);
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([["the process had been rushed", "Meta"]]);
  });
});

describe("a body named with where it is", () => {
  it("gives 'the National Hurricane Center in Miami said' to the centre and 'the US Embassy said' to the embassy, whose rating of “hazardous” is no quote", () => {
    const quotes = attributedQuotesOf([
      "The National Hurricane Center in Miami said the storm made landfall near Siesta Key.",
      "The US Embassy in New Delhi reported Wednesday that the air quality index reached 408, earning a rating of “hazardous.”",
      "Residents in New Delhi said they were afraid.",
    ]);
    expect(quotes.map((q) => [q.text, q.speaker ?? q.speakerDescription])).toEqual([
      ["the storm made landfall near Siesta Key", "National Hurricane Center"],
      ["the air quality index reached 408, earning a rating of “hazardous.”", "US Embassy"],
      ["they were afraid", "Residents in New Delhi"],
    ]);
  });
});

describe("reporting verbs around names and dates", () => {
  it("reads 'announced the removal … on May 29' as no report (the month is no modal) and skips a 'whom' clause to its subject", () => {
    const quotes = attributedQuotesOf([
      "Petrol prices have tripled since Bola Tinubu announced the removal in his inaugural speech on May 29.",
      "Monsignor Victor Manuel Fernandez, whom Francis appointed to head the Dicastery for the Doctrine of the Faith, said the text was clear.",
    ]);
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ["the text was clear", "Victor Manuel Fernandez"],
    ]);
  });
});
