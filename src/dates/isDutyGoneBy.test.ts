import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { isDutyGoneBy } from './isDutyGoneBy.ts';

// Monday 20 November 2000: the Friday gone by is 17 November, the coming one 24 November.
const MONDAY = { published: '2000-11-20', locale: 'en-US' } as const;
const news = (text: string) => findMentions(text, MONDAY).map((m) => `${m.text} = ${m.value}`);
const timeml = (text: string) =>
  findTimemlMentions(text, MONDAY).map((m) => `${m.text} = ${m.value}`);

describe('the deadline of a duty told with "had to … by"', () => {
  it('reads "Overseas absentee ballots had to arrive by midnight Friday" as the Friday gone by', () => {
    const text = 'Overseas absentee ballots had to arrive by midnight Friday to be counted.';
    expect(timeml(text)).toEqual(['midnight Friday = 2000-11-17T24']);
    expect(news(text)).toEqual(['midnight Friday = 2000-11-18T00:00']);
  });

  it('reads a duty with its object before "by" as gone by too', () => {
    expect(news('Candidates had to file their papers by Friday.')).toEqual(['Friday = 2000-11-17']);
    expect(timeml('Under the accord, Serb forces had to withdraw from Kosovo by Sunday.')).toEqual([
      'Sunday = 2000-11-19',
    ]);
  });

  it('leaves a reported duty and one the sentence still holds ahead to look ahead', () => {
    expect(news('Officials said the rebels had to disarm by Friday.')).toEqual([
      'Friday = 2000-11-24',
    ]);
    expect(news('The rebels had to disarm by Friday, the envoy said.')).toEqual([
      'Friday = 2000-11-24',
    ]);
    expect(news('The rebels had to leave by Friday or face arrest.')).toEqual([
      'Friday = 2000-11-24',
    ]);
    expect(news('Ballots must arrive by Friday.')).toEqual(['Friday = 2000-11-24']);
  });

  it('leaves a duty in a "that" clause after a past verb of warning or ruling to look ahead', () => {
    expect(news('Officials warned on Monday that the rebels had to disarm by Friday.')).toEqual([
      'on Monday = 2000-11-20',
      'Friday = 2000-11-24',
    ]);
    expect(
      timeml('The judge ruled on Monday that the county had to finish its recount by Friday.'),
    ).toEqual(['Monday = 2000-11-20', 'Friday = 2000-11-24']);
  });

  it('reads a duty gone by under a present saying, a later clause or an "or" further on', () => {
    expect(
      news('Election officials say absentee ballots had to arrive by Friday to be counted.'),
    ).toEqual(['Friday = 2000-11-17']);
    expect(
      timeml(
        'Overseas ballots had to arrive by Friday, and the count is now under way in Palm Beach.',
      ),
    ).toEqual(['Friday = 2000-11-17', 'now = PRESENT_REF']);
    expect(
      news('Applicants had to register by Tuesday, and the list will be published next month.'),
    ).toEqual(['Tuesday = 2000-11-14', 'next month = 2000-12']);
    expect(
      timeml('Ballots had to arrive by Friday, postmarked on or before Election Day.'),
    ).toEqual(['Friday = 2000-11-17', 'Election Day = 2000-11-07']);
  });

  it('reads a duty told with "needed to … by" as gone by too', () => {
    expect(news('Ballots needed to arrive by Friday to be counted.')).toEqual([
      'Friday = 2000-11-17',
    ]);
    expect(news('Officials said ballots needed to arrive by Friday.')).toEqual([
      'Friday = 2000-11-24',
    ]);
  });

  it('leaves "needed" after a noun to look ahead when the sentence\'s own verb follows the date', () => {
    expect(
      news('The $5 million needed to finish the bridge by Friday was approved on Monday.'),
    ).toEqual(['Friday = 2000-11-24', 'on Monday = 2000-11-20']);
    expect(news('The votes needed to pass the bill by Friday were not there.')).toEqual([
      'Friday = 2000-11-24',
    ]);
    expect(
      news('The extra staff needed to clear the backlog by Friday will be hired this week.'),
    ).toEqual(['Friday = 2000-11-24', 'this week = 2000-W47']);
    expect(news('Candidates needed to file their papers by Friday.')).toEqual([
      'Friday = 2000-11-17',
    ]);
  });

  it('reads "had to" in the subject as gone by, whatever the sentence\'s own verb', () => {
    expect(news('The papers he had to file by Friday are missing.')).toEqual([
      'Friday = 2000-11-17',
    ]);
  });

  it('answers only for "had to" with its verb right before "by"', () => {
    expect(isDutyGoneBy('Ballots had to arrive by ', '.')).toBe(true);
    expect(isDutyGoneBy('Ballots were due to arrive by ', '.')).toBe(false);
    expect(isDutyGoneBy('Ballots had to arrive and be counted by ', '.')).toBe(false);
  });

  it('leaves a duty told "according to" a source to look ahead', () => {
    const text = 'Absentee ballots had to arrive by Friday, according to state election officials.';
    expect(news(text)).toEqual(['Friday = 2000-11-24']);
  });

  it('leaves a duty whose purpose is told in the present after it to look ahead', () => {
    const text = 'The rebels had to disarm by Friday so that peace talks can begin.';
    expect(news(text)).toEqual(['Friday = 2000-11-24']);
  });

  it('leaves a duty in a "that" clause after "held" or "found" to look ahead', () => {
    expect(news('The court held that the county had to finish its recount by Friday.')).toEqual([
      'Friday = 2000-11-24',
    ]);
    expect(news('A judge found that the state had to certify the results by Friday.')).toEqual([
      'Friday = 2000-11-24',
    ]);
  });

  it('leaves "needed" after a noun to look ahead when an irregular past of the sentence follows the date', () => {
    const text = 'The signatures needed to force a recount by Friday fell short.';
    expect(news(text)).toEqual(['Friday = 2000-11-24']);
  });
});
