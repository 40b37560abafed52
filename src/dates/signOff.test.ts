import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Friday 7 January 2000: the coming Monday is the 10th, the one gone by the 3rd.
const FRIDAY = { published: '2000-01-07', locale: 'en-US' } as const;
const read = (text: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, FRIDAY).map((m) => `${m.text.replace(/^on /, '')} = ${m.value}`),
  );

describe("a sign-off's day", () => {
  it.each([
    ['Good night, and see you Monday at six.', 'Monday = 2000-01-10'],
    ["That's all for this week; see you Tuesday.", 'Tuesday = 2000-01-11'],
    ['Join us again Monday for the second part of our series.', 'Monday = 2000-01-10'],
    ['Tune in Thursday when we look at the race for the White House.', 'Thursday = 2000-01-13'],
    ['Do join us again on Sunday for more.', 'Sunday = 2000-01-09'],
  ])('reads "%s" as the coming day', (text, found) => {
    expect(read(text).map((mentions) => mentions.at(-1))).toEqual([found, found]);
  });

  it.each([
    ['He came to see you Monday.', 'Monday = 2000-01-03'],
    ['They asked him to join us on Monday.', 'Monday = 2000-01-03'],
    ['Millions tuned in Monday for the address.', 'Monday = 2000-01-03'],
  ])('keeps the day gone by in "%s" (no sign-off opening the clause)', (text, found) => {
    expect(read(text)).toEqual([[found], [found]]);
  });
});
