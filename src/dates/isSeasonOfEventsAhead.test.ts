import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { isSeasonOfEventsAhead } from './isSeasonOfEventsAhead.ts';

const read = (text: string, published: string) =>
  findMentions(text, { published, locale: 'en-GB' }).map((m) => `${m.text} = ${m.value}`);
const readTimeml = (text: string, published: string) =>
  findTimemlMentions(text, { published, locale: 'en-GB' }).map((m) => `${m.text} = ${m.value}`);

describe('a season of events planned or threatened', () => {
  it('reads "Unions are planning a winter of protests", said on 10 June 2026, as 2026-WI', () => {
    const text = 'Unions are planning a winter of protests over pay.';
    expect(read(text, '2026-06-10')).toEqual(['winter = 2026-WI']);
    expect(readTimeml(text, '2026-06-10')).toEqual(['winter = 2026-WI']);
  });

  it('reads "threatened a summer of strikes unless the offer improves", said on 12 March 2026, as 2026-SU', () => {
    expect(
      read('The union threatened a summer of strikes unless the offer improves.', '2026-03-12'),
    ).toEqual(['summer = 2026-SU']);
  });

  it('keeps "after a summer of protests" and "endured a winter of record waiting lists" as they were read', () => {
    expect(read('After a summer of protests, the government backed down.', '1998-09-20')).toEqual([
      'summer = 1998-SU',
    ]);
    expect(read('Doctors endured a winter of record waiting lists.', '2026-06-10')).toEqual([]);
  });

  it('keeps "If unions plan a winter of strikes", a supposition before the verb, unread', () => {
    expect(
      read('If unions plan a winter of strikes, hospitals will suffer.', '2026-03-12'),
    ).toEqual([]);
  });

  it('tells the verb right before the season', () => {
    expect(isSeasonOfEventsAhead('Unions are planning ')).toBe(true);
    expect(isSeasonOfEventsAhead('Campaigners warned of ')).toBe(true);
    expect(isSeasonOfEventsAhead('Hospitals are recovering from ')).toBe(false);
  });
});
