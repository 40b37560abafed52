import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Sunday 15 March 2026: the Saturday gone by is the 14th, the coming one the 21st.
const SUNDAY = { published: '2026-03-15', locale: 'en-GB' } as const;
const read = (text: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, SUNDAY).map((m) => `${m.text.replace(/^on /, '')} = ${m.value}`),
  );

describe('a deed brought in by "after a" or "following an"', () => {
  it.each([
    [
      'The England captain faces a fitness test after a knock on Saturday.',
      'Saturday = 2026-03-14',
    ],
    ['The winger faces a scan after a heavy fall on Friday.', 'Friday = 2026-03-13'],
    [
      'The airline faces questions following an emergency landing on Thursday.',
      'Thursday = 2026-03-12',
    ],
    ['The council faces a repair bill after a flood on Tuesday.', 'Tuesday = 2026-03-10'],
    [
      'The jockey faces a lengthy lay-off after a fall at Cheltenham on Thursday.',
      'Thursday = 2026-03-12',
    ],
    ['The club faces a fine following a pitch invasion on Saturday.', 'Saturday = 2026-03-14'],
  ])('reads "%s" as the day gone by', (text, found) => {
    expect(read(text)).toEqual([[found], [found]]);
  });

  it.each([
    ['The champion faces a fitness test on Saturday.', 'Saturday = 2026-03-21'],
    ['The team faces a tough test after a match on Saturday.', 'Saturday = 2026-03-21'],
    ['The side faces Leeds after a match at Wembley on Saturday.', 'Saturday = 2026-03-21'],
    ['The striker faces a fitness test after a training session on Friday.', 'Friday = 2026-03-20'],
    ['The government faces a vote over a bill on Tuesday.', 'Tuesday = 2026-03-17'],
    ['The champion faces a tune-up bout after a long layoff on Saturday.', 'Saturday = 2026-03-21'],
    ['The minister faces MPs for a debate on Wednesday.', 'Wednesday = 2026-03-18'],
    ['The squad faces a long flight after a friendly in Lima on Tuesday.', 'Tuesday = 2026-03-17'],
    ['The senator faces reporters after a closed-door lunch on Tuesday.', 'Tuesday = 2026-03-17'],
  ])('keeps the coming day of "%s" (a staged event, or no "after a")', (text, found) => {
    expect(read(text)).toEqual([[found], [found]]);
  });
});
