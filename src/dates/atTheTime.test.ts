import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { AT_THE_TIME } from './atTheTime.ts';

// Thursday 5 March 1998.
const PUBLISHED = { published: '1998-03-05', locale: 'en-US' } as const;
const marked = (found: { text: string; value: string }[]) => found.map((m) => [m.text, m.value]);
const news = (text: string) => marked(findMentions(text, PUBLISHED));
const timeml = (text: string) => marked(findTimemlMentions(text, PUBLISHED));
const matched = (text: string) => [...text.matchAll(AT_THE_TIME)].map((m) => m[0]);

describe('"the time" of "at the time"', () => {
  it.each([
    ['At the time, few people expected the conflict to spread.'],
    ['The minister denied the report, saying at the time he was unaware of it.'],
    ['The boy, who was 17 at the time, cannot be named.'],
    ['Officials said at the time that the ban would be lifted.'],
    ["He was at the time the party's leader in the Senate."],
  ])('reads "the time" in %j as PAST_REF in TimeML mode', (text) => {
    expect(timeml(text)).toContainEqual(['the time', 'PAST_REF']);
  });

  it('leaves the news reading of "At the time, few people expected it" unmarked', () => {
    expect(news('At the time, few people expected it.')).toEqual([]);
  });

  it('reads "at the time" after Sunday\'s vote as the past and the Sunday as its day', () => {
    expect(timeml('Turnout was low on Sunday; at the time, nobody blamed the rain.')).toEqual([
      ['Sunday', '1998-03-01'],
      ['the time', 'PAST_REF'],
    ]);
  });

  it.each([
    ['There were 12 members at the time of its founding.'],
    ['The figures were correct at the time of writing.'],
    ['He was asleep at the time when the blast hit.'],
    ['She will be 60 at the time, and retired.'],
    ["We'll know more at the time."],
    ['Tell him the time, please.'],
    ['They met for the first time in May.'],
    ['"Look at the time," the host joked as the debate ran long.'],
    ['The drug must be taken at the time prescribed by a doctor.'],
    ['Investors should arrive at the time stated in the notice.'],
    ['Guests must arrive at the time shown on the ticket.'],
    ['He was standing near the car at the time the shots were fired.'],
    ['Nobody was on board at the time the plane crashed.'],
    ['The alarm sounds at the time the doors close each night.'],
    ['Tickets are scanned at the time the passenger boards.'],
  ])('does not mark "the time" in %j', (text) => {
    expect(matched(text)).toEqual([]);
    expect(timeml(text).filter(([words]) => /time/i.test(words!))).toEqual([]);
  });
});
