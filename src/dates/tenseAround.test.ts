import { format, parseISO } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { tenseAround } from './tenseAround.ts';

const tense = (sentence: string, words: string) => {
  const start = sentence.indexOf(words);
  return tenseAround(sentence, start, start + words.length);
};

describe('tenseAround', () => {
  it('takes the tense of a date opening a sentence from that sentence, not the one before', () => {
    for (const before of ['runs', 'opens', 'owns', 'ran']) {
      const text = `The operator ${before} four terminals. On Tuesday, it filed a complaint.`;
      expect(tense(text, 'On Tuesday')).toBe('past');
    }
    expect(
      tense('The operator filed a complaint. On Tuesday, it opens a terminal.', 'On Tuesday'),
    ).toBe('future');
  });

  it('does not take a capital May within a sentence for the modal "may"', () => {
    expect(tense('Sales fell in May and June.', 'June')).toBe('past');
    expect(tense('Sales fell in May and in June.', 'June')).toBe('past');
    expect(tense('Elections may be held in June.', 'June')).toBe('future');
  });

  it('takes a capital May before a bare verb in a headline or mid-sentence for the modal "may"', () => {
    const published = { published: '2025-03-12', locale: 'en-US' } as const;
    const juneOf = (text: string) =>
      findMentions(text, published).find((m) => m.text.endsWith('June'))?.value;
    for (const text of [
      'Fed May Cut Rates in June, Officials Say',
      'Oil Prices May Rise Again in June',
      'The vote May come in June.',
      'Officials said prices May rise in June.',
    ]) {
      expect(tense(text, 'June'), text).toBe('future');
      expect(juneOf(text), text).toBe(juneOf(text.replace('May', 'may')));
    }
    expect(tense('Sales fell in May and June.', 'June')).toBe('past');
    expect(tense('Focus turned to May and June sales.', 'June')).toBe('past');
  });

  it('reads a date next to until, by or deadline as future', () => {
    expect(tense('Russia has until Friday to act.', 'Friday')).toBe('future');
    expect(tense('It must agree by 8/8.', '8/8')).toBe('future');
    expect(tense('Talks came two days before a Friday deadline.', 'Friday')).toBe('future');
  });

  it('reads a date after "until at least" as future, as after "until"', () => {
    const text = 'Schools will stay closed until at least the February half-term.';
    expect(tense(text, 'February')).toBe('future');
    expect(tense('The ban will run until at least Easter.', 'Easter')).toBe('future');
  });

  it('reads a date after "until at least" right after a past verb as past, as after "until"', () => {
    expect(tense('Protesters stayed until at least Tuesday.', 'Tuesday')).toBe('past');
    expect(tense('Engineers worked until at least 3am on Sunday.', '3am on Sunday')).toBe('past');
    expect(tense('The exhibition ran until at least January.', 'January')).toBe('past');
    expect(tense('The council extended the permit until at least Tuesday.', 'Tuesday')).toBe(
      'future',
    );
  });

  it('reads a date after "until" as past when a past verb and its object or place stand before it ("remained in office until")', () => {
    expect(tense('He remained in office until the end of August.', 'the end of August')).toBe(
      'past',
    );
    expect(tense('She ran the company until March.', 'March')).toBe('past');
    expect(tense('The minister stayed in post until Friday.', 'Friday')).toBe('past');
    // A verb that holds or moves a deadline, a plan, and an infinitive still look ahead.
    expect(tense('The court extended the ban until March.', 'March')).toBe('future');
    expect(tense('He agreed to stay until March.', 'March')).toBe('future');
    expect(tense('He will remain in office until March.', 'March')).toBe('future');
    expect(tense('The rebels said the truce holds until March.', 'March')).not.toBe('past');
  });

  it("reads the second of two weekdays joined by 'and' ('are closed on Thursday and Friday') in the tense of the first", () => {
    const text = 'Italian markets are closed on Thursday and Friday for the holiday.';
    expect(tense(text, 'Friday')).toBe(tense(text, 'Thursday'));
    expect(tense(text, 'Friday')).toBe('future');
    expect(tense('Markets were closed on Thursday and Friday.', 'Friday')).toBe('past');
    // Not two weekdays of one clause: each keeps its own verb.
    expect(tense('Talks ended on Monday, and the vote is on Friday.', 'Friday')).toBe('future');
  });

  it("reads the second of two months joined by 'and' ('sat out January and February are coming back') in the tense of the first", () => {
    const text = 'Buyers who sat out January and February are coming back.';
    expect(tense(text, 'February')).toBe('past');
    const mentions = findMentions(text, { published: '1991-05-21', locale: 'en-US' });
    expect(mentions.map((m) => [m.text, m.value])).toEqual([
      ['January', '1991-01'],
      ['February', '1991-02'],
    ]);
    // The pair in a relative clause, a modal after it the sentence's own.
    expect(tense('Buyers who sat out January and February will come back.', 'February')).toBe(
      'past',
    );
    // Not two months of one clause: each keeps its own verb.
    expect(tense('Sales fell in October, and prices will rise in February.', 'February')).toBe(
      'future',
    );
  });

  it("reads the second month as its own clause's when a modal or a singular verb follows it ('jumped in November and January will bring another rise')", () => {
    const at = { published: '2026-12-20', locale: 'en-US' } as const;
    expect(
      findMentions('Heating bills jumped in November and January will bring another rise.', at).map(
        (m) => [m.text, m.value],
      ),
    ).toEqual([
      ['November', '2026-11'],
      ['January', '2027-01'],
    ]);
    expect(tense('Sales fell in November and January is likely to be worse.', 'January')).toBe(
      'future',
    );
    expect(tense('Exports slumped in November and January should see a rebound.', 'January')).toBe(
      'future',
    );
    // A plural verb may have the pair as its subject: the pair keeps the first's tense.
    expect(
      tense('Prices rose in October and November are expected to be higher.', 'November'),
    ).toBe('past');
  });

  it('reads a date after "until" as still ahead when a past verb stops, holds or limits something up to it ("cancelled flights until April")', () => {
    expect(tense('The airline cancelled flights until April.', 'April')).not.toBe('past');
    expect(tense('The bank raised rates and kept them high until June.', 'June')).not.toBe('past');
    expect(tense('Regulators grounded the jets until March.', 'March')).not.toBe('past');
    expect(tense('The club capped ticket sales until May.', 'May')).not.toBe('past');
    // Near-misses: a verb that tells a deed or a state up to a date is still gone by.
    expect(tense('The airline flew the route until April.', 'April')).toBe('past');
    expect(tense('She ran the company until March.', 'March')).toBe('past');
  });

  it('reads a date that is the complement of a present "is" or "are" as coming', () => {
    expect(tense('The vote is on Sunday.', 'Sunday')).toBe('future');
    expect(tense('Kick-off is at 7.45pm on Saturday.', 'at 7.45pm on Saturday')).toBe('future');
    expect(tense('The two finals are Saturday and Sunday.', 'Saturday')).toBe('future');
    expect(tense('The concert was on Sunday.', 'Sunday')).toBe('past');
    expect(tense('It is Sunday’s attack that worries them most.', 'Sunday')).not.toBe('future');
  });

  it('reads a deadline missed, met or gone by as past', () => {
    expect(tense('Russia missed Friday’s deadline for a ceasefire.', 'Friday')).toBe('past');
    expect(tense('The union met the Tuesday deadline with hours to spare.', 'Tuesday')).toBe(
      'past',
    );
    expect(tense('The Friday deadline passed without a deal.', 'Friday')).toBe('past');
    expect(tense('The Monday ultimatum expired at midnight.', 'Monday')).toBe('past');
    expect(tense('Iran faces a Friday deadline.', 'Friday')).toBe('future');
    expect(tense('Iran will likely miss the Friday deadline.', 'Friday')).toBe('future');
  });

  it('lets the nearer cue decide between said and will', () => {
    expect(tense('Trump said on Wednesday that he will meet Putin.', 'Wednesday')).toBe('past');
    expect(tense('He said the envoy will travel on Monday.', 'Monday')).toBe('future');
  });

  it('does not take was or were before a plan for the past tense', () => {
    expect(
      tense(
        'Protesters planned a rally on Saturday and were planning to drive around the airport.',
        'Saturday',
      ),
    ).toBe('future');
    expect(tense('The vote on Tuesday was due to close the session.', 'Tuesday')).toBe('future');
    expect(tense('The vote on Tuesday was close.', 'Tuesday')).toBe('past');
  });

  it('does not take a "since" after the date, which names another time, for a past cue', () => {
    const text =
      'The Fed is expected to cut interest rates on Wednesday for the first time since 2008.';
    expect(tense(text, 'on Wednesday')).toBe('future');
    expect(tense('The bank will act on Thursday, its first move since March.', 'on Thursday')).toBe(
      'future',
    );
    expect(tense('Shares fell on Monday, the steepest drop since 2020.', 'on Monday')).toBe('past');
    expect(tense('Prices have risen since Monday.', 'Monday')).toBe('past');
  });

  it('says unknown when the sentence has no cue', () => {
    expect(tense('Prices on Monday.', 'Monday')).toBe('unknown');
  });

  it('does not look past the end of the sentence', () => {
    expect(tense('Talks ended on Monday. Next talks will follow.', 'Monday')).toBe('past');
  });

  it('reads the present tense of a scheduling verb as future, as news writes plans', () => {
    expect(tense('Apple reports earnings on Thursday.', 'Thursday')).toBe('future');
    expect(tense('Polls open on Thursday.', 'Thursday')).toBe('future');
    expect(tense('The console goes on sale in February.', 'February')).toBe('future');
    expect(tense('Voters head to the polls on Thursday.', 'Thursday')).toBe('future');
    expect(tense('The summit opens Monday.', 'Monday')).toBe('future');
  });

  it('reads "Fans travel to Madrid on Saturday", "The film is out on Friday" and "The bank holiday falls on Monday" as days to come: the present of a journey, a release or a holiday is a plan', () => {
    const published = { published: '2026-12-02', locale: 'en-GB' } as const;
    const value = (text: string) => findMentions(text, published).at(-1)?.value;
    expect(value('Fans travel to Madrid on Saturday.')).toBe('2026-12-05');
    expect(value('The team flies out Sunday.')).toBe('2026-12-06');
    expect(value('The squad fly to Lisbon on Monday.')).toBe('2026-12-07');
    expect(value('The film is out on Friday.')).toBe('2026-12-04');
    expect(value('The bank holiday falls on Monday.')).toBe('2026-12-07');
    // Near misses: the same in the past, a price or snow that falls, a man out on bail, a caption.
    expect(value('Fans travelled to Madrid on Saturday.')).toBe('2026-11-28');
    expect(value('The team flew out Sunday.')).toBe('2026-11-29');
    expect(value('The film was out on Friday.')).toBe('2026-11-27');
    expect(value('Oil falls on Monday.')).toBe('2026-11-30');
    expect(value('He is out on bail after his arrest on Friday.')).toBe('2026-11-27');
    expect(value('Air travel to Spain was halted on Sunday.')).toBe('2026-11-29');
  });

  it('reads "Shares fly on Monday after the results" as the day gone by: a bare "fly" with nowhere to go is a market that jumped', () => {
    const published = { published: '2026-12-02', locale: 'en-GB' } as const;
    const value = (text: string) => findMentions(text, published).at(-1)?.value;
    expect(value('Shares fly on Monday after the results.')).toBe('2026-11-30');
    // Near misses: a journey with where it goes, or "home", is still a plan.
    expect(value('Hamilton flies to Abu Dhabi on Sunday for the final race.')).toBe('2026-12-06');
    expect(value('Thousands travel home on Sunday after the storm.')).toBe('2026-12-06');
  });

  it('reads "Voters go to the polls on Thursday" as future, as "head to the polls" is', () => {
    expect(tense('Voters go to the polls on Thursday.', 'Thursday')).toBe('future');
    expect(tense('Voters went to the polls on Thursday.', 'Thursday')).toBe('past');
    expect(tense('They did not want to go to the polls on Thursday.', 'Thursday')).toBe('past');
  });

  it('keeps the past tense of the same verbs, and said, as past', () => {
    expect(tense('Polls opened on Thursday.', 'Thursday')).toBe('past');
    expect(tense('The summit opened Monday.', 'Monday')).toBe('past');
    expect(tense('The company said on Thursday it had cut jobs.', 'Thursday')).toBe('past');
    expect(tense('Officials say the talks began on Monday.', 'Monday')).toBe('past');
  });

  it("reads 'Leeds face Chelsea at Elland Road on Saturday' as a fixture to come", () => {
    expect(tense('Leeds face Chelsea at Elland Road on Saturday.', 'Saturday')).toBe('future');
    expect(tense('The Lakers host the Celtics on Friday.', 'Friday')).toBe('future');
    expect(tense('The two sides play each other on Wednesday.', 'Wednesday')).toBe('future');
  });

  it("reads 'The Lakers meet the Jazz on Sunday' and 'The Jets visit Miami on Sunday' as fixtures to come, but not a meeting after 'did not'", () => {
    expect(tense('The Lakers meet the Jazz on Sunday.', 'Sunday')).toBe('future');
    expect(tense('The Jets visit Miami on Sunday.', 'Sunday')).toBe('future');
    expect(tense('He did not meet Arafat on Sunday.', 'Sunday')).toBe('past');
    expect(tense('The Lakers met the Jazz on Sunday.', 'Sunday')).toBe('past');
  });

  it("keeps the Sunday gone by in a question's 'Did Barak meet Arafat on Sunday?'", () => {
    // A Wednesday: the Sunday gone by is the 5th, the one ahead the 12th.
    const published = { published: '1999-09-08', locale: 'en-US' } as const;
    const value = (text: string) => findMentions(text, published).at(-1)?.value;
    expect(value('Did Barak meet Arafat on Sunday?')).toBe('1999-09-05');
    expect(value('Did the Lakers meet the Jazz on Sunday?')).toBe('1999-09-05');
    expect(value('The Lakers meet the Jazz on Sunday.')).toBe('1999-09-12');
  });

  it("keeps the Sunday gone by in 'Barak wanted to meet Arafat on Sunday': no fixture after 'to'", () => {
    const published = { published: '1999-09-08', locale: 'en-US' } as const;
    const value = (text: string) => findMentions(text, published).at(-1)?.value;
    expect(value('Barak wanted to meet Arafat on Sunday.')).toBe('1999-09-05');
  });

  it("reads 'Villa face PSG in Paris in the second leg on Tuesday' as a fixture to come: the ground and the round may stand between the opponent and the day", () => {
    const published = { published: '2026-11-29', locale: 'en-GB' } as const;
    const value = (text: string) => findMentions(text, published).at(-1)?.value;
    expect(value('Villa face PSG in Paris in the second leg on Tuesday.')).toBe('2026-12-01');
    expect(value('Celtic host Bayern at Parkhead in their final group game on Wednesday.')).toBe(
      '2026-12-02',
    );
    // Near misses: the same fixture told in the past, a past verb nearer the day, and no fixture.
    expect(value('Villa faced PSG in Paris in the second leg on Tuesday.')).toBe('2026-11-24');
    expect(value('Villa face PSG after a draw that was settled in Paris on Tuesday.')).toBe(
      '2026-11-24',
    );
    expect(value('Workers face charges over a riot at the plant in Leeds on Tuesday.')).toBe(
      '2026-11-24',
    );
  });

  it('keeps a fixture told in the past, or face and play as nouns, as past', () => {
    expect(tense('Leeds faced Chelsea at Elland Road on Saturday.', 'Saturday')).toBe('past');
    expect(tense('The play closed on Friday.', 'Friday')).toBe('past');
    expect(tense('Her face was badly bruised on Friday.', 'Friday')).toBe('past');
    expect(tense('Workers face charges over the riot on Saturday, police said.', 'Saturday')).toBe(
      'past',
    );
  });

  it('does not take a plural noun or an adjective for a present-tense verb', () => {
    expect(tense('The head of the agency resigned on Monday.', 'Monday')).toBe('past');
    expect(tense('An open letter was published on Monday.', 'Monday')).toBe('past');
  });

  it('reads a date before the vote or summit it names by the sentence when the news came after it', () => {
    expect(tense('The day after the March 3 vote, the council met.', 'March 3')).toBe('past');
    expect(tense('After the Feb. 20 summit, leaders left.', 'Feb. 20')).toBe('past');
    expect(tense('Leaders will meet after the March 10 vote.', 'March 10')).toBe('future');
    expect(tense('Parties campaigned ahead of the March 10 vote.', 'March 10')).toBe('future');
  });

  it('reads the word after a date that describes it as a noun, not a plan: "the March 3 vote"', () => {
    expect(tense('He resigned after the March 3 vote.', 'March 3')).toBe('past');
    expect(tense('Shares rose after the Tuesday close.', 'Tuesday')).toBe('past');
    expect(tense('Voters head to the polls on Thursday.', 'Thursday')).toBe('future');
  });

  it('reads a vote or summit named by its day as past when its own clause tells it in the past', () => {
    expect(tense('Turnout was low in the Sunday vote.', 'Sunday')).toBe('past');
    expect(tense('Leaders clashed at the Friday summit.', 'Friday')).toBe('past');
  });

  it('keeps a vote named by its day ahead when its clause is future or only reported', () => {
    expect(tense('Turnout will be low in the Sunday vote.', 'Sunday')).toBe('future');
    expect(tense('Officials said the Sunday vote would be free.', 'Sunday')).toBe('future');
    expect(tense('Parties campaigned ahead of the Sunday vote.', 'Sunday')).toBe('future');
  });

  it('reads a vote named by its day as awaited after "before", whatever the tense', () => {
    expect(tense('Campaigning ended Friday before the Sunday vote.', 'Sunday')).toBe('future');
    expect(tense('Candidates made final appeals before the Sunday vote.', 'Sunday')).toBe('future');
    expect(tense('Leaders clashed shortly before the Friday summit.', 'Friday')).toBe('future');
  });

  it('does not take the end of a clause for the end of a sentence', () => {
    expect(
      tense("Parliament's March 3 return, the first in months, went quietly.", 'March 3'),
    ).toBe('past');
  });

  it('reads "open" after was or were as an adjective in a past sentence', () => {
    expect(tense('Polls were open on Monday.', 'Monday')).toBe('past');
    expect(tense('Polls were still open on Monday.', 'Monday')).toBe('past');
    expect(tense('The store is open on Sunday.', 'Sunday')).toBe('future');
  });

  it('reads an irregular past that the closed list lacks as past, as the tagger knows it', () => {
    expect(tense('The minister underwent surgery on Tuesday.', 'Tuesday')).toBe('past');
    expect(tense('The court upheld the ruling on Monday.', 'Monday')).toBe('past');
    expect(tense('The choir sang at the cathedral on Sunday.', 'Sunday')).toBe('past');
  });

  it('reads a present perfect with an irregular participle as past', () => {
    expect(tense('Turnout has risen sharply in March.', 'March')).toBe('past');
    expect(tense('The envoy has flown home from Moscow this week.', 'this week')).toBe('past');
    expect(tense('The index has fallen 2% this year through Friday.', 'Friday')).toBe('past');
  });

  it('does not read a verb after a modal or "to" as past, though its past is its present', () => {
    expect(tense('The firm said it would cut the workforce in July.', 'July')).toBe('future');
    expect(tense('The airline hopes to shut the route in July.', 'July')).toBe('future');
    expect(tense('The airline shut the route in July.', 'July')).toBe('past');
  });

  it('does not read a headline of a move "to" a level or a place as a plan', () => {
    for (const [sentence, date] of [
      ['Pound falls to two-week low on Monday', 'Monday'],
      ['Gold edges to record high on Monday', 'Monday'],
      ['Dollar slips to three-month low against yen on Friday', 'Friday'],
      ['Back to the office on Monday', 'Monday'],
      ['Return to normal on Monday', 'Monday'],
    ])
      expect(tense(sentence!, date!), sentence).not.toBe('future');
  });

  it('reads a headline plan from the first "to" with a verb after its subject', () => {
    expect(tense('Union to put offer to members on Friday', 'Friday')).toBe(
      tense('Minister to visit Kyiv on Friday', 'Friday'),
    );
    expect(tense('Union to put offer to members on Friday', 'Friday')).toBe('future');
  });

  it('reads a headline of a subject and "to", or of a thing "due", as a plan', () => {
    expect(tense('Rail workers to strike on Thursday', 'Thursday')).toBe('future');
    expect(tense('Jobs figures due on Thursday', 'Thursday')).toBe('future');
    expect(tense('Stocks slide to new low on Thursday', 'Thursday')).not.toBe('future');
    expect(tense('The rent was due on Thursday.', 'Thursday')).not.toBe('future');
  });

  it('reads a headline plan whose one-word subject the tagger takes for a verb', () => {
    for (const [sentence, date] of [
      ['Fed to cut rates on Friday', 'Friday'],
      ['Man to face trial in June', 'June'],
      ['Fed to hold rates steady on Wednesday', 'Wednesday'],
    ])
      expect(tense(sentence!, date!), sentence).toBe('future');
    expect(tense('Fed up with delays, workers struck on Friday', 'Friday')).not.toBe('future');
  });

  it('reads "Embed to leave on Friday", said on 11 March 2026, as a plan: "Embed" is no past of one word', () => {
    // Was past (2026-03-06): "embed" was taken for a past form opening the headline.
    expect(tense('Embed to leave on Friday', 'Friday')).toBe('future');
    const published = { published: '2026-03-11', locale: 'en-US' } as const;
    expect(findMentions('Embed to leave on Friday', published).map((m) => m.value)).toEqual([
      '2026-03-13',
    ]);
    // Guard: a past of one word still opens no plan ("Returned to work on Friday").
    expect(tense('Returned to work on Friday', 'Friday')).not.toBe('future');
  });

  it('reads no plan in a headline that opens with a past verb and "to"', () => {
    for (const [sentence, date] of [
      ['Returned to work on Monday', 'Monday'],
      ['Forced to quit in January', 'January'],
      ['Chose to stay on Monday', 'Monday'],
      ['Told to leave in June', 'June'],
      ['Hospitalized to treat injuries on Sunday', 'Sunday'],
    ])
      expect(tense(sentence!, date!), sentence).not.toBe('future');
  });

  it("reads weren't and wasn't as past", () => {
    expect(tense("Officials weren't available to comment on Friday.", 'Friday')).toBe('past');
    expect(tense("The mayor wasn't in town on Friday.", 'Friday')).toBe('past');
  });

  it('does not take a tagged participle after a form of be or an article for a past tense', () => {
    expect(tense('The award will be given on Friday.', 'Friday')).toBe('future');
    expect(tense('Crowds mourn the fallen miners on Sunday.', 'Sunday')).toBe('unknown');
  });
});

