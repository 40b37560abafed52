import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// A Wednesday.
const AUG_19 = { published: '2026-08-19', locale: 'en-US' } as const;
const read = (text: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, AUG_19).map((m) => `${m.text} = ${m.value}`),
  );

describe('a weekday a thing begun on another weekday runs on to', () => {
  it('reads "The Democratic National Convention opens in Chicago on Monday and runs through Thursday" as the Thursday after that Monday', () => {
    expect(
      read(
        'The Democratic National Convention opens in Chicago on Monday and runs through Thursday.',
      ),
    ).toEqual([
      ['on Monday = 2026-08-24', 'Thursday = 2026-08-27'],
      ['Monday = 2026-08-24', 'Thursday = 2026-08-27'],
    ]);
  });

  it('reads "The conference opens on Sunday and runs until Wednesday" and "continues through" alike', () => {
    expect(read('The conference opens in Liverpool on Sunday and runs until Wednesday.')).toEqual([
      ['on Sunday = 2026-08-23', 'Wednesday = 2026-08-26'],
      ['Sunday = 2026-08-23', 'Wednesday = 2026-08-26'],
    ]);
    expect(read('Early voting begins Saturday and continues through Thursday.')[1]).toEqual([
      'Saturday = 2026-08-22',
      'Thursday = 2026-08-27',
    ]);
  });

  it('reads "The convention opened on Monday and ran through Thursday", a past, as a run gone by', () => {
    expect(read('The convention opened on Monday and ran through Thursday.')).toEqual([
      ['on Monday = 2026-08-10', 'Thursday = 2026-08-13'],
      ['Monday = 2026-08-10', 'Thursday = 2026-08-13'],
    ]);
  });

  it('leaves an end already after its start ("Voting starts on Saturday and ends on Tuesday")', () => {
    expect(read('Voting starts on Saturday and ends on Tuesday.')[1]).toEqual([
      'Saturday = 2026-08-22',
      'Tuesday = 2026-08-25',
    ]);
  });

  it('leaves "The festival opens on Saturday and the mayor said on Tuesday that it would go ahead", no verb of going on after "and"', () => {
    expect(
      read('The festival opens on Saturday and the mayor said on Tuesday that it would go ahead.'),
    ).toEqual([
      ['on Saturday = 2026-08-22', 'on Tuesday = 2026-08-18'],
      ['Saturday = 2026-08-22', 'Tuesday = 2026-08-18'],
    ]);
  });

  it('leaves "The market opens on Saturday and the road closes on Friday", another thing that goes on to its own day', () => {
    expect(read('The market opens on Saturday and the road closes on Friday.')).toEqual([
      ['on Saturday = 2026-08-22', 'on Friday = 2026-08-21'],
      ['Saturday = 2026-08-22', 'Friday = 2026-08-21'],
    ]);
  });
});
