import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// A Wednesday.
const SEPT_8 = { published: '1999-09-08', locale: 'en-US' } as const;
const news = (text: string) => findMentions(text, SEPT_8).map((m) => [m.text, m.value] as const);
const timeml = (text: string) =>
  findTimemlMentions(text, SEPT_8).map((m) => [m.text, m.value] as const);

describe('a plural side\'s bare "play" with no opponent named', () => {
  it('reads "The Broncos play Sunday" as the coming Sunday, in both readings', () => {
    expect(news('The Broncos play Sunday.')).toEqual([['Sunday', '1999-09-12']]);
    expect(timeml('The Broncos play Sunday.')).toEqual([['Sunday', '1999-09-12']]);
  });

  it('reads a game away, at home or as host alike', () => {
    expect(timeml('The Rams play at Denver on Sunday.')).toEqual([['Sunday', '1999-09-12']]);
    expect(timeml('The Giants play at home Sunday.')).toEqual([['Sunday', '1999-09-12']]);
    expect(timeml('The Knicks play host to Miami on Sunday.')).toEqual([['Sunday', '1999-09-12']]);
    expect(timeml('Both teams play on Saturday.')).toEqual([['Saturday', '1999-09-11']]);
  });

  it('reads the side past a relative clause between commas', () => {
    expect(
      timeml('The Broncos, who lost their season opener, play at Kansas City on Sunday.'),
    ).toEqual([['Sunday', '1999-09-12']]);
  });

  it('keeps a past game, play in the snow and a role to play as they were', () => {
    expect(timeml('The Broncos played at Kansas City on Sunday.')).toEqual([
      ['Sunday', '1999-09-05'],
    ]);
    expect(timeml('Children play in the snow on Sunday.')).toEqual([['Sunday', '1999-09-05']]);
    expect(timeml('Kids play in the snow on Saturday.')).toEqual([['Saturday', '1999-09-04']]);
    expect(timeml('He has a role to play on Monday.')).toEqual([['Monday', '1999-09-06']]);
  });
});