describe('tenseAround: words next to the date', () => {
  it('reads "effective" and "through" before a date as a plan', () => {
    expect(tense('U.S. Trust created an office of the chairman, effective Feb. 1.', 'Feb. 1')).toBe(
      'future',
    );
    expect(tense('The bank extended loans through January.', 'January')).toBe('future');
  });

  it('reads "from" a date after a past verb as the start of what it tells, gone by', () => {
    expect(tense('Pilgrims gathered from Tuesday at the shrine.', 'Tuesday')).toBe('past');
    expect(tense('Parking is restricted from Tuesday.', 'Tuesday')).toBe('future');
    expect(tense('The new timetable runs from Tuesday.', 'Tuesday')).toBe('future');
  });

  it('reads "until" a date after a past verb as the end of what it tells, unless it holds a deadline', () => {
    expect(tense('The truce lasted until Tuesday, when shelling resumed.', 'Tuesday')).toBe('past');
    expect(tense('The council extended the permit until Tuesday.', 'Tuesday')).toBe('future');
    expect(tense('The shop stays open until Tuesday.', 'Tuesday')).toBe('future');
  });

  it('reads "until" or "from" a date after a state a participle describes as ahead, unless the state is past', () => {
    for (const [sentence, date] of [
      ['The border will remain sealed until Monday.', 'Monday'],
      ['The border remains sealed until Monday.', 'Monday'],
      ['The shop will stay shuttered until Monday.', 'Monday'],
      ['The road is expected to stay blocked until Monday.', 'Monday'],
      ['Parking remains restricted from Monday.', 'Monday'],
      ['Parking becomes restricted from Monday.', 'Monday'],
      ['The park stays closed from Monday.', 'Monday'],
      ['The rule gets enforced from Monday.', 'Monday'],
      ['He remains jailed until Friday.', 'Friday'],
      ['The firm remains unlicensed until June.', 'June'],
      ['The port keeps goods blocked until June.', 'June'],
    ])
      expect(tense(sentence!, date!), sentence).toBe('future');
    expect(tense('The border remained sealed until Monday, when it reopened.', 'Monday')).toBe(
      'past',
    );
  });

  it('reads "until" a date after a past verb of custody as the end of a term still to come', () => {
    for (const sentence of [
      'The suspect was remanded until Friday.',
      'He was bailed until Friday.',
      'The men were detained until Friday.',
      'The case was held over until Friday.',
    ])
      expect(tense(sentence, 'Friday'), sentence).toBe('future');
  });

  it('reads "from" a date after took effect or took place as gone by, as after a past verb', () => {
    expect(tense('The new rules took effect from Monday.', 'Monday')).toBe(
      tense('The new rules applied from Monday.', 'Monday'),
    );
    expect(tense('The new rules took effect from Monday.', 'Monday')).toBe('past');
    expect(tense('The new rules take effect from Monday.', 'Monday')).toBe('future');
  });

  it('reads "due" as a plan only right before the date of a sentence with no other tense', () => {
    for (const [sentence, date] of [
      ['The payment, due on Monday, was never made.', 'Monday'],
      ['The flight, due at 9am on Monday, landed three hours late.', 'at 9am on Monday'],
      ['The figures, due on Thursday, showed a slowdown.', 'Thursday'],
      ['The loan came due on Friday.', 'Friday'],
      ['The loan fell due on Friday.', 'Friday'],
    ])
      expect(tense(sentence!, date!), sentence).toBe('past');
    expect(tense('Election results due Monday', 'Monday')).toBe('future');
  });

  it('reads a present passive of scheduling before the date as a plan', () => {
    expect(tense('He said he would not go if the case is heard in May.', 'May')).toBe('future');
  });

  it('reads "through" a date in a past clause as the end of a stretch gone by', () => {
    expect(tense('Sales were flat in the year through August.', 'August')).toBe('past');
    expect(tense('Withdrawals followed little change this year through August.', 'August')).toBe(
      'past',
    );
  });

  it('reads "before" a date in a past clause as a time gone by', () => {
    expect(tense('Police were called shortly before 3 a.m. Sunday.', '3 a.m. Sunday')).toBe('past');
    expect(tense('He must decide before Friday.', 'Friday')).toBe('future');
    expect(tense('Talks came two days before a Friday deadline.', 'Friday')).toBe('future');
  });

  it.each([
    ['Before the weekend, traders sold stocks.', 'the weekend'],
    ['Before Friday, the fire had been brought under control.', 'Friday'],
    ['Through March, sales fell every week.', 'March'],
    ['Before Monday, few people knew his name.', 'Monday'],
  ])(
    'reads "before" or "through" a date opening %j, its main clause past, as gone by',
    (text, words) => {
      expect(tense(text, words)).toBe('past');
    },
  );

  it.each([
    ['Before the weekend, traders will sell stocks.', 'the weekend'],
    ['Before Friday, Iran must comply, he said.', 'Friday'],
    ['Through March, the show runs daily.', 'March'],
    ['Before Friday, the offices were closed through March.', 'March'],
  ])(
    'keeps "before" or "through" a date ahead in %j, its main clause not past or a deadline held',
    (text, words) => {
      expect(tense(text, words)).toBe('future');
    },
  );

  it('keeps "before" and "through" ahead after an instruction given in a past sentence', () => {
    expect(tense('Residents were told to leave before Friday.', 'Friday')).toBe('future');
    expect(tense('Officials warned residents to stay indoors through Sunday.', 'Sunday')).toBe(
      'future',
    );
  });

  it('lets a verb that holds a deadline look ahead only through a date, not before it', () => {
    expect(tense('The airport was closed shortly before 3 a.m. Sunday.', '3 a.m. Sunday')).toBe(
      'past',
    );
    expect(tense('The airport was closed through Sunday.', 'Sunday')).toBe('future');
  });

  it('keeps "through" ahead after a past verb that moves or holds a deadline', () => {
    expect(tense('The offer was extended through Friday.', 'Friday')).toBe('future');
    expect(tense('The museum is closed through March.', 'March')).toBe('future');
    expect(tense('The show runs through March.', 'March')).toBe('future');
  });
});

describe('tenseAround: the past perfect and infinitives', () => {
  it('reads a past perfect near the date as past, over until, by and due', () => {
    expect(tense('Until Thursday, they had not called him a suspect.', 'Thursday')).toBe('past');
    expect(tense('Members had filed their reports by Wednesday.', 'Wednesday')).toBe('past');
    expect(tense('The offer had been due to expire Friday evening.', 'Friday')).toBe('past');
  });

  it('reads a date after a past perfect and then "would" and a verb as ahead', () => {
    expect(
      tense(
        'The council said it had opened a review and would decide by mid-June whether to act.',
        'mid-June',
      ),
    ).toBe('future');
    expect(
      tense('The agency had cut its forecast and would review it again in March.', 'March'),
    ).toBe('future');
  });

  it('keeps a date after a past perfect and a modal in what was hoped or warned past', () => {
    expect(tense('Officials had hoped talks would end in April.', 'April')).toBe('past');
    expect(tense('Officials had warned the bridge could close in March.', 'March')).toBe('past');
  });

  it('keeps a date right after a past perfect with no modal between them past', () => {
    expect(tense('The council said it had decided by mid-June to act.', 'mid-June')).toBe('past');
    expect(tense('He had said he would resign, and had left by March.', 'March')).toBe('past');
  });

  it('leaves a past perfect far off in a relative clause out of the date', () => {
    expect(
      tense(
        'The sale, which had been expected, is part of a program to pay down a bridge loan of the bank by February.',
        'February',
      ),
    ).toBe('future');
  });

  it('does not read an infinitive of a scheduling verb as the present tense', () => {
    expect(tense('Shares fell 50 cents on Friday to close at $20.', 'Friday')).toBe('past');
  });

  it('reads a scheduling verb with an adverb before the date as a plan', () => {
    expect(tense('The two leaders meet separately Monday with the envoy.', 'Monday')).toBe(
      'future',
    );
  });

  it('does not read an adjective made from a participle as the past tense', () => {
    expect(tense('It would be paid on a still unspecified date in January.', 'January')).toBe(
      'future',
    );
  });

  it('reads slated and planning for as plans', () => {
    expect(
      tense('They spoke about the slated visit of the secretary in September.', 'September'),
    ).toBe('future');
    expect(tense('They can take part in planning for the summit in April.', 'April')).toBe(
      'future',
    );
  });

  it('reads common irregular past tenses such as became and brought as past', () => {
    expect(tense('Officials over the weekend became more open.', 'the weekend')).toBe('past');
    expect(tense('The storm on Friday brought floods.', 'Friday')).toBe('past');
  });
});

