import { describe, expect, it } from 'vitest';
import { aheadInThisWeek } from './aheadInThisWeek.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Monday 23 September 2024.
const MONDAY = { published: '2024-09-23', locale: 'en-GB' } as const;
const news = (text: string, published: string = MONDAY.published) =>
  findMentions(text, { ...MONDAY, published }).map((m) => `${m.text} ${m.value}`);
const timeml = (text: string) =>
  findTimemlMentions(text, MONDAY).map((m) => `${m.text} ${m.value}`);

describe('a weekday in a sentence naming this week', () => {
  it('reads a strike on Wednesday, said on a Monday, as this Wednesday in both readings', () => {
    const text =
      'Commuters face disruption this week as train drivers stage a fresh strike on Wednesday.';
    expect(news(text)).toEqual(['this week 2024-W39', 'on Wednesday 2024-09-25']);
    expect(timeml(text)).toEqual(['this week 2024-W39', 'Wednesday 2024-09-25']);
  });

  it('reads this weekend and a Saturday, said on a Thursday, as the coming Saturday', () => {
    expect(
      news('Roads close this weekend, with a march in the city on Saturday.', '2024-09-26'),
    ).toEqual(['this weekend 2024-W39-WE', 'on Saturday 2024-09-28']);
  });

  it('keeps a weekday gone by in the week, said on a Thursday, where the tense puts it', () => {
    expect(news('Drivers struck this week, on Tuesday.', '2024-09-26')).toContain(
      'on Tuesday 2024-09-24',
    );
  });

  it('leaves a sentence naming last week too to the tense', () => {
    expect(news('The march was last week and the strike on Wednesday.')).toContain(
      'on Wednesday 2024-09-18',
    );
  });

  it('keeps a weekday a past verb tells, in a sentence naming this week, gone by', () => {
    expect(news('The index, which fell on Friday, opens this week at a low.')).toContain(
      'on Friday 2024-09-20',
    );
  });

  it('keeps a weekday after a verb whose past is its present gone by', () => {
    expect(
      news("This weekend's festival comes after flooding hit the town on Friday.", '2024-09-25'),
    ).toContain('on Friday 2024-09-20');
  });

  it('still reads a weekday after "set to" in a sentence naming this week as ahead', () => {
    expect(news('Drivers are set to strike this week, on Wednesday.')).toContain(
      'on Wednesday 2024-09-25',
    );
  });

  it('leaves a sentence with no week named to the tense', () => {
    expect(news('Train drivers staged a strike on Wednesday.')).toEqual([
      'on Wednesday 2024-09-18',
    ]);
  });
});

describe('aheadInThisWeek', () => {
  it('is true for a weekday after publication in its ISO week', () => {
    expect(
      aheadInThisWeek(
        'Drivers strike this week, on Friday.',
        'Drivers strike this week, on ',
        5,
        '2024-09-23',
      ),
    ).toBe(true);
  });

  it('is false on a Sunday, the last day of its ISO week', () => {
    expect(
      aheadInThisWeek(
        'Drivers strike this week, on Friday.',
        'Drivers strike this week, on ',
        5,
        '2024-09-22',
      ),
    ).toBe(false);
  });

  it('is false for a weekday before publication in the week', () => {
    expect(
      aheadInThisWeek(
        'Drivers struck this week, on Monday.',
        'Drivers struck this week, on ',
        1,
        '2024-09-25',
      ),
    ).toBe(false);
  });

  it("is false after a verb whose past is its present in the weekday's clause", () => {
    const text = 'The strike this week comes after storms hit the town on Friday.';
    expect(
      aheadInThisWeek(
        text,
        'The strike this week comes after storms hit the town on ',
        5,
        '2024-09-25',
      ),
    ).toBe(false);
  });

  it('is false when the sentence names next week', () => {
    expect(
      aheadInThisWeek(
        'This week talks, next week a strike on Friday.',
        'This week talks, next week a strike on ',
        5,
        '2024-09-23',
      ),
    ).toBe(false);
  });
});
