import { describe, expect, it } from 'vitest';
import { Mention } from '../model/mention.ts';
import { findMentions } from './findMentions.ts';

/** Every mention's words, value and mod, each checked against the schema and its offsets. */
function read(text: string, published: string): string[] {
  return findMentions(text, { published, locale: 'en-US' }).map((m) => {
    Mention.parse(m);
    expect(text.slice(m.start, m.end)).toBe(m.text);
    return `${m.text} = ${m.value}${m.mod ? ` ${m.mod}` : ''}`;
  });
}

describe('science, health, tech and culture wording', () => {
  it('reads a count of years ago that goes back past year 1 as the past, not a year AD', () => {
    expect(read('The settlement was founded about 2,500 years ago.', '2025-12-27')).toEqual([
      'about 2,500 years ago = PAST_REF',
    ]);
    expect(
      read('Modern humans reached Australia at least 50,000 years ago.', '2025-12-27'),
    ).toEqual(['at least 50,000 years ago = PAST_REF']);
  });

  it('reads millions and billions of years ago whole as the past', () => {
    expect(read('An asteroid wiped out the dinosaurs 66 million years ago.', '2025-01-18')).toEqual(
      ['66 million years ago = PAST_REF'],
    );
    expect(read('The Earth formed about 4.5 billion years ago.', '2025-01-18')).toEqual([
      'about 4.5 billion years ago = PAST_REF',
    ]);
    expect(read('Glaciers carved the valley millions of years ago.', '2025-01-18')).toEqual([
      'millions of years ago = PAST_REF',
    ]);
  });

  it('reads a count of years ago that lands in the first century as the past, not a 1900s year', () => {
    expect(read('About 2,000 years ago, Romans built the road.', '2026-01-03')).toEqual([
      'About 2,000 years ago = PAST_REF',
    ]);
  });

  it('reads a deep-time count earlier than thought as how long, not the past', () => {
    expect(
      read('Humans reached the island 2,000 years earlier than thought.', '2025-03-12'),
    ).toEqual(['2,000 years = P2000Y']);
    expect(
      read('The species appeared 10,000 years earlier than previously believed.', '2025-03-12'),
    ).toContain('10,000 years = P10000Y');
  });

  it('still reads a count of years ago within the calendar as its year', () => {
    expect(read('The church was built 800 years ago.', '2025-01-18')).toEqual([
      '800 years ago = 1225',
    ]);
  });

  it('reads a holiday followed by its year as the holiday of that year, not the nearest one', () => {
    expect(read('The telescope launched on Christmas Day 2021.', '2025-12-27')).toEqual([
      'Christmas Day 2021 = 2021-12-25',
    ]);
    expect(read('Voters went to the polls on Election Day 2024.', '2025-12-27')).toEqual([
      'Election Day 2024 = 2024-11-05',
    ]);
    expect(read('Crowds packed the mall over Thanksgiving weekend 2023.', '2025-12-27')).toEqual([
      'Thanksgiving weekend 2023 = 2023-W47-WE',
    ]);
    expect(read('Election Day 2024 will be long remembered.', '2025-12-27')).toEqual([
      'Election Day 2024 = 2024-11-05',
    ]);
  });

  it('reads "in the fall" after a verb looking ahead as the coming fall, not a tumble', () => {
    expect(read('Her memoir will come out in the fall.', '2025-12-27')).toEqual([
      'the fall = 2026-FA',
    ]);
    expect(read('The app launches in the fall.', '2025-03-12')).toEqual(['the fall = 2025-FA']);
    expect(read('She broke her hip in the fall.', '2025-03-12')).toEqual([]);
    expect(read('He will recover from injuries suffered in the fall.', '2025-03-12')).toEqual([]);
  });

  it('reads a count later or earlier than planned as how long, not a date', () => {
    expect(read('The phone arrived three weeks later than expected.', '2025-12-27')).toEqual([
      'three weeks = P3W',
    ]);
    expect(
      read('The sequel will come out in 2027, two years later than planned.', '2025-12-27'),
    ).toEqual(['2027 = 2027', 'two years = P2Y']);
  });

  it('reads a year of the 22nd century after "the year" or "by" as that year, not a number', () => {
    expect(read('Sea levels could rise a meter by the year 2100.', '2025-01-18')).toEqual([
      '2100 = 2100',
    ]);
    expect(read('By 2100, sea levels could rise a meter.', '2025-01-18')).toEqual(['2100 = 2100']);
    expect(read('Warming could reach 3 degrees by 2100.', '2025-01-18')).toEqual(['2100 = 2100']);
    expect(read('The index rose by 2100 points.', '2025-01-18')).toEqual([]);
  });

  it('reads no year in a name that a capital "The" opens mid-sentence ("fans of The 1975")', () => {
    expect(read('Tickets for The 1975 sold out within an hour.', '2025-06-14')).toEqual([
      'an hour = PT1H',
    ]);
    expect(read('The 1975 law was repealed.', '2025-06-14')).toEqual(['1975 = 1975']);
    expect(read('Fans of The 1975 lined up on Friday.', '2025-06-14')).toEqual([
      'on Friday = 2025-06-13',
    ]);
    expect(read('Voters said the 2024 race was close.', '2025-06-14')).toEqual(['2024 = 2024']);
  });

  it('reads no date in "a weekend" ("After a weekend of talks", "a quiet weekend")', () => {
    expect(read('After a weekend of bitter talks, the deal collapsed.', '2025-03-12')).toEqual([]);
    expect(read('He spent a quiet weekend at home.', '2025-03-12')).toEqual([]);
    expect(read('Sales fell over the weekend.', '2025-03-12')).toEqual([
      'the weekend = 2025-W10-WE',
    ]);
  });

  it('reads a release told in the present ("rolls out", "comes out") as ahead', () => {
    expect(read('Her memoir comes out in the spring.', '2025-12-27')).toEqual([
      'the spring = 2026-SP',
    ]);
    expect(read('The update rolls out in February.', '2025-12-06')).toEqual(['February = 2026-02']);
  });
});