describe('tenseAround: reporting verbs, abbreviations and adjectives', () => {
  it('lets the quoted sentence’s own verb decide over a said outside the quote', () => {
    expect(tense("''The father will leave at dawn on Thursday,'' Castro said.", 'Thursday')).toBe(
      'future',
    );
    expect(
      tense('The envoy will visit on Thursday and stay a week, an aide said.', 'Thursday'),
    ).toBe('future');
  });

  it('still dates the saying by a said next to the date', () => {
    expect(tense('He will not resign, the minister said Friday.', 'Friday')).toBe('past');
    expect(
      tense('The firm said that at the close of business Thursday it held 12%.', 'Thursday'),
    ).toBe('past');
  });

  it('dates the saying when the date stands between a said and the clause it reports', () => {
    expect(
      tense('The union said in a letter on Monday that members would strike in June.', 'Monday'),
    ).toBe('past');
    expect(
      tense('She told a news conference on Friday she will run for the seat again.', 'Friday'),
    ).toBe('past');
    expect(
      tense('The ministry told reporters at a briefing on Monday it will reopen.', 'Monday'),
    ).toBe('past');
    expect(
      tense(
        'The minister announced at the summit on Tuesday that the plant will close.',
        'Tuesday',
      ),
    ).toBe('past');
  });

  it('leaves a date after "that", "whether" or "if" to the reported clause it opens', () => {
    expect(
      tense('The spokesman said that on Friday he would announce the results.', 'Friday'),
    ).toBe('future');
    expect(tense('She told them that from Monday it will charge for bags.', 'Monday')).toBe(
      'future',
    );
    expect(tense('He asked whether on Sunday they would vote.', 'Sunday')).toBe('future');
  });

  it('keeps a date after "is" ahead when an "as" or "while" clause, or a "when" clause with its own year, follows', () => {
    expect(tense('The final is Sunday, as organisers confirmed on Tuesday.', 'Sunday')).toBe(
      'future',
    );
    expect(
      tense('The match is on Sunday, while the semi-final was played on Wednesday.', 'Sunday'),
    ).toBe('future');
    expect(tense('The anniversary is Monday, when 40 people died in 2015.', 'Monday')).toBe(
      'future',
    );
  });

  it('reads "over" or "during" after a present passive as a plan only after a verb of staging', () => {
    expect(tense('Two men are arrested over the Monday attack.', 'Monday')).not.toBe('future');
    expect(tense('The games are played over the weekend.', 'weekend')).toBe('future');
  });

  it('lets a past clause after the date outweigh a present "is" before it', () => {
    expect(tense('The deadliest day so far is Monday, when 40 people died.', 'Monday')).toBe(
      'past',
    );
    expect(tense('The exception is Sunday, when the market was closed.', 'Sunday')).toBe('past');
    expect(tense('The vote is on Sunday, when polls open at 8 a.m.', 'Sunday')).toBe('future');
  });

  it('leaves a date inside the reported clause, or beyond a quote, to that clause', () => {
    expect(tense('The union said members would strike on Monday that week.', 'Monday')).toBe(
      'future',
    );
    expect(tense("He said ''the talks on Monday that we plan will go ahead''.", 'Monday')).toBe(
      'future',
    );
  });

  it('counts a said far from the date when nothing else in the sentence gives a tense', () => {
    expect(
      tense('On Thursday the talks, for their part, were calm, an aide said.', 'Thursday'),
    ).toBe('past');
    expect(tense('Prices on Monday, the report said.', 'Monday')).toBe('past');
  });

  it('does not end the sentence at a.m., U.S. or an initial', () => {
    expect(tense('The father will leave at 4 a.m. EDT Thursday.', 'Thursday')).toBe('future');
    expect(tense('He will succeed Daniel P. Davison Feb. 1.', 'Feb. 1')).toBe('future');
  });

  it('reads an adverb and participle between an article and its noun as an adjective', () => {
    expect(
      tense(
        'On Friday, when she set aside plans for the hastily planned trip, officials lifted a warning.',
        'Friday',
      ),
    ).toBe('past');
  });

  it('reads tore as past and succeed as not past', () => {
    expect(
      tense('The bullet could not be stopped and tore into his back Friday night.', 'Friday'),
    ).toBe('past');
    expect(tense('He will succeed her on Monday.', 'Monday')).toBe('future');
  });
});

describe('tenseAround: a participle after a preposition', () => {
  it("reads 'would write to unvaccinated children in May' as ahead: a participle after a preposition is an adjective", () => {
    expect(tense('The agency said it would write to unvaccinated children in May.', 'May')).toBe(
      'future',
    );
    expect(tense('Officials said the fund would pay for injured workers in June.', 'June')).toBe(
      'future',
    );
    expect(
      tense('The council said it would send help to displaced families on Friday.', 'Friday'),
    ).toBe('future');
  });

  it('keeps a past verb after a plain subject, and a participle after a determiner, as they were', () => {
    expect(tense('The agency wrote to parents and vaccinated children in May.', 'May')).toBe(
      'past',
    );
    expect(tense('Officials said the fund paid injured workers in June.', 'June')).toBe('past');
    expect(
      tense('The council said it would help the displaced families on Friday.', 'Friday'),
    ).toBe('future');
  });
});

describe('tenseAround: comparisons', () => {
  it('does not read down from or up from a date as a plan', () => {
    expect(tense('Oil prices have come down from the middle of October.', 'October')).toBe(
      'unknown',
    );
    expect(tense('Sales were up from September.', 'September')).toBe('past');
    expect(tense('The rules apply from Monday.', 'Monday')).toBe('future');
  });
});

describe('tenseAround: decisions to act', () => {
  it('reads a decision to act as looking forward, though its verb is past', () => {
    expect(tense('NATO has decided to admit Poland in early March.', 'March')).toBe('future');
    expect(tense('The two sides agreed to meet on Tuesday.', 'Tuesday')).toBe('future');
  });

  it('keeps agreed to a noun as past', () => {
    expect(tense('Reno agreed to a meeting on Tuesday.', 'Tuesday')).toBe('past');
  });

  it("reads 'said it hoped to reopen the line on Friday' as looking forward, as 'hopes to' does", () => {
    expect(tense('SNCF said it hoped to reopen the line on Friday.', 'Friday')).toBe('future');
    expect(tense('The minister said he intended to visit the towns on Friday.', 'Friday')).toBe(
      'future',
    );
    expect(tense('The league aimed to finish the season in June.', 'June')).toBe('future');
    const found = findMentions('SNCF said it hoped to reopen the line on Friday.', {
      published: '2003-01-02',
      locale: 'en-US',
    });
    expect(found).toEqual([expect.objectContaining({ text: 'on Friday', value: '2003-01-03' })]);
  });

  it("keeps a hope given up ('had hoped to win in May') and a hope for a noun as past", () => {
    expect(tense('He had hoped to win the cup in May.', 'May')).toBe('past');
    expect(tense('He hoped for a win on Friday.', 'Friday')).toBe('past');
  });

  it("reads 'voted on Monday to resume talks in early February' as looking forward from the vote", () => {
    expect(tense('The union voted on Monday to resume talks in early February.', 'February')).toBe(
      'future',
    );
    expect(tense('Ministers decided last week to reopen the border in March.', 'March')).toBe(
      'future',
    );
    expect(tense('The board agreed Thursday to sell the stadium in April.', 'April')).toBe(
      'future',
    );
  });

  it('keeps the day between the decision and its infinitive as past', () => {
    expect(tense('The union voted on Monday to resume talks in early February.', 'Monday')).toBe(
      'past',
    );
  });

  it('keeps a decision with a day between and a noun after it as past', () => {
    expect(tense('The union agreed on Monday to a pay deal struck in March.', 'March')).toBe(
      'past',
    );
    expect(tense('The union met on Monday to discuss the strike in March.', 'March')).toBe('past');
  });
});

describe('tenseAround: reporting verbs as a class', () => {
  it('lets any reporting verb outside the quote give way to the quoted verb', () => {
    for (const verb of ['said', 'announced', 'reported', 'insisted', 'declared', 'wrote']) {
      expect(tense(`"The plant will reopen on Monday," the mayor ${verb}.`, 'Monday')).toBe(
        'future',
      );
    }
  });

  it('dates the saying with a reporting verb next to the date', () => {
    expect(tense('The ministry announced on Monday that prices will rise.', 'Monday')).toBe('past');
    expect(tense('Officials on Monday reported that the road will close.', 'Monday')).toBe('past');
  });

  it('lets a reporting verb after an opening date date the sentence', () => {
    expect(tense('In March, the club announced plans to build a stadium.', 'March')).toBe('past');
  });

  it('does not let a saying date an opening phrase of what lies ahead of it', () => {
    for (const [sentence, date] of [
      ['Ahead of the vote on Friday, the minister said he would resign.', 'Friday'],
      ['Before the match on Saturday, the coach said his team would win.', 'Saturday'],
      [
        'Despite the rain forecast for Saturday, organisers said the fair would go ahead.',
        'Saturday',
      ],
      [
        'Following the storm forecast for Saturday, organisers said the fair would not go ahead.',
        'Saturday',
      ],
    ])
      expect(tense(sentence!, date!), sentence).not.toBe('past');
  });

  it('lets a saying date a phrase with no verb that opens the sentence before it', () => {
    const opened = 'After the match on Sunday, the coach said the team would recover.';
    expect(tense(opened, 'Sunday')).toBe('past');
    expect(tense('After the match on Sunday, the team will rest.', 'Sunday')).toBe('future');
  });

  it('does not let a reporting tag after a comma outweigh the plan before it', () => {
    expect(
      tense('The league has decided to expand in early April, a spokeswoman said.', 'April'),
    ).toBe('future');
  });
});

describe('tenseAround: scheduling verbs that are nouns', () => {
  it('does not read a scheduling word after an article or a possessive as a plan', () => {
    expect(tense('She resigned after the vote on May 3.', 'May 3')).toBe('past');
    expect(tense('Analysts pored over its reports on Monday.', 'Monday')).toBe('past');
  });

  it('still reads the bare plural before a date as a plan', () => {
    expect(tense('Voters vote on Sunday.', 'Sunday')).toBe('future');
  });
});

describe('tenseAround: the clause of the date', () => {
  it('reads a date by the verb of its own clause before the rest of the sentence', () => {
    expect(
      tense('The bill, which cleared the Senate on Monday, goes to the House.', 'Monday'),
    ).toBe('past');
    expect(tense('Talks broke down on Tuesday, and will resume on Friday.', 'Friday')).toBe(
      'future',
    );
    expect(tense('Talks broke down on Tuesday, and will resume on Friday.', 'Tuesday')).toBe(
      'past',
    );
  });

  it('reads a date by the verb of its own conjunct, not by a verb of another tense joined by and', () => {
    const joined = 'The council approved the budget on Tuesday and goes into recess next week.';
    expect(tense(joined, 'Tuesday')).toBe('past');
    expect(tense('The team lost at home late Sunday and now travels to Leeds.', 'Sunday')).toBe(
      'past',
    );
    expect(tense('The ferry left port on Friday but returns in a month.', 'Friday')).toBe('past');
  });

  it('reads a date whose conjunct opens with a present verb after and as a plan, whatever the verb', () => {
    expect(tense('The court adjourned on Friday and reconvenes on Monday.', 'on Monday')).toBe(
      'future',
    );
    expect(tense('He was injured on Saturday and misses the game on Sunday.', 'on Sunday')).toBe(
      'future',
    );
    expect(tense('She was elected in March and takes office in June.', 'June')).toBe('future');
    expect(tense('She was elected in March and takes office in June.', 'March')).toBe('past');
    expect(tense('He was arrested on Friday and has been in custody since.', 'Friday')).toBe(
      'past',
    );
  });

  it('keeps a plan dated by its own verb when a past clause follows after a subordinator', () => {
    expect(
      tense('The budget goes to the mayor on Thursday after it cleared the council.', 'Thursday'),
    ).toBe('future');
    expect(
      tense('The team travels to Leeds on Sunday because it lost at home last week.', 'Sunday'),
    ).toBe('future');
  });

  it('reads a present passive in a clause under a future main clause as looking ahead, not past', () => {
    for (const date of ['on Friday', 'Friday'])
      expect(tense('He will step down once a successor is named on Friday.', date), date).toBe(
        'future',
      );
    expect(
      tense('The law will apply as soon as the decree is published on Monday.', 'on Monday'),
    ).toBe('future');
    expect(tense('He stepped down once a successor was named on Friday.', 'on Friday')).toBe(
      'past',
    );
  });

  it('does not split a sentence at and between two nouns or two days, nor after a said', () => {
    expect(tense('Talks with unions and employers resumed on Monday.', 'Monday')).toBe('past');
    expect(tense('The office opens on Monday and Tuesday.', 'Monday')).toBe('future');
    expect(tense('The minister said on Friday it will raise the tax.', 'Friday')).toBe('past');
  });

  it('keeps a date set ahead after "and" and a past of a verb other than a past perfect ahead', () => {
    const text = 'Officials met on Monday and set Friday as the deadline.';
    expect(tense(text, 'Friday')).not.toBe('past');
    expect(tense(text, 'Monday')).toBe('past');
  });

  it('gives a verb such as set, whose past is its present, the tense of the verb before its and', () => {
    const ruled =
      'The panel had found that the ship must be released, and set Monday as the deadline.';
    expect(tense(ruled, 'Monday')).toBe('past');
    expect(tense('The mayor spoke to the press, and cut the ribbon on Monday.', 'Monday')).toBe(
      'past',
    );
    expect(
      tense('The panel will meet in the morning and set Monday as the deadline.', 'Monday'),
    ).toBe('future');
    expect(tense('The panel meets today and sets Monday as the deadline.', 'Monday')).toBe(
      'future',
    );
  });

  it('keeps a date with this, next or coming opening the sentence before "planned" ahead', () => {
    for (const words of ['This Friday', 'Friday']) {
      const text = 'This Friday, the council planned to vote on the budget.';
      expect(tense(text, words), words).not.toBe('past');
    }
    expect(tense('Next Friday, the council planned to vote on the budget.', 'Friday')).not.toBe(
      'past',
    );
  });

  it('reads a date opening the sentence before a past "planned" or "expected" as that past', () => {
    expect(tense('On Tuesday, the ministry planned to release the figures.', 'Tuesday')).toBe(
      'past',
    );
    expect(tense('On Tuesday, the miners expected to reach the surface.', 'Tuesday')).toBe('past');
    expect(tense('On Tuesday, the ministry plans to release the figures.', 'Tuesday')).toBe(
      'future',
    );
    expect(tense('On Tuesday, the ministry was planning to release the figures.', 'Tuesday')).toBe(
      'future',
    );
    expect(tense('On Tuesday, a vote scheduled for May will decide it.', 'Tuesday')).toBe('future');
  });

  it('falls back on the whole sentence when the clause has no verb', () => {
    expect(tense('On Friday, the club will unveil its new coach.', 'Friday')).toBe('future');
  });
});

