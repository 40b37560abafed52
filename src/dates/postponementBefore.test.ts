import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { postponementBefore } from './postponementBefore.ts';

describe('postponementBefore', () => {
  it('finds a verb of putting off with to or until right before the new date', () => {
    for (const before of [
      'The ballot was pushed back to ',
      'Organisers moved the final forward to ',
      'The vote, shifted to ',
      'The final has been moved to ',
      'Organisers postponed the concert until ',
      'The judge adjourned the hearing to ',
      'The launch, delayed twice, was rescheduled for ',
      'The council put the decision off until ',
      'Talks were deferred till the ',
    ])
      expect(postponementBefore(before, before.length), before).toBe('to');
  });

  it('reads "Late Friday, the deadline was extended to Monday", told on a Sunday, as the Monday to come, in both readings', () => {
    const sunday = { published: '2024-11-17', locale: 'en-US' } as const;
    const text = 'Late Friday, the deadline was extended to Monday.';
    const monday = (found: { text: string; value?: string }[]) =>
      found.find((m) => m.text === 'Monday')?.value;
    expect(monday(findMentions(text, sunday))).toBe('2024-11-18');
    expect(monday(findTimemlMentions(text, sunday))).toBe('2024-11-18');
    expect(
      findMentions('The ban was extended to March 31, officials said.', sunday)[0]?.value,
    ).toBe('2025-03-31');
    expect(findMentions('The ceasefire was extended to Tuesday.', sunday)[0]?.value).toBe(
      '2024-11-19',
    );
    // Near misses: the day of the extending, a lead extended, and a new end told gone by.
    expect(findMentions('The deadline was extended on Monday.', sunday)[0]?.value).toBe(
      '2024-11-11',
    );
    expect(postponementBefore('The lead was extended to 10 points on ', 38)).toBeUndefined();
    expect(
      findMentions('The offer was extended to Monday, when the deal was signed.', sunday)[0]?.value,
    ).toBe('2024-11-11');
  });

  it.each([
    [
      '2024-03-12',
      'The heat wave extended to Sunday, before rain brought relief.',
      'Sunday',
      '2024-03-10',
    ],
    [
      '2024-03-11',
      'The rally extended to Friday as stocks climbed for a fifth day.',
      'Friday',
      '2024-03-08',
    ],
    [
      '2024-03-11',
      'The ban was extended to Friday, but lapsed quietly over the weekend.',
      'Friday',
      '2024-03-08',
    ],
  ])(
    'told on %s, reads %j, nothing put off ahead, as the day gone by',
    (published, text, words, day) => {
      const options = { published, locale: 'en-US' } as const;
      expect(findMentions(text, options).find((m) => m.text === words)?.value).toBe(day);
      expect(findTimemlMentions(text, options).find((m) => m.text === words)?.value).toBe(day);
    },
  );

  it('still finds "extended" with its object, in the passive or after a comma', () => {
    for (const before of [
      'Officials extended the deadline to ',
      'The ban was extended to ',
      'The ban, extended to ',
    ])
      expect(postponementBefore(before, before.length), before).toBe('to');
    expect(postponementBefore('The heat wave extended to ', 26)).toBeUndefined();
    const lapsed = 'The ban was extended to Friday, but lapsed.';
    expect(postponementBefore(lapsed, lapsed.indexOf('Friday'))).toBeUndefined();
  });

  it('finds the same verbs with from right before the date given up', () => {
    for (const before of ['The vote was postponed from ', 'Officials moved the summit from '])
      expect(postponementBefore(before, before.length), before).toBe('from');
  });

  it('finds moved, pushed or shifted without a passive when the thing moved stands before the to', () => {
    for (const before of [
      'Lawmakers pushed the vote to ',
      'The board moved the meeting to ',
      'The league shifted the final two games until ',
      'Organisers moved the annual summit to ',
    ])
      expect(postponementBefore(before, before.length), before).toBe('to');
  });

  it('does not take a move to a place or a date after another word for one put off', () => {
    for (const before of [
      'The company moved to Paris in ',
      'The flight was delayed on ',
      'He moved to the capital. On ',
      'Shares rose to a high on ',
      'Prices are down from ',
      'The focus shifted to ',
      'Investors moved to ',
      'Voters pushed the party to ',
    ])
      expect(postponementBefore(before, before.length), before).toBeUndefined();
  });

  it('takes bringing forward for setting the new time, not bringing to a vote', () => {
    for (const before of [
      'The election was brought forward to ',
      'The government brought the vote forward to ',
      'Ministers pulled the summit forward to ',
    ])
      expect(postponementBefore(before, before.length), before).toBe('to');
    for (const before of ['The speaker brought the bill to a vote in ', 'He pulled out in '])
      expect(postponementBefore(before, before.length), before).toBeUndefined();
  });
});
