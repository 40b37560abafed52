import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Published on Wednesday 11 March 2026: the night just gone is Tuesday 10 March's.
const US = { published: '2026-03-11', locale: 'en-US' } as const;
const GB = { published: '2026-03-11', locale: 'en-GB' } as const;
const night = (mentions: ReturnType<typeof findMentions>) =>
  mentions.filter((m) => /night$/i.test(m.text)).map((m) => [m.text, m.value]);

describe('a night told in the past with no day named is the night just gone', () => {
  it.each([
    ['Rescuers worked through the night to free people trapped in the rubble.', US],
    ['Talks dragged on late into the night.', US],
    ['Firefighters battled the blaze throughout the night, the brigade said.', GB],
    ['Fighting raged through the night, residents said. On Monday, the army withdrew.', US],
  ])('reads %j as Tuesday night in both readings', (text, options) => {
    expect(night(findMentions(text, options))).toEqual([['the night', '2026-03-10']]);
    expect(night(findTimemlMentions(text, options))).toEqual([['the night', '2026-03-10TNI']]);
  });

  it('keeps tonight for a night still to come or told in the present', () => {
    for (const text of [
      'Crews will work through the night to restore power.',
      'Rescuers are working through the night.',
    ])
      expect(night(findTimemlMentions(text, US)), text).toEqual([['the night', '2026-03-11TNI']]);
  });

  it('keeps the night of a day the story names, the day of publication too', () => {
    expect(
      night(
        findMentions('Party leaders met on Monday, and the talks ran late into the night.', US),
      ),
    ).toEqual([['the night', '2026-03-09']]);
    expect(
      night(
        findTimemlMentions(
          'Protesters gathered in the square on Wednesday and stayed through the night.',
          US,
        ),
      ),
    ).toEqual([['the night', '2026-03-11TNI']]);
  });
});