describe('tenseAround: events of a schedule in the present tense', () => {
  it('reads more present-tense verbs of scheduled events as plans', () => {
    expect(tense('The defendant appears in court on Monday.', 'Monday')).toBe('future');
    expect(tense('The governor signs the budget on Friday.', 'Friday')).toBe('future');
    expect(tense('The premier leaves for Ottawa on Sunday.', 'Sunday')).toBe('future');
    expect(tense('The festival ends on Saturday.', 'Saturday')).toBe('future');
  });

  it("reads the present tense of a game's start (tips off, tees off, faces off, gets under way) as a plan", () => {
    expect(tense('The game tips off at 7 p.m. on Friday.', 'at 7 p.m. on Friday')).toBe('future');
    expect(tense('The game tips off Friday.', 'Friday')).toBe('future');
    expect(tense('The final round tees off Sunday.', 'Sunday')).toBe('future');
    expect(tense('The teams face off on Saturday.', 'Saturday')).toBe('future');
    expect(tense('The race gets under way Saturday.', 'Saturday')).toBe('future');
    // Near misses: the past forms, and "tips off" that informs someone.
    expect(tense('The game tipped off Friday.', 'Friday')).toBe('past');
    expect(tense('The teams faced off on Saturday.', 'Saturday')).toBe('past');
    expect(tense('She tips off police on Friday.', 'Friday')).not.toBe('future');
  });

  it("reads 'Barkley tees off on the NBA on Monday.' as an attack in words, not a game's start", () => {
    const wednesday = { published: '2024-03-13', locale: 'en-US' } as const;
    const values = (text: string) => findMentions(text, wednesday).map((m) => m.value);
    expect(values('Barkley tees off on the NBA on Monday.')).toEqual(['2024-03-11']);
    expect(findTimemlMentions('Barkley tees off on the NBA on Monday.', wednesday)[0]?.value).toBe(
      '2024-03-11',
    );
    // Near misses: a round that tees off on its day is still the coming one.
    expect(values('The final round tees off on Sunday.')).toEqual(['2024-03-17']);
    expect(values('The final round tees off on March 17.')).toEqual(['2024-03-17']);
  });

  it('reads the weekday of a game that tips off as the coming one, in both readings', () => {
    const text = 'The game tips off at 7 p.m. Friday.';
    const options = { published: '2025-08-07', locale: 'en-US' } as const; // a Thursday
    expect(findMentions(text, options).map((m) => m.value)).toEqual(['2025-08-08T19:00']);
    expect(findTimemlMentions(text, options).map((m) => m.value)).toEqual(['2025-08-08T19:00']);
  });

  it('reads "reconvenes" as a plan, as "convenes" is', () => {
    expect(tense('The assembly reconvenes in June.', 'June')).toBe('future');
  });

  it('keeps their past forms past', () => {
    expect(tense('The defendant appeared in court on Monday.', 'Monday')).toBe('past');
    expect(tense('The festival ended on Saturday.', 'Saturday')).toBe('past');
  });
});

describe('tenseAround: words that look forward', () => {
  it('reads poised to, likely to, about to and preparing to as future', () => {
    expect(tense('The rebels are poised to attack on Friday.', 'Friday')).toBe('future');
    expect(tense('Officials are likely to meet on Friday.', 'Friday')).toBe('future');
    expect(tense('The minister is about to visit Kenya in June.', 'June')).toBe('future');
    expect(tense('The firm is preparing to list its shares in June.', 'June')).toBe('future');
  });

  it('counts them neither way after was or were, which look forward from a past moment', () => {
    expect(tense('The plant was about to close in June.', 'June')).toBe('unknown');
    expect(
      tense('Police detained him on Thursday as he was about to board a plane.', 'Thursday'),
    ).toBe('past');
  });
});

describe('tenseAround: a present passive right before the date', () => {
  it('reads any present passive of a planned event as future', () => {
    expect(tense('The verdict is announced on Monday.', 'Monday')).toBe('future');
    expect(tense('The winners are chosen in May.', 'May')).toBe('future');
    expect(tense('The case is heard in May.', 'May')).toBe('future');
  });

  it('reads a present passive of scheduling before over, during or across as future, as before on or in', () => {
    expect(
      tense('The fair is held over the last weekend in June.', 'the last weekend in June'),
    ).toBe('future');
    expect(
      tense('The games are played during the first week of April.', 'the first week of April'),
    ).toBe('future');
    expect(tense('The festival is staged across the weekend.', 'weekend')).toBe('future');
    expect(
      tense('The fair was held over the last weekend in June.', 'the last weekend in June'),
    ).toBe('past');
  });

  it('leaves a past passive past', () => {
    expect(tense('The verdict was announced on Monday.', 'Monday')).toBe('past');
  });
});

describe('tenseAround: participles used as adjectives', () => {
  it('does not read a participle after a determiner as a past verb', () => {
    expect(tense('Voters head to the polls on Sunday in a closely watched runoff.', 'Sunday')).toBe(
      'future',
    );
    expect(tense('The club opens on Sunday with a revised schedule.', 'Sunday')).toBe('future');
  });

  it('still reads the same word as a verb after a subject', () => {
    expect(tense('The club revised its schedule on Sunday.', 'Sunday')).toBe('past');
  });
});

describe('tenseAround: forecasts and expectations', () => {
  it('reads forecast to, projected to and is expected as future', () => {
    expect(tense('The storm is forecast to reach the coast on Thursday.', 'Thursday')).toBe(
      'future',
    );
    expect(tense('Output is projected to peak in June.', 'June')).toBe('future');
    expect(tense('A ruling is expected on Thursday.', 'Thursday')).toBe('future');
  });

  it('reads was expected as past', () => {
    expect(tense('A ruling was expected on Thursday.', 'Thursday')).toBe('past');
  });

  describe('the verb of lasting', () => {
    // Thursday 8 January 2026: spring, summer and March are to come, and so is this week's weekend.
    const published = '2026-01-08';
    const year = published.slice(0, 4);
    const read = (text: string) =>
      findMentions(text, { published, locale: 'en-US' }).map((m) => m.value);

    it.each([
      ['Analysts expect the rally to last into spring.', `${year}-SP`],
      ['Analysts expect the slump to last into summer.', `${year}-SU`],
      ['Expect the rally to last into spring, analysts said.', `${year}-SP`],
      ['Analysts expect the slump to last into March.', `${year}-03`],
      ['Talks could last into the weekend.', `${format(parseISO(published), "RRRR-'W'II")}-WE`],
      [
        'The heatwave is forecast to last into the weekend.',
        `${format(parseISO(published), "RRRR-'W'II")}-WE`,
      ],
    ])('does not take the "last" of %j for a past cue', (text, value) => {
      expect(read(text)).toEqual([value]);
    });

    it('still takes "last" before a year or a name for a past cue', () => {
      expect(tense('Prices rose to last year’s level in March.', 'March')).toBe('past');
      expect(tense('Sales fell last month and in March.', 'March')).toBe('past');
    });
  });
});

describe('tenseAround: names, and "can" is no tense cue', () => {
  it('does not take a capitalised word of a name for a present verb of schedule', () => {
    expect(tense('Gauff lifted the trophy at the Miami Open in March.', 'March')).toBe('past');
    expect(tense('The side lost to Leeds United in April.', 'April')).toBe('past');
    expect(tense('Rybakina won the Madrid Open in May and rested.', 'May')).toBe('past');
  });

  it('still reads a lower-case verb of schedule after a name as looking ahead', () => {
    expect(tense('The Miami Open opens in March.', 'March')).toBe('future');
    expect(tense('Parliament reopens on Tuesday.', 'Tuesday')).toBe('future');
  });

  it('does not read "can" as looking ahead when the sentence looks back', () => {
    const read = (text: string, published: string) =>
      findMentions(text, { published, locale: 'en-US' }).map((m) => [m.text, m.value]);
    expect(read('Shoppers can return gifts after Christmas.', '2025-12-30')).toEqual([
      ['Christmas', '2025-12-25'],
    ]);
    expect(read('She can recall the events of Saturday night.', '2025-03-12')).toEqual([
      ['Saturday night', '2025-03-08'],
    ]);
  });

  it('leaves a noun "can" out of the tense, as before', () => {
    expect(tense('The tin can in the photo was found in May.', 'May')).toBe('past');
  });

  it('keeps "can\'t" and a past verb nearer the date as they were', () => {
    expect(tense('Police said the car was found on Monday.', 'Monday')).toBe('past');
    expect(tense("He can't recall what happened on Friday.", 'Friday')).toBe('past');
  });

  it('reads "Kickoff is at 3pm UK time on Saturday" as the coming Saturday, the clock and its zone between "is" and the day', () => {
    const published = { published: '2025-03-12', locale: 'en-US' } as const;
    const value = (text: string) => findMentions(text, published).at(-1)?.value;
    expect(tense('Kickoff is at 3pm UK time on Saturday.', 'Saturday')).toBe('future');
    expect(value('Kickoff is at 3pm UK time on Saturday.')).toBe('2025-03-15T15:00');
    expect(value('The final is at 7.30pm local time on Sunday.')).toBe('2025-03-16T19:30');
    // Near misses: the same words in the past keep the day gone by.
    expect(value('Kickoff was at 3pm UK time on Saturday.')).toBe('2025-03-08T15:00');
    expect(value('Kickoff was at 3pm on Saturday.')).toBe('2025-03-08T15:00');
    expect(value('The match started at 8pm on Friday.')).toBe('2025-03-07T20:00');
    expect(value('Police said the fire started on Friday.')).toBe('2025-03-07');
  });

  it('reads "issued a yellow warning for Thursday" as the coming Thursday: a warning is for what is coming', () => {
    const published = { published: '2025-03-12', locale: 'en-US' } as const;
    const value = (text: string) => findMentions(text, published).at(-1)?.value;
    expect(value('The Met Office has issued a yellow warning for Thursday.')).toBe('2025-03-13');
    expect(value('Forecasters issued a warning for Thursday.')).toBe('2025-03-13');
    expect(value('A flood alert is in place for Saturday.')).toBe('2025-03-15');
    // Near misses: a warning told as gone by before a past perfect, and a warning issued on a day.
    expect(value('Forecasters had issued a warning for Thursday.')).toBe('2025-03-06');
    expect(value('Forecasters issued a warning on Thursday.')).toBe('2025-03-06');
    expect(value('Police issued an appeal for witnesses on Thursday.')).toBe('2025-03-06');
  });

  it('reads "The album is released on Friday" as the coming Friday, the preposition in the mention', () => {
    const published = { published: '2025-12-31', locale: 'en-US' } as const;
    const value = (text: string) => findMentions(text, published).at(-1)?.value;
    expect(value('The album is released on Friday.')).toBe('2026-01-02');
    expect(value('The film is shown in January.')).toBe('2026-01');
    // Near misses: the same words in the past.
    expect(value('The album was released on Friday.')).toBe('2025-12-26');
    expect(value('The film was shown in December.')).toBe('2025-12');
  });

  it('reads "The ban comes into force on Friday" as the coming Friday, as "takes effect" is', () => {
    const published = { published: '2025-03-12', locale: 'en-US' } as const;
    const value = (text: string) => findMentions(text, published).at(-1)?.value;
    expect(value('The ban comes into force on Friday.')).toBe('2025-03-14');
    expect(value('The new rules come into effect on Monday.')).toBe('2025-03-17');
    // Near miss: the same words in the past.
    expect(value('The ban came into force on Friday.')).toBe('2025-03-07');
  });

  it('reads "The album drops at 5am UK time on Thursday", said on 31 December, as the coming Thursday: a release drops', () => {
    const published = { published: '2025-12-31', locale: 'en-US' } as const;
    const value = (text: string) => findMentions(text, published).at(-1)?.value;
    expect(value('The album drops at 5am UK time on Thursday.')).toBe('2026-01-01T05:00');
    expect(value('The new single drops on Friday.')).toBe('2026-01-02');
    // Near misses: a price or a level that drops, and a release that dropped.
    expect(value('Oil drops on Friday.')).toBe('2025-12-26');
    expect(value('The album dropped at 5am UK time on Thursday.')).toBe('2025-12-25T05:00');
  });

  it('reads "Fed Signals Rate Cut In December", said in March, as the coming December: a present verb of signalling or planning looks ahead', () => {
    const published = { published: '2025-03-12', locale: 'en-US' } as const;
    const value = (text: string) => findMentions(text, published).at(-1)?.value;
    expect(value('Fed Signals Rate Cut In December')).toBe('2025-12');
    expect(value('Ministry Eyes Tax Rise In October')).toBe('2025-10');
    expect(value('Union Vows Strike In September')).toBe('2025-09');
    expect(value('The bank signals a rate cut in December.')).toBe('2025-12');
    // Near misses: the same words in the past, and a plural noun "sets".
    expect(value('Fed Signalled Rate Cut In December')).toBe('2024-12');
    expect(value('Fed Cut Rates In December')).toBe('2024-12');
    expect(value('Fed signalled a rate cut in December, minutes show.')).toBe('2024-12');
    expect(value('Sales of TV sets in December')).toBe('2024-12');
  });

  it('reads "Relatives plan a mass on Sunday", said on a Wednesday, as the coming Sunday: the plural present of planning looks ahead', () => {
    const published = { published: '2025-03-12', locale: 'en-US' } as const;
    const read = (text: string) =>
      findMentions(text, published).map((m) => [m.text, m.type, m.value]);
    const timeml = (text: string) =>
      findTimemlMentions(text, published).map((m) => [m.text, m.type, m.value]);
    expect(read('Relatives plan a mass of thanksgiving on Sunday in the town square.')).toEqual([
      ['on Sunday', 'DATE', '2025-03-16'],
    ]);
    expect(timeml('Unions vow a general strike on Friday.')).toEqual([
      ['Friday', 'DATE', '2025-03-14'],
    ]);
    // Near misses: the noun "plan" after a determiner, and the same plan told in the past.
    expect(read('Their plan on Sunday drew a crowd.')).toEqual([
      ['on Sunday', 'DATE', '2025-03-09'],
    ]);
    expect(read('Relatives held a mass on Sunday.')).toEqual([['on Sunday', 'DATE', '2025-03-09']]);
  });
});

