import { describe, expect, it } from 'vitest';
import { electionOnDayIs } from './electionOnDayIs.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const first = (text: string, published: string) =>
  [findMentions, findTimemlMentions].map(
    (find) => find(text, { published, locale: 'en-GB' })[0]?.value,
  );
const fires = (text: string) => {
  const at = text.search(/\w+day\b/);
  return electionOnDayIs(text, at, at + /^\w+day/.exec(text.slice(at))![0].length);
};

describe('an election opening its sentence, told with a present "is" or "are", is to come', () => {
  it.each([
    [
      'The local elections on Thursday are the first big test for the new leader.',
      '2026-05-05',
      '2026-05-07',
    ],
    ['The vote on Sunday is a straight choice between two candidates.', '2026-04-08', '2026-04-12'],
    [
      'Many voters are undecided. The referendum on Sunday is the third in five years.',
      '2026-03-11',
      '2026-03-15',
    ],
    [
      "The Budget on Tuesday is the chancellor's chance to reset the economy.",
      '2026-03-11',
      '2026-03-17',
    ],
    ["The King's Speech on Wednesday is expected to include 35 bills.", '2026-05-08', '2026-05-13'],
  ])('reads "%s", said %s, as %s in both readings', (text, published, value) => {
    expect(first(text, published)).toEqual([value, value]);
  });

  it('reads "The local elections on Thursday are the first big test" as the coming Thursday', () => {
    expect(fires('The local elections on Thursday are the first big test.')).toBe(true);
  });

  it('leaves a state or participle that looks back at the vote', () => {
    expect(fires('The vote on Thursday is seen as a rebuke to the prime minister.')).toBe(false);
    expect(fires('The ballots on Sunday are being counted by hand.')).toBe(false);
    expect(first('The vote on Thursday is seen as a rebuke.', '2026-05-05')).toEqual([
      '2026-04-30',
      '2026-04-30',
    ]);
  });

  it('leaves a verdict on the outcome', () => {
    const text = 'The by-election on Thursday is a humiliation for the prime minister.';
    expect(fires(text)).toBe(false);
    expect(first(text, '2026-05-05')).toEqual(['2026-04-30', '2026-04-30']);
  });

  it.each([
    'The vote on Thursday is a clear mandate for the new leader.',
    'The vote on Thursday is another blow to the speaker.',
    'The vote on Thursday is bad news for the chancellor.',
    'The vote on Sunday is a landslide for the opposition.',
  ])('leaves an open verdict on the outcome: "%s", said on Friday, is the day gone by', (text) => {
    expect(fires(text)).toBe(false);
    const day = text.includes('Sunday') ? '2026-03-08' : '2026-03-12';
    expect(first(text, '2026-03-13')).toEqual([day, day]);
  });

  it('leaves a survey\'s finding: "The poll on Tuesday is the first to show Labour behind"', () => {
    const text = 'The poll on Tuesday is the first to show Labour behind.';
    expect(fires(text)).toBe(false);
    expect(first(text, '2026-03-13')).toEqual(['2026-03-10', '2026-03-10']);
    expect(fires('The referendum on Sunday is the third in five years.')).toBe(true);
  });

  it('leaves an ordinal verdict: "The vote on Thursday is the first defeat for the government since 1977"', () => {
    const text = 'The vote on Thursday is the first defeat for the government since 1977.';
    expect(fires(text)).toBe(false);
    expect(first(text, '2026-03-13')).toEqual(['2026-03-12', '2026-03-12']);
    expect(fires('The debate on Tuesday is the last before polling day.')).toBe(true);
  });

  it('reads "The Budget on Wednesday is widely expected to raise taxes" as the coming day', () => {
    expect(fires('The Budget on Wednesday is widely expected to raise taxes.')).toBe(true);
  });

  it('leaves a vote inside its sentence', () => {
    const text = 'Turnout in the election on Sunday is the lowest on record.';
    expect(fires(text)).toBe(false);
    expect(first(text, '2026-03-11')).toEqual(['2026-03-08', '2026-03-08']);
  });

  it('leaves a vote told in the past', () => {
    expect(fires('The vote on Thursday was the first big test.')).toBe(false);
  });

  it('leaves a place in a row that a relative clause tells: "The election on Sunday is the second in a row in which turnout fell below half"', () => {
    const text = 'The election on Sunday is the second in a row in which turnout fell below half.';
    expect(fires(text)).toBe(false);
    expect(first(text, '2026-05-04')).toEqual(['2026-05-03', '2026-05-03']);
    expect(fires('The election on Sunday is the second in a row.')).toBe(true);
    expect(fires('The vote on Thursday is the first in which 16-year-olds can take part.')).toBe(
      true,
    );
  });
});