describe('science, health, tech and culture wording: guards from review', () => {
  it('reads a month kept "under wraps" as the past one, "wraps" being a noun as often as a verb', () => {
    expect(
      read('Apple kept the project under wraps in December, people familiar said.', '2026-01-09'),
    ).toEqual(['December = 2025-12']);
    expect(read('The details were kept under wraps in November.', '2026-01-09')).toEqual([
      'November = 2025-11',
    ]);
  });

  it('reads "comes out at" a figure as a report, not a release ahead', () => {
    expect(
      read('Annual inflation comes out at 2.8% in November, the agency said.', '2025-12-06'),
    ).toEqual(['November = 2025-11']);
    expect(read('The plan comes out of talks held in October.', '2025-12-06')).toEqual([
      'October = 2025-10',
    ]);
  });

  it('reads the year after a capital "The" that opens a line or follows a capital word', () => {
    const years = (text: string) => read(text, '2025-06-14').filter((r) => /^\d{4} = /.test(r));
    expect(years('Budget Talks Stall\nThe 2026 budget must pass by Oct. 1.')).toEqual([
      '2026 = 2026',
    ]);
    expect(years('By Jane Doe\nThe 2025 season opens on Thursday.')).toEqual(['2025 = 2025']);
    expect(years('Key facts\n\nThe 2024 race drew record turnout.')).toEqual(['2024 = 2024']);
    expect(years('Why The 2024 Election Still Haunts Democrats')).toEqual(['2024 = 2024']);
    expect(years('Updated 3:45 p.m. ET The 2025 list was released Friday.')).toEqual([
      '2025 = 2025',
    ]);
    expect(years('Tickets for The 1975 sold out.')).toEqual([]);
  });

  it('reads no season in "in the fall" when the verb looking ahead is not next to it or a tumble is told', () => {
    const fall = (text: string) => read(text, '2025-03-12');
    expect(fall('The senator will miss votes after breaking her wrist in the fall.')).toEqual([]);
    expect(fall('Doctors will check whether he hit his head in the fall.')).toEqual([]);
    expect(
      fall('Nobody will die in the fall if the net holds, the stunt coordinator said.'),
    ).toEqual([]);
    expect(fall('Police will investigate the role of alcohol in the fall.')).toEqual([]);
  });

  it('reads "The ballot was scheduled to take place in the fall" as the coming fall, the plan word before an infinitive of two words', () => {
    const fall = (text: string) => read(text, '2025-03-12');
    expect(fall('The ballot was scheduled to take place in the fall.')).toEqual([
      'the fall = 2025-FA',
    ]);
    expect(fall('The trial is expected to get under way in the fall.')).toEqual([
      'the fall = 2025-FA',
    ]);
    expect(fall('The merger is set to go ahead in the fall.')).toEqual(['the fall = 2025-FA']);
    // Near misses: an infinitive after a verb that looks nowhere, and a tumble.
    expect(fall('The climber managed to break his fall.')).toEqual([]);
    expect(fall('He was scheduled to take part but broke his wrist in the fall.')).toEqual([]);
    expect(fall('Shares went on to take off in the fall.')).toEqual([]);
  });

  it('reads "in the fall" after a plan participle or a modal and its verb as the coming fall', () => {
    expect(read('A ruling is expected in the fall.', '2025-03-12')).toEqual(['the fall = 2025-FA']);
    expect(read('The drug could be approved in the fall, analysts said.', '2025-03-12')).toEqual([
      'the fall = 2025-FA',
    ]);
  });

  it('reads "in the fall" after a verb that was, were or had governs as the fall gone by', () => {
    expect(
      read('Sales were expected to recover in the fall, but they did not.', '2025-03-12'),
    ).toEqual(['the fall = 2024-FA']);
    expect(read('The company had planned to launch in the fall', '2025-03-12')).toEqual([
      'the fall = 2024-FA',
    ]);
  });

  it.each([
    ['The rocket was due to launch in the fall.', '2025-03-12', '2025-FA'],
    ['The ballot was scheduled to open in the fall.', '2025-03-12', '2025-FA'],
    ['Talks were expected to resume in the fall.', '2025-05-02', '2025-FA'],
    ['The rocket was due to launch in the fall.', '2025-10-20', '2025-FA'],
  ])(
    'reads %j, a plan told in the past, as the coming fall, as "in the summer" reads',
    (text, published, value) => {
      expect(read(text, published)).toEqual([`the fall = ${value}`]);
    },
  );

  it('keeps "in the fall" gone by after "was" or "were" when the sentence denies the deed', () => {
    expect(read('The plant was due to reopen in the fall but never did.', '2025-03-12')).toEqual([
      'the fall = 2024-FA',
    ]);
    expect(
      read('Prices were expected to ease in the fall, but they failed to.', '2025-03-12'),
    ).toEqual(['the fall = 2024-FA']);
  });

  it('reads "in the fall" of a plan told in the past, said after the fall, as the fall gone by', () => {
    const text = 'The merger was expected to close in the fall but slipped to next year.';
    expect(read(text, '2025-12-15')).toContain('the fall = 2025-FA');
  });

  it('reads no year 2100 in a clock time or a count of change', () => {
    const years = (text: string) => read(text, '2025-01-18').filter((r) => /= 21\d\d$/.test(r));
    expect(years('Curfew runs from 1900 until 2100.')).toEqual([]);
    expect(years('The patrol returned before 2100.')).toEqual([]);
    expect(years('The patrol left at 1800 and was back by 2100.')).toEqual([]);
    expect(years('The Dow fell by 2100.')).toEqual([]);
    expect(years('Unemployment claims rose by 2100, to 231,000.')).toEqual([]);
    expect(years('Flights are banned between 2300 and 0600 local time, and by 2100.')).toEqual([]);
  });

  it('reads no year after a holiday when the figure counts what follows it', () => {
    // The figure alone is still read as a year (a count before a plural noun is left for later).
    const holidays = (text: string) => read(text, '2025-12-27').filter((r) => !/^\d{4} = /.test(r));
    expect(holidays('Before Christmas, 2000 people had signed the petition.')).toEqual([
      'Christmas = 2025-12-25',
    ]);
    expect(holidays('On Thanksgiving 2000 volunteers served meals.')).toEqual([
      'Thanksgiving = 2025-11-27',
    ]);
    expect(read('The deal was signed on Christmas Day, 2021.', '2025-12-27')).toEqual([
      'Christmas Day, 2021 = 2021-12-25',
    ]);
  });
  it('reads only the year of a holiday written with a year before its rule applied', () => {
    expect(read('Memorial Day 1968 was quiet.', '2026-01-02')).toEqual([
      'Memorial Day 1968 = 1968',
    ]);
    expect(read('Columbus Day 1962 was quiet.', '2026-01-02')).toEqual([
      'Columbus Day 1962 = 1962',
    ]);
    expect(read('He recalled Super Bowl Sunday 1990.', '2026-01-02')).toEqual([
      'Super Bowl Sunday 1990 = 1990',
    ]);
    expect(read('Memorial Day 1975 was quiet.', '2026-01-02')).toEqual([
      'Memorial Day 1975 = 1975-05-26',
    ]);
  });

  it('reads a deep count of years ago after any approximator of a length as the past', () => {
    expect(read('The volcano last erupted less than 10,000 years ago.', '2025-03-12')).toEqual([
      'less than 10,000 years ago = PAST_REF',
    ]);
    expect(read('The cave was sealed approximately 40,000 years ago.', '2025-03-12')).toEqual([
      'approximately 40,000 years ago = PAST_REF',
    ]);
  });

  it('reads a deep count of years earlier or before as the past, not a year through year 0', () => {
    expect(read('The settlement was abandoned 2,500 years earlier.', '2025-03-12')).toEqual([
      '2,500 years earlier = PAST_REF',
    ]);
  });
});