describe('tenseAround: a caption, a month before a noun, a warning in a past story', () => {
  const published = { published: '2025-03-12', locale: 'en-US' } as const;
  const value = (text: string) => findMentions(text, published).at(-1)?.value;

  it('reads "He is seen on Tuesday leaving the court" as the Tuesday gone by: a caption present describes a day past', () => {
    expect(value('He is seen on Tuesday leaving the court.')).toBe('2025-03-11');
    expect(value('The minister is pictured on Monday at the summit.')).toBe('2025-03-10');
    // Near misses: a present passive of scheduling still looks ahead.
    expect(value('The report is published on Friday.')).toBe('2025-03-14');
    expect(value('The winners are announced on Thursday.')).toBe('2025-03-13');
  });

  it('reads "Trump Targets Canada In January Speech" as the January gone by: the month names a noun, not the time of a plan', () => {
    expect(value('Trump Targets Canada In January Speech')).toBe('2025-01');
    expect(value('Record Sets In February As Temperatures Soar')).toBe('2025-02');
    // Near misses: a plan with its object before the month still looks ahead.
    expect(value('Fed Signals Rate Cut In December')).toBe('2025-12');
    expect(value('Fed Signals Rate Cut In December As Inflation Cools')).toBe('2025-12');
    expect(value('Government Plans Tax Rise In April')).toBe('2025-04');
  });

  it('reads "Fed Signals Rate Cut In December Meeting" as the coming December: the planned cut is what the meeting is for', () => {
    expect(value('Fed Signals Rate Cut In December Meeting')).toBe('2025-12');
    expect(value('Union Plans Strike At April Conference')).toBe('2025-04');
    // Near misses: a thing done in the month's occasion, and the same plan told in the past.
    expect(value('Trump Targets Canada In January Speech')).toBe('2025-01');
    expect(value('Fed Signalled Rate Cut In December Meeting')).toBe('2024-12');
    expect(value('Fed Cut Rates In December Meeting')).toBe('2024-12');
  });

  it('reads "The Met Office issued alerts for Tuesday as the storm swept in" as the Tuesday gone by: a past clause after the warning tells a story past', () => {
    expect(value('The Met Office issued alerts for Tuesday as the storm swept in.')).toBe(
      '2025-03-11',
    );
    // Near misses: a warning with no past clause after it, or only a saying, is for what comes.
    expect(value('The National Weather Service issued a winter storm warning for Friday.')).toBe(
      '2025-03-14',
    );
    expect(value('The Met Office issued a yellow warning for Thursday, forecasters said.')).toBe(
      '2025-03-13',
    );
    expect(value('A flood alert is in place for Saturday.')).toBe('2025-03-15');
  });

  it('reads "A flood alert is in place for Saturday as the river rose" as the coming Saturday: a warning in place now is for what comes', () => {
    expect(value('A flood alert is in place for Saturday as the river rose.')).toBe('2025-03-15');
    expect(value('Amber warnings remain in force for Friday after rain swept in.')).toBe(
      '2025-03-14',
    );
    // Near misses: a warning issued or told as past before a past story keeps the day gone by.
    expect(value('A flood alert was in place for Saturday as the river rose.')).toBe('2025-03-08');
    expect(value('Forecasters issued alerts for Saturday as the river rose.')).toBe('2025-03-08');
  });

  it('reads "The speech is at noon ET on Friday" as the coming Friday: the clock opens the mention', () => {
    expect(value('The speech is at noon ET on Friday.')).toBe('2025-03-14T12:00');
    expect(value('The briefing is at 10am ET on Monday.')).toBe('2025-03-17T10:00');
    // Near misses: the same words in the past.
    expect(value('The speech was at noon ET on Friday.')).toBe('2025-03-07T12:00');
    expect(value('The briefing was at 10am ET on Monday.')).toBe('2025-03-10T10:00');
  });
  it('reads a weekday after a time in parentheses by the verb before the parenthesis', () => {
    const cases = [
      'The ferry sank at 9:15 p.m. (1315 GMT) on Friday, an hour before it was due to dock.',
      'The striker signed (for a reported $40 million) on Friday, days before he was due to fly home.',
    ];
    for (const text of cases) expect(tense(text, 'Friday')).toBe('past');
    // Near misses: the clause after the parenthesis has a verb of its own, or the plan is ahead.
    expect(
      tense('The ferry sank at 9:15 p.m. (1315 GMT); officials will meet Friday.', 'Friday'),
    ).toBe('future');
    expect(
      tense('The ferry will sail at 9:15 p.m. (1315 GMT) on Friday, the operator said.', 'Friday'),
    ).toBe('future');
  });

  describe('on a Thursday', () => {
    const published = { published: '2026-12-03', locale: 'en-GB' } as const;
    const value = (text: string) => findMentions(text, published).at(-1)?.value;

    it("reads 'Saturday is the day we've all dreamt about' as the coming Saturday: a weekday that is the subject of a present 'is'", () => {
      expect(value("Saturday is the day we've all dreamt about.")).toBe('2026-12-05');
      expect(value('Monday is a bank holiday in Scotland.')).toBe('2026-12-07');
      expect(value('"Sunday is going to be special," the coach said.')).toBe('2026-12-06');
      // Near misses: the same subject told in the past, and a weekday that names what came of it.
      expect(value('Saturday was the day we had all dreamt about.')).toBe('2026-11-28');
      expect(value("Monday's attack is the deadliest of the war.")).toBe('2026-11-30');
      expect(value('Police said Monday is when the men were seen.')).toBe('2026-11-30');
    });

    it("reads 'The market stayed shut until noon on Tuesday' as the Tuesday gone by: a past 'stayed' or 'remained' tells a closure that has ended", () => {
      expect(value('The market stayed shut until noon on Tuesday.')).toBe('2026-12-01T12:00');
      expect(value('The bridge remained closed until 6 a.m. Tuesday.')).toBe('2026-12-01T06:00');
      expect(value('The border stayed closed until Monday, when the first lorries crossed.')).toBe(
        '2026-11-30',
      );
      // Near misses: a closure set or still in place looks ahead.
      expect(value('The bridge remains closed until 6 a.m. Tuesday.')).toBe('2026-12-08T06:00');
      expect(value('Schools were closed until Tuesday.')).toBe('2026-12-08');
      expect(value('The bridge will stay closed until noon on Tuesday.')).toBe('2026-12-08T12:00');
      expect(value('Officials said the road would remain shut until Tuesday.')).toBe('2026-12-08');
    });

    it("reads 'Tuesday is remembered as the day the dam broke' as the Tuesday gone by: a participle after 'is' looks back", () => {
      expect(value('Tuesday is remembered as the day the dam broke.')).toBe('2026-12-01');
      expect(value('Tuesday is known as the day the lights went out.')).toBe('2026-12-01');
      // Near misses: a forward predicate or a forecast keeps the weekday ahead.
      expect(value('Monday is the anniversary of the attack.')).toBe('2026-12-07');
      expect(value('Friday is expected to bring heavy snow.')).toBe('2026-12-04');
    });

    it("reads 'But Tuesday is already history for the team' as the Tuesday gone by: 'already' or 'history' after 'is' looks back", () => {
      expect(value('But Tuesday is already history for the team.')).toBe('2026-12-01');
      expect(value('Tuesday is history for the club.')).toBe('2026-12-01');
    });

    it("reads 'Tuesday is now seen as the turning point of the crisis' as the Tuesday gone by: 'now' after 'is' looks back", () => {
      const mentions = findMentions(
        'Yesterday was bad. Tuesday is now seen as the turning point of the crisis.',
        published,
      );
      expect(mentions.find((m) => m.text === 'Tuesday')?.value).toBe('2026-12-01');
    });
  });

  describe('on a Wednesday', () => {
    const published = { published: '2026-12-02', locale: 'en-GB' } as const;
    const value = (text: string) => findMentions(text, published).at(-1)?.value;

    it("reads 'The border stayed shut until January' as the January gone by: a past 'stayed' before 'until' reaches months too", () => {
      expect(value('The border stayed shut until January.')).toBe('2026-01');
      // Near miss: a closure still in place looks ahead.
      expect(value('The border remains shut until January.')).toBe('2027-01');
    });
  });

  describe('on a Friday', () => {
    const published = { published: '2026-12-04', locale: 'en-US' } as const;
    const value = (text: string) => findMentions(text, published).at(-1)?.value;

    it("reads 'The plane was due to land on Tuesday' as the Tuesday gone by: a plan told in the past, with no one reporting it", () => {
      expect(value('The plane was due to land on Tuesday.')).toBe('2026-12-01');
      expect(value('The strike was set to begin on Wednesday.')).toBe('2026-12-02');
      expect(value('The hearing was scheduled for Thursday.')).toBe('2026-12-03');
      expect(value('The talks were supposed to start on Wednesday.')).toBe('2026-12-02');
      expect(value('The museum was meant to open on Thursday.')).toBe('2026-12-03');
      expect(value('The vote had been scheduled for Monday.')).toBe('2026-11-30');
      // Near misses: a plan someone reports, or one told in the present, is still ahead.
      expect(value('The plane was due to land on Tuesday, officials said.')).toBe('2026-12-08');
      expect(value('Officials said the strike was set to begin on Wednesday.')).toBe('2026-12-09');
      expect(value('The plane is due to land on Tuesday.')).toBe('2026-12-08');
      expect(value('The strike is set to begin on Wednesday.')).toBe('2026-12-09');
      expect(value('Counting was expected to continue on Thursday.')).toBe('2026-12-10');
      expect(value('The strike was due to run until Wednesday.')).toBe('2026-12-09');
    });

    it("reads 'A verdict was expected on Tuesday' as a plan told in the past: the nearest Tuesday, gone by from a Friday, ahead from a Sunday", () => {
      expect(value('A verdict was expected on Tuesday.')).toBe('2026-12-01');
      expect(value('Official results were expected early Wednesday.')).toBe('2026-12-02');
      const sunday = (text: string) =>
        findMentions(text, { published: '2026-12-06', locale: 'en-US' }).at(-1)?.value;
      expect(sunday('Official results were expected early Monday.')).toBe('2026-12-07');
      expect(sunday('A verdict was expected on Tuesday.')).toBe('2026-12-08');
      // TimeML mode reads "early Monday" whole, and the plan the same way.
      expect(
        findTimemlMentions('Official results were expected early Monday.', {
          published: '2026-12-06',
          locale: 'en-US',
        }).map((m) => [m.text, m.value]),
      ).toEqual([['early Monday', '2026-12-07']]);
      // Near miss: a deed of "expected" with its day later in the clause keeps the past.
      expect(sunday('He expected a verdict on Tuesday.')).toBe('2026-12-01');
    });

    it.each([
      // Tuesday, Friday three days ahead: too far for a bare expectation.
      ['A verdict was expected on Friday.', '2026-12-01', ['on Friday', '2026-11-27']],
      ['Official results were expected early Thursday.', '2026-11-30', ['Thursday', '2026-11-26']],
      // "and" with a past verb tells what came of it.
      [
        'The Senate vote was expected Thursday and passed 52-48.',
        '2026-11-30',
        ['Thursday', '2026-11-26'],
      ],
      [
        'The Senate vote was expected Monday and passed 52-48.',
        '2026-12-06',
        ['Monday', '2026-11-30'],
      ],
      [
        'The decision was expected on Friday, and it came shortly after noon.',
        '2026-12-01',
        ['noon', '2026-11-27T12:00'],
      ],
      // The next sentence tells the verdict delivered.
      [
        'A verdict was expected on Monday. The jury returned it after four hours.',
        '2026-12-06',
        ['on Monday', '2026-11-30'],
      ],
    ])(
      'keeps the weekday in %j, said on %s, gone by: a bare expectation more than two days ahead, or one told met, is no plan',
      (text, published, [name, value]) => {
        expect(
          findMentions(text, { published, locale: 'en-US' }).map((m) => [m.text, m.value]),
        ).toContainEqual([name, value]);
      },
    );

    it('reads a plan with its infinitive three days ahead as the coming day still, and one with "and" and a present as a plan', () => {
      const tuesday = (text: string) =>
        findMentions(text, { published: '2026-12-01', locale: 'en-US' }).at(-1)?.value;
      expect(tuesday('A verdict was due on Friday.')).toBe('2026-12-04');
      const sunday = (text: string) =>
        findMentions(text, { published: '2026-12-06', locale: 'en-US' }).at(-1)?.value;
      expect(sunday('Leaders were due to meet on Monday and sign the accord.')).toBe('2026-12-07');
    });

    it("reads 'The flight was due to land at 9:15 p.m. (2115 GMT) on Tuesday' as the Tuesday gone by: a clock between the plan and its day", () => {
      const values = (text: string) => findMentions(text, published).map((m) => m.value);
      expect(
        values(
          'The flight was due to land at 9:15 p.m. (2115 GMT) on Tuesday, but it was diverted.',
        ),
      ).toEqual(['2026-12-01T21:15', '2026-12-01T21:15', '2026-12-01']);
      expect(
        values('The flight was due to land at 9:15 p.m. on Tuesday but was diverted.'),
      ).toEqual(['2026-12-01T21:15']);
      // Near misses: reported, or told in the present, the plan is still ahead.
      expect(values('The flight was due to land at 9:15 p.m. on Tuesday, officials said.')).toEqual(
        ['2026-12-08T21:15'],
      );
      expect(values('The flight is due to land at 9:15 p.m. on Tuesday.')).toEqual([
        '2026-12-08T21:15',
      ]);
    });

    it("reads 'The hearing was scheduled for Monday, according to court papers' as the coming Monday: a source named in the sentence reports the plan", () => {
      expect(value('The hearing was scheduled for Monday, according to court papers.')).toBe(
        '2026-12-07',
      );
      expect(value('The hearing was scheduled for Wednesday, according to court papers.')).toBe(
        '2026-12-09',
      );
      // Near miss: with no source the plan is on the nearest such day, two days gone by.
      expect(value('The hearing was scheduled for Wednesday.')).toBe('2026-12-02');
    });

    it("reads 'The hearing was scheduled for Thursday, the court confirmed' as the coming Thursday: a confirmed plan is reported", () => {
      expect(value('The hearing was scheduled for Thursday, the court confirmed.')).toBe(
        '2026-12-10',
      );
    });

    it("reads 'The hearing was scheduled for Monday but has been postponed' as the coming Monday: a plan put off is told before its day", () => {
      expect(value('The hearing was scheduled for Monday but has been postponed.')).toBe(
        '2026-12-07',
      );
      // Near miss: a plan dropped for another reason is overtaken.
      expect(value('The talks were due to resume on Tuesday, but the rebels pulled out.')).toBe(
        '2026-12-01',
      );
    });

    it("reads 'The hearing, which was scheduled for Monday, will now take place in January' as the coming Monday: a plan moved is told before its day", () => {
      const mentions = findMentions(
        'The hearing, which was scheduled for Monday, will now take place in January.',
        published,
      );
      expect(mentions[0]?.value).toBe('2026-12-07');
    });
  });

  describe('in March', () => {
    const published = { published: '2026-03-10', locale: 'en-US' } as const;
    const value = (text: string) => findMentions(text, published).at(-1)?.value;

    it("reads 'The central bank raises its key rate in July, economists predict' as the coming July: a present change that forecasters foresee", () => {
      expect(value('The Fed lowers rates in June, analysts expect.')).toBe('2026-06');
      expect(value('The central bank raises its key rate in July, economists predict.')).toBe(
        '2026-07',
      );
      expect(value('The ECB cuts again in September, traders bet.')).toBe('2026-09');
      // Near misses: a change told in the past, a headline present of a deed with no forecaster,
      // and a present of figures that data, not forecasters, show.
      expect(value('The Fed lowered rates in June, analysts said.')).toBe('2025-06');
      expect(value('Exports fall in September.')).toBe('2025-09');
      expect(value('Exports fall in September, data showed.')).toBe('2025-09');
      expect(value('A man dies after a crash in June.')).toBe('2025-06');
    });

    it("reads 'Unemployment falls in February, analysts said, citing the jobs report' as the February gone by: forecasters who only say it may be giving figures just out", () => {
      expect(value('Unemployment falls in February, analysts said, citing the jobs report.')).toBe(
        '2026-02',
      );
    });

    it("reads 'The company cuts 500 jobs in January, analysts said' as the January gone by: 'said' is no forecast", () => {
      expect(value('The company cuts 500 jobs in January, analysts said.')).toBe('2026-01');
    });
  });
});

