import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Monday 18 May 2026.
const PUBLISHED = { published: '2026-05-18', locale: 'en-GB' } as const;
const valueOf = (found: { text: string; value: string }[], words: string) =>
  found.find((m) => m.text.includes(words))?.value;
const news = (text: string, words: string) => valueOf(findMentions(text, PUBLISHED), words);
const timeml = (text: string, words: string) => valueOf(findTimemlMentions(text, PUBLISHED), words);

describe('a weekday with the score of what was played on it', () => {
  it.each([
    ['Leicester end the season at Fulham on Sunday with a 2-1 win.', 'Sunday', '2026-05-17'],
    ['Wales open their campaign in Rome on Saturday with a 30-10 win.', 'Saturday', '2026-05-16'],
    [
      'Rangers end their season at Hampden on Saturday with a 1-0 defeat.',
      'Saturday',
      '2026-05-16',
    ],
    [
      'Ohio State begin their title defense on Saturday with a 45-3 rout.',
      'Saturday',
      '2026-05-16',
    ],
    [
      'Bath stay unbeaten on Saturday at Twickenham with a narrow 19-18 win.',
      'Saturday',
      '2026-05-16',
    ],
    ['Celtic seal the title on Saturday with a 3-0 win over Hearts.', 'Saturday', '2026-05-16'],
    ['Leeds will go up. City go top on Saturday with a 2-1 win.', 'Saturday', '2026-05-16'],
  ])('reads %j as the day gone by, in both readings', (text, day, value) => {
    expect(news(text, day)).toBe(value);
    expect(timeml(text, day)).toBe(value);
  });

  it.each([
    // No score: a plan may name a win.
    ['Leicester hope to end the season at Fulham on Sunday with a win.', 'Sunday', '2026-05-24'],
    // The score is no result ("with a 2-1 lead" is a standing to be defended).
    ['Leicester host Fulham on Sunday with a 2-1 lead from the first leg.', 'Sunday', '2026-05-24'],
    // The result does not close its clause: one still wanted, or one of another day.
    ['The season ends on Sunday with a 2-1 win needed to stay up.', 'Sunday', '2026-05-24'],
    [
      'England host France on Saturday with a 24-10 defeat in Paris last year to avenge.',
      'Saturday',
      '2026-05-23',
    ],
    // A modal before the day: a result foretold or wished.
    ['Rovers will end the season at home on Sunday with a 2-0 win.', 'Sunday', '2026-05-24'],
    ['City can seal the title on Sunday with a 1-0 win over United.', 'Sunday', '2026-05-24'],
    // A hope, plan or need before the day: a result still wanted.
    ['Celtic need to seal the title at Ibrox on Sunday with a 2-0 win.', 'Sunday', '2026-05-24'],
    ['Celtic hope to seal the title at Ibrox on Sunday with a 2-0 win.', 'Sunday', '2026-05-24'],
  ])('still reads %j as the coming day', (text, day, value) => {
    expect(news(text, day)).toBe(value);
    expect(timeml(text, day)).toBe(value);
  });
});