describe('tenseAround: plans, schedules and schedule lines', () => {
  const at = (published: string) => (text: string) =>
    findMentions(text, { published, locale: 'en-US' }).map((m) => [m.text, m.value]);

  describe('a plan told in the past, on the nearest such day', () => {
    it("reads 'He was set to travel to Kyiv on Monday' in a Sunday copy as the coming Monday: the week has not reached the plan", () => {
      const sunday = at('2025-08-10');
      expect(sunday('He was set to travel to Kyiv on Monday.')).toEqual([
        ['on Monday', '2025-08-11'],
      ]);
      expect(sunday('He was due to fly to Warsaw on Tuesday.')).toEqual([
        ['on Tuesday', '2025-08-12'],
      ]);
      expect(sunday('The leaders were scheduled to meet on Wednesday.')).toEqual([
        ['on Wednesday', '2025-08-13'],
      ]);
      // Three days back is nearer than four ahead: the Thursday gone by.
      expect(sunday('The talks were supposed to start on Thursday.')).toEqual([
        ['on Thursday', '2025-08-07'],
      ]);
      // Near misses: a deed told in the past is gone by, a plan in the present ahead.
      expect(sunday('He travelled to Kyiv on Monday.')).toEqual([['on Monday', '2025-08-04']]);
      expect(sunday('He is set to travel to Kyiv on Monday.')).toEqual([
        ['on Monday', '2025-08-11'],
      ]);
    });

    it("reads 'The summit opened on Tuesday. Leaders were due to sign the accord on Wednesday' in a Sunday copy as the Wednesday gone by: the story before places the plan in its week", () => {
      const sunday = at('2025-08-10');
      expect(
        sunday(
          'The summit opened on Tuesday. Leaders were due to sign the accord on Wednesday, but talks collapsed.',
        ),
      ).toEqual([
        ['on Tuesday', '2025-08-05'],
        ['on Wednesday', '2025-08-06'],
      ]);
      // Near misses: a story told up to a later day, or to the publication day, leaves the plan
      // ahead.
      expect(
        sunday('Police arrested the man on Friday. He was due to appear in court on Monday.'),
      ).toEqual([
        ['on Friday', '2025-08-08'],
        ['on Monday', '2025-08-11'],
      ]);
      expect(
        sunday('On Sunday he arrived in Warsaw. He was due to travel to Kyiv on Wednesday.'),
      ).toEqual([
        ['On Sunday', '2025-08-10'],
        ['on Wednesday', '2025-08-13'],
      ]);
    });

    it("reads 'Smith was arrested on July 4. He was due to be sentenced on Friday' in a December Tuesday copy as the coming Friday: a story day months back is not the plan's week", () => {
      const tuesday = at('2025-12-09');
      expect(
        tuesday('Smith was arrested on July 4. He was due to be sentenced on Friday.'),
      ).toEqual([
        ['July 4', '2025-07-04'],
        ['on Friday', '2025-12-12'],
      ]);
      expect(
        tuesday('The plant closed in 2019. Its owners were due to sell the site on Thursday.'),
      ).toEqual([
        ['2019', '2019'],
        ['on Thursday', '2025-12-11'],
      ]);
      // Near miss: a story day within the week before still places the plan in its week.
      expect(
        tuesday('Smith was arrested on Dec. 3. He was due to be sentenced on Friday.'),
      ).toEqual([
        ['Dec. 3', '2025-12-03'],
        ['on Friday', '2025-12-05'],
      ]);
    });

    it.each([
      [
        'Jones was convicted on Nov. 20. He was due to be sentenced on Wednesday. He received 10 years.',
        'on Wednesday',
        '2026-11-25',
      ],
      [
        'The trial opened on Nov. 20. Closing arguments were due on Thursday.',
        'on Thursday',
        '2026-11-26',
      ],
      [
        'The storm made landfall on Nov. 18. Schools were scheduled to reopen on Thursday.',
        'on Thursday',
        '2026-11-26',
      ],
      [
        'Voters went to the polls on Sunday, Nov. 15. Official results were due on Thursday.',
        'on Thursday',
        '2026-11-26',
      ],
    ])(
      'reads the plan in %j, said on Tuesday, Dec. 1, on the weekday gone by: its story day is two weeks before that weekday at most',
      (text, name, value) => {
        expect(at('2026-12-01')(text)).toContainEqual([name, value]);
      },
    );

    it("reads 'Official results were due on Monday' after 'two weeks before another state election in Hesse on Oct. 28', said on a Sunday, as the coming Monday: a count before a later date is no story day", () => {
      const text =
        'It came two weeks before another state election in Hesse on Oct. 28. Official results were due on Monday.';
      expect(at('2018-10-14')(text)).toContainEqual(['on Monday', '2018-10-15']);
      expect(
        findTimemlMentions(text, { published: '2018-10-14', locale: 'en-US' }).at(-1)?.value,
      ).toBe('2018-10-15');
      // Near miss: a day told gone by still places the plan in its week.
      expect(
        at('2018-10-14')('The polls closed on Oct. 5. Official results were due on Monday.'),
      ).toContainEqual(['on Monday', '2018-10-08']);
    });

    it("reads 'The talks were due to resume at 10 a.m. on Monday' as the Monday gone by in a Thursday copy and the coming one in a Saturday copy", () => {
      const sentence = 'The talks were due to resume at 10 a.m. on Monday.';
      expect(at('2025-08-14')(sentence)).toEqual([['at 10 a.m. on Monday', '2025-08-11T10:00']]);
      expect(at('2025-08-16')(sentence)).toEqual([['at 10 a.m. on Monday', '2025-08-18T10:00']]);
      // Near miss: a plan for the publication day's own weekday is that day.
      expect(at('2025-08-11')(sentence)).toEqual([['at 10 a.m. on Monday', '2025-08-11T10:00']]);
    });

    it("reads 'The ceasefire was due to expire at midnight on Monday' in a Sunday copy as the end of the coming Monday", () => {
      expect(at('2025-08-10')('The ceasefire was due to expire at midnight on Monday.')).toEqual([
        ['midnight on Monday', '2025-08-12T00:00'],
      ]);
      // Near miss: told in a Thursday copy, the Monday gone by.
      expect(at('2025-08-14')('The ceasefire was due to expire at midnight on Monday.')).toEqual([
        ['midnight on Monday', '2025-08-12T00:00'],
      ]);
    });
    it("keeps 'A new world record was set on Thursday by the Kenyan runner' a deed gone by: no infinitive, no 'for'", () => {
      expect(
        at('2025-08-11')('A new world record was set on Thursday by the Kenyan runner.'),
      ).toEqual([['on Thursday', '2025-08-07']]);
      expect(
        at('2025-08-13')('The fire was deliberately set on Saturday, investigators believe.'),
      ).toEqual([['on Saturday', '2025-08-09']]);
      expect(at('2025-08-12')('Bail was set on Thursday at $50,000.')[0]).toEqual([
        'on Thursday',
        '2025-08-07',
      ]);
      expect(
        at('2025-08-09')(
          "The minister's plan was slated on Tuesday by business leaders and unions alike.",
        ),
      ).toEqual([['on Tuesday', '2025-08-05']]);
    });

    it("keeps 'The shipment was due to arrive on Thursday but never did' on the Thursday gone by: a past clause tells what happened", () => {
      expect(
        at('2025-08-11')(
          'The shipment was due to arrive on Thursday but never did, leaving shelves empty over the weekend.',
        )[0],
      ).toEqual(['on Thursday', '2025-08-07']);
      expect(
        at('2025-08-13')(
          'The couple were supposed to marry on Saturday. Instead they spent the day in an evacuation shelter.',
        ),
      ).toEqual([['on Saturday', '2025-08-09']]);
      expect(
        at('2025-08-14')(
          'The match was scheduled for Saturday but was abandoned at half-time after crowd trouble.',
        ),
      ).toEqual([['Saturday', '2025-08-09']]);
      expect(
        at('2025-08-13')(
          'He was meant to fly home on Saturday, but his flight was cancelled and he spent three nights at the airport.',
        )[0],
      ).toEqual(['on Saturday', '2025-08-09']);
    });

    it("keeps 'Organisers hoped to draw 10,000 people on Saturday, but only about 2,000 turned up' on the Saturday gone by", () => {
      expect(
        at('2025-08-11')(
          'Organisers hoped to draw 10,000 people on Saturday, but only about 2,000 turned up.',
        ),
      ).toEqual([['on Saturday', '2025-08-09']]);
      expect(
        at('2025-08-08')(
          'Police intended to question him on Tuesday, but he fled the country the day before.',
        ),
      ).toEqual([
        ['on Tuesday', '2025-08-05'],
        ['the day before', '2025-08-04'],
      ]);
      // Near miss: with no such clause the hope still looks ahead.
      expect(at('2025-08-11')('The company said it hoped to reopen the line on Friday.')).toEqual([
        ['on Friday', '2025-08-15'],
      ]);
    });
  });

  describe('a present of schedule', () => {
    it("reads 'The transfer window shuts at midnight on Monday' in a Friday copy as the end of the coming Monday", () => {
      const friday = at('2025-08-29');
      expect(friday('The transfer window shuts at midnight on Monday.')).toEqual([
        ['midnight on Monday', '2025-09-02T00:00'],
      ]);
      expect(friday('The consultation shuts at 5pm on Monday.')).toEqual([
        ['at 5pm on Monday', '2025-09-01T17:00'],
      ]);
      expect(friday('The Fed wraps up its policy meeting on Wednesday.')).toEqual([
        ['on Wednesday', '2025-09-03'],
      ]);
      expect(friday('The chief executive steps down on Tuesday.')).toEqual([
        ['on Tuesday', '2025-09-02'],
      ]);
      // Near misses: the past "shut" and "stepped down" are gone by.
      expect(friday('The transfer window shut at midnight on Monday.')).toEqual([
        ['midnight on Monday', '2025-08-26T00:00'],
      ]);
      expect(friday('The chief executive stepped down on Tuesday.')).toEqual([
        ['on Tuesday', '2025-08-26'],
      ]);
    });

    it("reads 'Polls close at 8 p.m. ET Tuesday' in a Monday copy as the coming Tuesday, and 'Polls closed …' in a Wednesday copy as the one gone by", () => {
      expect(at('2024-11-04')('Polls close at 8 p.m. ET Tuesday.')).toEqual([
        ['at 8 p.m. ET Tuesday', '2024-11-05T20:00'],
      ]);
      expect(at('2024-11-06')('Polls closed at 8 p.m. ET Tuesday.')).toEqual([
        ['at 8 p.m. ET Tuesday', '2024-11-05T20:00'],
      ]);
      // Near miss: the bare "shut" is its own past, and a Monday copy reads it so.
      expect(at('2024-11-04')('Most polls shut at 8 p.m. ET Tuesday.')).toEqual([
        ['at 8 p.m. ET Tuesday', '2024-10-29T20:00'],
      ]);
    });
  });

  describe('a schedule line', () => {
    it("reads 'Kick-off: 3 p.m. Saturday.' in a Thursday copy as the coming Saturday: a label and a date, no verb", () => {
      const thursday = at('2025-08-14');
      expect(thursday('Kick-off: 3 p.m. Saturday.')).toEqual([
        ['3 p.m. Saturday', '2025-08-16T15:00'],
      ]);
      expect(thursday('Hearing: Monday.')).toEqual([['Monday', '2025-08-18']]);
      expect(thursday('Next hearing: Monday.')).toEqual([['Monday', '2025-08-18']]);
      expect(thursday("Funeral: Saturday, 11 a.m., St Mary's Church.")).toEqual([
        ['Saturday, 11 a.m.', '2025-08-16T11:00'],
      ]);
      // Near misses: a label with a past verb, and a sentence with one, are gone by.
      expect(thursday('Died: Monday.')).toEqual([['Monday', '2025-08-11']]);
      expect(thursday('Last seen: Tuesday.')).toEqual([['Tuesday', '2025-08-12']]);
      expect(thursday('The kick-off was at 3 p.m. Saturday.')).toEqual([
        ['at 3 p.m. Saturday', '2025-08-09T15:00'],
      ]);
    });

    it("reads 'Visitation: 4-7 p.m. Friday at the funeral home.' in a Thursday copy as the coming Friday: a place after 'at' or 'in' ends the line as one after a comma does", () => {
      const thursday = at('2025-08-14');
      expect(thursday('Visitation: 4-7 p.m. Friday at the funeral home.')).toEqual([
        ['4', '2025-08-15T16:00'],
        ['7 p.m. Friday', '2025-08-15T19:00'],
      ]);
      expect(thursday('Service: 10 a.m. Saturday in the chapel.')).toEqual([
        ['10 a.m. Saturday', '2025-08-16T10:00'],
      ]);
      // Near misses: a label of what happened, and a verb after the place, stay gone by.
      expect(thursday('Died: Monday at the hospital.')).toEqual([['Monday', '2025-08-11']]);
      expect(thursday('Visitation: Friday at the home, where crowds gathered.')).toEqual([
        ['Friday', '2025-08-08'],
      ]);
    });

    it("keeps 'Last contact: Sunday.' and other labels of what happened on the day gone by: only a schedule's labels read ahead", () => {
      expect(at('2025-08-06')('Last contact: Sunday.')).toEqual([['Sunday', '2025-08-03']]);
      expect(at('2025-08-13')('Time of death: 2:40 a.m. Sunday.')).toEqual([
        ['2:40 a.m. Sunday', '2025-08-10T02:40'],
      ]);
      expect(at('2025-08-13')('Date of incident: Saturday.')).toEqual([['Saturday', '2025-08-09']]);
    });

    it("keeps a transcript's 'SMITH: Saturday.' and 'A: Friday.' on the day gone by: a speaker's label is no schedule's", () => {
      expect(
        at('2025-08-12')(
          'BLITZER: When did you last speak to him?\nSMITH: Saturday. He called me from the airport.',
        ),
      ).toEqual([['Saturday', '2025-08-09']]);
      expect(at('2025-08-12')('Q: When was the last time you saw her?\nA: Friday.')).toEqual([
        ['Friday', '2025-08-08'],
      ]);
    });
  });
});

describe('a past of expecting with its object tells what was expected, gone by', () => {
  const values = (text: string, published: string) =>
    findMentions(text, { published, locale: 'en-US' }).map((m) => [m.text, m.value]);

  it("keeps 'Analysts expected a rate cut in March, but the Fed held steady' in the March gone by", () => {
    expect(
      values('Analysts expected a rate cut in March, but the Fed held steady.', '2025-05-14'),
    ).toEqual([['March', '2025-03']]);
    expect(
      values(
        'Economists expected inflation to ease in March, but it rose to 3.1 percent.',
        '2025-05-14',
      ),
    ).toEqual([['March', '2025-03']]);
    expect(values('Few forecasters expected snow in April.', '2025-05-14')).toEqual([
      ['April', '2025-04'],
    ]);
    expect(
      values(
        'The airline expected softer demand in October, and it got it: bookings fell 8 percent.',
        '2025-11-10',
      ),
    ).toEqual([['October', '2025-10']]);
    expect(values('Nobody expected the collapse on Friday.', '2025-08-11')).toEqual([
      ['on Friday', '2025-08-08'],
    ]);
  });

  it("keeps the past after 'than expected', 'had expected' and 'the expected rise'", () => {
    expect(tense('Sales were weaker than expected in October.', 'October')).toBe('past');
    expect(tense('Analysts had expected a loss in October.', 'October')).toBe('past');
    expect(tense('The expected rise came in October.', 'October')).toBe('past');
  });
});

describe('a change before a month is no schedule by its present alone', () => {
  const values = (text: string, published: string) =>
    findMentions(text, { published, locale: 'en-US' }).map((m) => [m.text, m.value]);

  it("reads 'A man was shot dead in Sioux Falls in January', said in December, as the January gone by", () => {
    expect(
      values('A man was shot dead in Sioux Falls in January, police said.', '2025-12-10'),
    ).toEqual([['January', '2025-01']]);
    expect(
      values(
        'Tourists who visited Victoria Falls in February were caught up in flooding.',
        '2025-11-20',
      ),
    ).toEqual([['February', '2025-02']]);
  });

  it("reads 'Power cuts in January and February left 40,000 homes without heating' as months gone by", () => {
    expect(
      values(
        'Power cuts in January and February left 40,000 homes without heating, the report found.',
        '2025-11-20',
      ),
    ).toEqual([
      ['January', '2025-01'],
      ['February', '2025-02'],
    ]);
    expect(values('Tariff hikes in February rattled markets for weeks.', '2025-12-10')[0]).toEqual([
      'February',
      '2025-02',
    ]);
    expect(
      values('Salary increases in January averaged 3.1 percent, the survey showed.', '2025-12-10'),
    ).toEqual([['January', '2025-01']]);
    expect(
      values('Job cuts in February hit the retail sector hardest, the report found.', '2025-12-10'),
    ).toEqual([['February', '2025-02']]);
    expect(
      values(
        'Prices have risen every month since falls in February and March, the Nationwide said.',
        '2025-01-03',
      ).slice(1),
    ).toEqual([
      ['February', '2024-02'],
      ['March', '2024-03'],
    ]);
  });

  it("does not put a habit ('Unemployment usually rises in January') in the coming month", () => {
    // With its adverb of habit, any year's January (habitualMonth).
    expect(
      values('Unemployment usually rises in January as seasonal jobs end.', '2025-11-20'),
    ).toEqual([['January', 'XXXX-01']]);
    expect(
      values('Stocks rise in January more often than not, history shows.', '2025-12-10'),
    ).toEqual([['January', '2025-01']]);
  });
});

describe('a count of time away after the date', () => {
  it("reads 'With New Year's Eve just a day away' as ahead, whatever the verbs around it", () => {
    const text =
      "With New Year's Eve just a day away, police say they are ready for the largest crowd the square has seen in a decade.";
    expect(tense(text, "New Year's Eve")).toBe('future');
    expect(tense('Polling day is only days away.', 'Polling day')).toBe('future');
  });

  it('reads the holiday said the day before it as the coming one, in both readings', () => {
    const text = "With New Year's Eve just a day away, police say crowds have grown.";
    const published = { published: '1997-12-30', locale: 'en-US' } as const;
    expect(findMentions(text, published)[0]).toMatchObject({
      text: "New Year's Eve",
      value: '1997-12-31',
    });
    expect(findTimemlMentions(text, published)[0]).toMatchObject({
      text: "New Year's Eve",
      value: '1997-12-31',
    });
  });

  it("leaves 'was a day away' to the verbs, a past moment's, and 'away' with no count", () => {
    expect(tense('Christmas was a day away when the storm hit.', 'Christmas')).toBe('past');
    expect(tense('Easter away games were played.', 'Easter')).not.toBe('future');
  });
});

describe('"at the earliest" after the date', () => {
  it("reads 'The vote comes Monday at the earliest' as the coming Monday, in both readings", () => {
    const text = 'The vote comes Monday at the earliest.';
    expect(tense(text, 'Monday')).toBe('future');
    const published = { published: '1994-10-13', locale: 'en-US' } as const;
    expect(findMentions(text, published)[0]).toMatchObject({ value: '1994-10-17', mod: 'AFTER' });
    expect(findTimemlMentions(text, published)[0]).toMatchObject({
      text: 'Monday',
      value: '1994-10-17',
      mod: 'AFTER',
    });
  });

  it("keeps a past verb before it: 'the leak began Monday at the earliest' is the Monday gone by", () => {
    const text = 'Investigators believe the leak began Monday at the earliest.';
    expect(tense(text, 'Monday')).toBe('past');
    const published = { published: '2025-03-13', locale: 'en-US' } as const;
    expect(findMentions(text, published)[0]).toMatchObject({ value: '2025-03-10', mod: 'AFTER' });
    expect(findTimemlMentions(text, published)[0]).toMatchObject({
      text: 'Monday',
      value: '2025-03-10',
      mod: 'AFTER',
    });
  });

  it("leaves a weekday with no bound to its verb: 'The vote came Monday'", () => {
    expect(tense('The vote came Monday.', 'Monday')).toBe('past');
  });
});

describe('tenseAround: a verb whose past is its present, before an amount', () => {
  it("reads 'Inflation hit 5.1 percent in August, …, but the bank expects' as past", () => {
    const text =
      'Inflation hit 5.1 percent in August, the highest since 1991, but the bank expects it to fall.';
    expect(tense(text, 'August')).toBe('past');
    expect(
      tense('Unemployment hit a record in January, but economists expect a fall.', 'January'),
    ).toBe('past');
    const found = findMentions(text, { published: '2008-10-08', locale: 'en-US' });
    expect(found[0]).toMatchObject({ text: 'August', value: '2008-08' });
  });

  it("keeps it looking ahead after a modal or 'to' ('plans to cut 300 jobs in March')", () => {
    expect(tense('The company plans to cut 300 jobs in March.', 'March')).toBe('future');
    expect(tense('The company will cut 300 jobs in March.', 'March')).toBe('future');
  });

  it("reads 'The ECB cut its rate to 0.75 percent in July, and … announced a plan to buy' as past", () => {
    const text =
      'The ECB cut its rate to 0.75 percent in July, and in September announced a plan to buy the bonds of struggling governments.';
    expect(tense(text, 'July')).toBe('past');
    expect(
      tense(
        'The IMF cut the outlook by 0.3 points in July, and analysts expect another cut.',
        'July',
      ),
    ).toBe('past');
    const published = { published: '2012-12-06', locale: 'en-US' } as const;
    expect(findMentions(text, published)[0]).toMatchObject({ text: 'July', value: '2012-07' });
    expect(findTimemlMentions(text, published)[0]).toMatchObject({
      text: 'July',
      value: '2012-07',
    });
  });

  it("keeps an amount the object is brought to ahead after a modal or 'to'", () => {
    expect(tense('The ECB will cut its rate to 0.5 percent in July.', 'July')).toBe('future');
    expect(tense('The ECB is expected to cut its rate to 0.5 percent in July.', 'July')).toBe(
      'future',
    );
    expect(tense('The ECB plans to cut its rate to 0.5 percent in July.', 'July')).toBe('future');
  });
});

describe('tenseAround: an occasion counted back from in a past clause', () => {
  it("reads 'resigned three weeks before the March 9 vote' as a vote gone by", () => {
    expect(tense('He resigned three weeks before the March 9 vote.', 'March 9')).toBe('past');
    expect(tense('He resigned days before the March 9 vote.', 'March 9')).toBe('past');
  });

  it("reads 'Three weeks before the March 9 vote, he resigned' as a vote gone by", () => {
    const text = 'Three weeks before the March 9 vote, he resigned.';
    expect(tense(text, 'March 9')).toBe('past');
    expect(findMentions(text, { published: '2025-08-07', locale: 'en-US' }).at(-1)).toMatchObject({
      text: 'March 9',
      value: '2025-03-09',
      start: 23,
      end: 30,
    });
  });

  it("keeps 'resigned before the March 9 vote' (no count) and a main clause to come looking ahead", () => {
    expect(tense('He resigned before the March 9 vote.', 'March 9')).toBe('future');
    expect(tense('Three weeks before the March 9 vote, he will resign.', 'March 9')).toBe('future');
  });

  it("keeps an occasion named by a weekday alone after a count and 'before' the nearest one: 'Hours before the Sunday vote', told on Saturday, is the next day", () => {
    const opens = 'Hours before the Sunday vote, the opposition called for a boycott.';
    expect(tense(opens, 'Sunday')).toBe('future');
    const found = findMentions(opens, { published: '2026-06-06', locale: 'en-US' });
    expect(found.find((m) => m.text === 'Sunday')).toMatchObject({
      type: 'DATE',
      value: '2026-06-07',
      start: 17,
      end: 23,
    });
    const after = 'The minister resigned two days before the Sunday vote.';
    expect(
      findMentions(after, { published: '2026-06-06', locale: 'en-US' }).find(
        (m) => m.text === 'Sunday',
      )?.value,
    ).toBe('2026-06-07');
  });
});

describe('tenseAround: a stage of a contest reached in the present', () => {
  const published = { published: '2013-09-07', locale: 'en-US' } as const;
  const read = (text: string) => findMentions(text, published).map((m) => [m.text, m.value]);
  const timeml = (text: string) =>
    findTimemlMentions(text, published).map((m) => [m.text, m.type, m.value]);

  it('reads "the runners-up go into play-offs in November", said in September, as the coming November', () => {
    expect(read('The eight best runners-up go into play-offs in November.')).toEqual([
      ['November', '2013-11'],
    ]);
    expect(timeml('The show moves to Broadway in April.')).toEqual([['April', 'DATE', '2014-04']]);
  });

  it('keeps a month gone by where nothing says where the move goes, or the move is a noun', () => {
    expect(read('Prices move higher in November.')).toEqual([['November', '2012-11']]);
    expect(read('The move to the new site in November drew complaints.')).toEqual([
      ['November', '2012-11'],
    ]);
  });
});

describe('tenseAround: "plan" or "vow" after a noun that is not plural is the noun', () => {
  const read = (text: string, published: string) =>
    findMentions(text, { published, locale: 'en-US' }).map((m) => [m.text, m.value]);

  it('reads "State pension plan gains 8 percent in March", said in April, as the March gone by', () => {
    expect(read('State pension plan gains 8 percent in March.', '2019-04-09')).toEqual([
      ['March', '2019-03'],
    ]);
    expect(read('Retirement plan assets hit record in March, survey shows.', '2019-04-09')).toEqual(
      [['March', '2019-03']],
    );
    expect(read('Wedding vow renewals soar in June.', '2019-07-16')).toEqual([['June', '2019-06']]);
    expect(read('Health plan premiums jump 7 percent in April, data show.', '2022-05-10')).toEqual([
      ['April', '2022-04'],
    ]);
    expect(read('Medicare plan enrollment surges in April.', '2022-05-10')).toEqual([
      ['April', '2022-04'],
    ]);
  });
});

describe('tenseAround: a market level or a transfer is no stage of a contest', () => {
  const read = (text: string, published: string) =>
    findMentions(text, { published, locale: 'en-US' }).map((m) => [m.text, m.value]);

  it('reads "Stocks move to record highs in January", said in February, as the January gone by', () => {
    expect(read('Stocks move to record highs in January.', '2024-02-08')).toEqual([
      ['January', '2024-01'],
    ]);
    expect(read('Prices move to a record in August as supply tightens.', '2021-09-08')).toEqual([
      ['August', '2021-08'],
    ]);
  });

  it('reads "Ronaldo\'s move to Juventus in July", said in September, as the July gone by', () => {
    expect(
      read("Ronaldo's move to Juventus in July is the biggest deal of the summer.", '2018-09-05'),
    ).toEqual([
      ['July', '2018-07'],
      ['the summer', '2018-SU'],
    ]);
  });
});

describe('tenseAround: a round reached or a rule coming into effect before a weekday', () => {
  const read = (text: string, published: string) =>
    findMentions(text, { published, locale: 'en-US' }).map((m) => [m.text, m.value]);

  it('reads "New tariffs go into effect on Sunday", said on a Monday, as the coming Sunday', () => {
    expect(read('New tariffs go into effect on Sunday.', '2019-11-25')).toEqual([
      ['on Sunday', '2019-12-01'],
    ]);
    expect(read('The new tariffs go into force on Sunday.', '2019-11-25')).toEqual([
      ['on Sunday', '2019-12-01'],
    ]);
  });

  it('reads "Group winners advance to the regional final on Saturday" and "Talks go into a third day on Tuesday" as days to come', () => {
    expect(read('Group winners advance to the regional final on Saturday.', '2020-02-11')).toEqual([
      ['on Saturday', '2020-02-15'],
    ]);
    expect(read('Talks go into a third day on Tuesday.', '2019-11-25')).toEqual([
      ['on Tuesday', '2019-11-26'],
    ]);
  });

  it('keeps "Investors move into bonds on Monday" and "Stocks move into the red in November" gone by: a market, no round', () => {
    expect(read('Investors move into bonds on Monday.', '2024-02-08')).toEqual([
      ['on Monday', '2024-02-05'],
    ]);
    expect(read('Stocks move into the red in November.', '2013-09-07')).toEqual([
      ['November', '2012-11'],
    ]);
  });
  it('measures the verbs of "told bankers late Saturday that it could not pay" from "late"', () => {
    // A Monday: the Saturday gone by is 10 March, the coming one 15 March 2025.
    const monday = { published: '2025-03-10', locale: 'en-US' } as const;
    const values = (text: string) => findMentions(text, monday).map((m) => m.value);
    expect(values('The lender told bankers late Saturday that it could not pay.')).toEqual([
      '2025-03-08',
    ]);
    expect(values('The club warned fans early Sunday that the match might be called off.')).toEqual(
      ['2025-03-09'],
    );
    expect(
      findTimemlMentions(
        'The lender told bankers late Saturday that it could not pay.',
        monday,
      ).map((m) => [m.text, m.value]),
    ).toEqual([['late Saturday', '2025-03-08']]);
  });

  it('still reads a plan for "late Saturday" ahead when its own verb looks ahead', () => {
    expect(tense('The lender said it would pay bankers late Saturday.', 'Saturday')).toBe('future');
    expect(
      tense('The lender will tell bankers late Saturday that it cannot pay.', 'Saturday'),
    ).toBe('future');
  });
  it('dates the telling in "told regulators late Saturday that it could not pay"', () => {
    // A Monday: the Saturday gone by is 8 March 2025.
    const monday = { published: '2025-03-10', locale: 'en-US' } as const;
    const values = (text: string) => findMentions(text, monday).map((m) => m.value);
    expect(
      values('The broker, which told regulators late Saturday that it could not pay, is shut.'),
    ).toEqual(['2025-03-08']);
    expect(values('The lender asked creditors late Saturday whether they would wait.')).toEqual([
      '2025-03-08',
    ]);
  });

  it('leaves a verb after the one told in the reported clause ("told regulators it plans to …")', () => {
    expect(
      tense(
        'The firm told regulators it plans to file papers Saturday that it would need.',
        'Saturday',
      ),
    ).toBe('future');
  });
  it('reads "had been set to expire at 5 p.m. Friday" as a plan told in the past, the nearest Friday', () => {
    // A Wednesday: the coming Friday is 14 March 2025, the one gone by 7 March.
    const wednesday = { published: '2025-03-12', locale: 'en-US' } as const;
    const values = (text: string) => findMentions(text, wednesday).map((m) => m.value);
    expect(values('The takeover offer had been set to expire at 5 p.m. Friday.')).toEqual([
      '2025-03-14T17:00',
    ]);
    expect(values('The council vote had been scheduled for Thursday.')).toEqual(['2025-03-13']);
  });

  it("reads 'A ruling had been expected on Friday.' said on a Tuesday as the Friday gone by", () => {
    const tuesday = { published: '2024-03-12', locale: 'en-US' } as const;
    const values = (text: string) => findMentions(text, tuesday).map((m) => m.value);
    expect(values('A ruling had been expected on Friday.')).toEqual(['2024-03-08']);
    expect(findTimemlMentions('A ruling had been expected on Friday.', tuesday)[0]?.value).toBe(
      '2024-03-08',
    );
    const monday = { published: '2024-03-11', locale: 'en-US' } as const;
    expect(
      findMentions('The decision had been expected Thursday.', monday).map((m) => m.value),
    ).toEqual(['2024-03-07']);
    // Near miss: one day ahead is near enough to be the coming one.
    expect(values('A ruling had been expected on Wednesday.')).toEqual(['2024-03-13']);
  });

  it('keeps a past perfect deed, a plan given up and a far plan in the past perfect in the past', () => {
    const wednesday = { published: '2025-03-12', locale: 'en-US' } as const;
    const values = (text: string) => findMentions(text, wednesday).map((m) => m.value);
    expect(values('The company had filed its report by Friday.')).toEqual(['2025-03-07']);
    // Five days ahead is too far for a plan told in the past perfect: the Monday gone by.
    expect(values('The council vote had been scheduled for Monday.')).toEqual(['2025-03-10']);
    expect(values('The strike had been set to begin on Friday but was called off.')).toEqual([
      '2025-03-07',
    ]);
  });
});

describe('tenseAround: closing done by a time', () => {
  it('reads a closing before "by" as a deed done by then, not a deadline ahead', () => {
    expect(tense('On Saturday night, the bar was closed by midnight.', 'midnight')).toBe('past');
    expect(tense('On Saturday night, the bar closed by midnight.', 'midnight')).toBe('past');
    expect(tense('On Friday, every shop was shut by 6 p.m.', '6 p.m.')).toBe('past');
    // Near misses: a closing still to come, and "closed until", which holds up to the time.
    expect(tense('The store will be closed by midnight.', 'midnight')).toBe('future');
    expect(tense('The road is closed until Monday.', 'Monday')).toBe('future');
  });

  it('reads a closing an order asks for by a time as a deadline ahead, not a deed done', () => {
    const thu = { published: '2025-08-07', locale: 'en-US' } as const;
    const mon = { published: '2025-08-04', locale: 'en-US' } as const;
    expect(
      findMentions('The governor ordered all bars closed by midnight Saturday.', thu).map(
        (m) => m.value,
      ),
    ).toEqual(['2025-08-10T00:00']);
    expect(
      findMentions('The court ordered the site locked by Thursday.', mon).map((m) => m.value),
    ).toEqual(['2025-08-07']);
    expect(tense('The site was ordered shut by Thursday.', 'Thursday')).toBe('future');
    // Near misses: the closing is the deed itself, not what an order before it asks for.
    expect(tense('Polling stations were closed by 8 p.m. Tuesday.', '8 p.m. Tuesday')).toBe('past');
    expect(
      tense('The governor ordered the raid, and the bars closed by midnight.', 'midnight'),
    ).toBe('past');
  });

  it('ties a midnight a closing was done by to the night named before it, in both readings', () => {
    const options = { published: '2025-08-07', locale: 'en-US' } as const; // a Thursday
    const text = 'Police said the bar on Saturday night was closed by midnight.';
    expect(findMentions(text, options).map((m) => m.value)).toEqual([
      '2025-08-02',
      '2025-08-03T00:00',
    ]);
    expect(findTimemlMentions(text, options).map((m) => m.value)).toEqual([
      '2025-08-02TNI',
      '2025-08-02T24',
    ]);
  });

  describe('round nineteen mends', () => {
    const thursday = { published: '2025-08-07', locale: 'en-US' } as const;
    // Both readings, as [text, value] pairs.
    const both = (text: string) => [
      findMentions(text, thursday).map((m) => [m.text, m.value]),
      findTimemlMentions(text, thursday).map((m) => [m.text, m.value]),
    ];

    it('reads a day right after a past verb in a relative clause as gone by, whatever modal follows', () => {
      for (const text of [
        'Shoppers who were turned away on Saturday can return next week.',
        'Shoppers who were turned away on Saturday will return next week.',
        'The stores that closed on Saturday will reopen next week.',
        'Patients who were evacuated on Saturday could go home soon.',
        'The bill, which lawmakers passed on Saturday, will be signed next week.',
      ])
        expect(tense(text, 'Saturday'), text).toBe('past');
      const [news, timeml] = both(
        'Shoppers who were turned away on Saturday can return next week.',
      );
      expect(news).toContainEqual(['on Saturday', '2025-08-02']);
      expect(timeml!.map(([, value]) => value)).toContain('2025-08-02');
    });

    it('keeps a day after a relative clause that looks ahead or has ended before it', () => {
      // Near misses: the clause's own verb looks ahead, or the date is the main verb's.
      expect(tense('Shoppers who will be turned away on Saturday can return.', 'Saturday')).toBe(
        'future',
      );
      expect(
        tense('Residents who are evacuated on Saturday will return next week.', 'Saturday'),
      ).toBe('future');
      expect(tense('Fans who bought tickets will use them on Saturday.', 'Saturday')).toBe(
        'future',
      );
      expect(tense('Officials who want to reopen on Saturday will vote today.', 'Saturday')).toBe(
        'future',
      );
    });

    it('dates a day opening the sentence by the main verb after the comma, even when the subject is a deadline', () => {
      for (const text of [
        'On Saturday night, the deadline was extended.',
        'On Saturday, the deadline was extended by a week.',
        "On Saturday, Iran's ultimatum expired without incident.",
        'On Saturday, the bidding deadline was pushed back.',
      ])
        expect(tense(text, text.slice(0, text.indexOf(','))), text).toBe('past');
      const [news, timeml] = both('On Saturday night, the deadline was extended.');
      expect(news).toEqual([['On Saturday night', '2025-08-02']]);
      expect(timeml!.map(([, value]) => value)).toContain('2025-08-02TNI');
    });

    it('keeps the day of a deadline that lies ahead', () => {
      // Near misses: the main clause looks ahead, or the day is the deadline's own.
      expect(tense('On Saturday, the deadline expires.', 'Saturday')).toBe('future');
      expect(tense('On Saturday, the deadline will be extended.', 'Saturday')).toBe('future');
      expect(tense('The deadline is Saturday.', 'Saturday')).toBe('future');
      expect(tense('Talks were held ahead of a Saturday deadline.', 'Saturday')).toBe('future');
    });

    it('reads a team that faces off against or plays against a named opponent as a plan', () => {
      expect(tense('The Rangers face off against Boston at 7 p.m. Saturday.', 'Saturday')).toBe(
        'future',
      );
      expect(tense('The Bears play against Detroit on Sunday.', 'Sunday')).toBe('future');
      const [news, timeml] = both('The Rangers face off against Boston at 7 p.m. Saturday.');
      expect(news).toEqual([['at 7 p.m. Saturday', '2025-08-09T19:00']]);
      expect(timeml!.map(([, value]) => value)).toEqual(['2025-08-09T19:00']);
      // Near misses: the past, and a standoff with no named opponent.
      expect(tense('The Rangers faced off against Boston at 7 p.m. Saturday.', 'Saturday')).toBe(
        'past',
      );
      expect(tense('Protesters face off against police on Saturday.', 'Saturday')).not.toBe(
        'future',
      );
    });

    it("reads a schedule line whose place holds an abbreviation's period ahead", () => {
      const values = (text: string) => findMentions(text, thursday).map((m) => m.value);
      expect(values('Funeral: 11 a.m. Saturday at Mt. Zion Baptist Church.')).toEqual([
        '2025-08-09T11:00',
      ]);
      expect(values('Visitation: 4-7 p.m. Friday at the funeral home, 12 Elm Ave.')).toContain(
        '2025-08-08T19:00',
      );
      const [news, timeml] = both("Visitation: 4-7 p.m. Friday at St. Mary's Church.");
      expect(news).toContainEqual(['7 p.m. Friday', '2025-08-08T19:00']);
      expect(timeml!.map(([, value]) => value)).toContain('2025-08-08T19:00');
      // Near misses: a label of what happened, and a past verb after the place.
      expect(values("Died: Friday at St. Mary's Hospital.")).toEqual(['2025-08-01']);
      expect(values("Kick-off: 3 p.m. Saturday at St. Mary's Park, where fans rioted.")).toEqual([
        '2025-08-02T15:00',
      ]);
    });

    it('reads a day set off by commas after a deadline that opens the sentence as the deadline ahead', () => {
      expect(tense('The deadline, Saturday, was set last week.', 'Saturday')).toBe('future');
      expect(tense('The bidding deadline, Saturday, was announced on Monday.', 'Saturday')).toBe(
        'future',
      );
      const [news, timeml] = both('The deadline, Saturday, was set last week.');
      expect(news).toContainEqual(['Saturday', '2025-08-09']);
      expect(timeml).toContainEqual(['Saturday', '2025-08-09']);
      // Near misses: a deadline said to have gone by.
      expect(tense('The deadline, Saturday, passed quietly.', 'Saturday')).toBe('past');
      expect(tense('The ultimatum, Friday, was ignored.', 'Friday')).toBe('past');
    });

    it('reads a day set off by commas after a deadline that was missed, met or beaten as gone by', () => {
      expect(tense('Officials missed the deadline, Saturday, by hours.', 'Saturday')).toBe('past');
      expect(tense('The firm missed its filing deadline, Monday, and was fined.', 'Monday')).toBe(
        'past',
      );
      expect(tense("Russia's negotiators beat the deadline, Sunday, by minutes.", 'Sunday')).toBe(
        'past',
      );
      const [news, timeml] = both('Officials missed the deadline, Saturday, by hours.');
      expect(news).toContainEqual(['Saturday', '2025-08-02']);
      expect(timeml).toContainEqual(['Saturday', '2025-08-02']);
      // Near misses: a deadline only mentioned, set or still to be missed keeps its day ahead.
      expect(
        tense('Talks resumed before the deadline, Saturday, officials said.', 'Saturday'),
      ).toBe('future');
      expect(tense('Officials set the deadline, Saturday, after talks.', 'Saturday')).toBe(
        'future',
      );
      expect(tense('Officials will miss the deadline, Saturday, by hours.', 'Saturday')).toBe(
        'future',
      );
    });

    it('reads "by" after a past passive whose participle has a particle as a deed done by then', () => {
      expect(tense('The store said the console was sold out by Saturday.', 'Saturday')).toBe(
        'past',
      );
      expect(tense('Tickets were snapped up by Friday, the club said.', 'Friday')).toBe('past');
      expect(tense('The blaze was put out by Sunday.', 'Sunday')).toBe('past');
      expect(tense('The debris was cleared away by Monday.', 'Monday')).toBe('past');
      const [news, timeml] = both('The blaze was put out by Sunday.');
      expect(news).toContainEqual(['Sunday', '2025-08-03']);
      expect(timeml).toContainEqual(['Sunday', '2025-08-03']);
      // Near misses: a passive still to come, a present one, and one a modal after it waits on.
      expect(tense('The tickets will be sold out by Saturday.', 'Saturday')).toBe('future');
      expect(tense('The console is sold out by Saturday, the store expects.', 'Saturday')).toBe(
        'future',
      );
      expect(tense('Fans who were signed up by Friday can attend.', 'Friday')).toBe('future');
    });

    it('reads a day between a verb with "will" and the clause it reports as that verb\'s, ahead', () => {
      expect(
        tense('The company will warn investors early Friday that profits fell.', 'Friday'),
      ).toBe('future');
      expect(
        tense('She will tell the court on Monday whether she signed the letter.', 'Monday'),
      ).toBe('future');
      expect(tense('The bank will confirm on Friday that it lost money.', 'Friday')).toBe('future');
      const [news, timeml] = both(
        'The company will warn investors early Friday that profits fell.',
      );
      expect(news!.map(([, value]) => value)).toContain('2025-08-08');
      expect(timeml!.map(([, value]) => value)).toContain('2025-08-08');
      // Near misses: the saying is past, a relative clause stands between, the date is in the
      // reported clause.
      expect(
        tense('The company warned investors early Friday that profits will fall.', 'Friday'),
      ).toBe('past');
      expect(
        tense('He will tell reporters who gathered on Friday that sales fell.', 'Friday'),
      ).toBe('past');
      expect(tense('The firm will say that profits fell on Friday.', 'Friday')).toBe('past');
    });

    it('reads a day right after "can" and its verb as what may be done on it, ahead', () => {
      expect(tense('Fans who bought tickets can use them on Saturday.', 'on Saturday')).toBe(
        'future',
      );
      expect(tense('Residents who lost power can collect vouchers on Monday.', 'on Monday')).toBe(
        'future',
      );
      expect(tense('Anyone who missed the show can watch it on Saturday.', 'on Saturday')).toBe(
        'future',
      );
      const [news, timeml] = both('Fans who bought tickets can use them on Saturday.');
      expect(news).toContainEqual(['on Saturday', '2025-08-09']);
      expect(timeml!.map(([, value]) => value)).toContain('2025-08-09');
      // Near misses: a clause between that tells of the day, and a deed done on it.
      expect(tense('Police can confirm that a man died on Saturday.', 'on Saturday')).toBe('past');
      expect(tense("Officials can't say what happened on Saturday.", 'on Saturday')).toBe('past');
      expect(tense('I can tell you I was there on Saturday.', 'on Saturday')).toBe('past');
      expect(tense('He can barely remember Saturday.', 'Saturday')).not.toBe('future');
      expect(tense('Officials can confirm the crash on Saturday.', 'on Saturday')).not.toBe(
        'future',
      );
      expect(tense('Fans who bought tickets used them on Saturday.', 'on Saturday')).toBe('past');
    });

    // Published Monday 11 March 2024: the Friday gone by is the 8th, the coming one the 15th.
    const monday = { published: '2024-03-11', locale: 'en-US' } as const;
    const newsDay = (text: string) => findMentions(text, monday).find((m) => m.text === 'Friday');
    const timemlDay = (text: string) =>
      findTimemlMentions(text, monday).find((m) => m.text === 'Friday');

    it.each([
      ['Companies that beat the deadline, Friday, will get a discount.'],
      ['Firms are racing to beat the deadline, Friday, for tax filings.'],
    ])('reads %j, where "beat" is no past, as the coming Friday', (text) => {
      expect(newsDay(text)?.value).toBe('2024-03-15');
      expect(timemlDay(text)?.value).toBe('2024-03-15');
    });

    it.each([
      ['She will respond to claims made Friday that she lied to the court.'],
      ['The board will review the statement issued Friday that the plant would close.'],
    ])('reads %j, a day right after a past participle, as the Friday gone by', (text) => {
      expect(newsDay(text)?.value).toBe('2024-03-08');
      expect(timemlDay(text)?.value).toBe('2024-03-08');
    });
  });
});

describe('a month paired with May', () => {
  const JULY = { published: '2024-07-13', locale: 'en-US' } as const;
  const read = (text: string) => findMentions(text, JULY).map((m) => [m.text, m.value]);

  it.each([
    ['Exports rose between January and May.', 'between January and May', '2024-01/2024-05'],
    ['Exports fell sharply between March and May.', 'between March and May', '2024-03/2024-05'],
  ])('reads "%s" by the verb before it, May being no modal', (text, words, value) => {
    expect(read(text)).toEqual([[words, value]]);
  });

  it('reads the months apart by that verb in TimeML mode', () => {
    const found = findTimemlMentions('Exports rose between January and May.', JULY);
    expect(found.map((m) => m.value)).toEqual(['2024-01', '2024-05']);
  });

  it('tells the month by the verb after May where May is the month', () => {
    expect(tense('Exports rose in March or May.', 'March')).toBe('past');
    expect(tense('Exports will rise between March and May.', 'March')).toBe('future');
  });

  it('leaves a May that opens a clause of its own, and the modal "may", to their own reading', () => {
    expect(read('Sales rose 4% in January and May will bring more.')).toEqual([
      ['January', '2024-01'],
    ]);
    expect(read('Prices rose in January and may rise again.')).toEqual([['January', '2024-01']]);
    expect(tense('Prices fell in January and may rise in June.', 'June')).toBe('future');
  });
});

describe('tenseAround and figures with thousands', () => {
  it("does not take the comma of '100,000' for the end of a clause", () => {
    expect(tense('He addressed a crowd of 100,000 shortly before midnight.', 'midnight')).toBe(
      'past',
    );
    expect(tense('Rescuers pulled 1,200 people from the water before noon.', 'noon')).toBe('past');
  });

  it('still ends a clause at a comma after a figure when a space or a word follows it', () => {
    expect(tense('Sales reached 1,200, and the shop will reopen before Friday.', 'Friday')).toBe(
      'future',
    );
  });
});
