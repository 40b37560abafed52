import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { warningForBefore } from './warningForBefore.ts';

// Tuesday 10 June 2025 and Friday 3 November 2023.
const UK = { published: '2025-06-10', locale: 'en-GB' } as const;
const US = { published: '2023-11-03', locale: 'en-US' } as const;
const news = (text: string, options: typeof UK | typeof US = UK) =>
  findMentions(text, options).map((m) => `${m.text} ${m.value}`);
const timeml = (text: string, options: typeof UK | typeof US = UK) =>
  findTimemlMentions(text, options).map((m) => `${m.text} ${m.value}`);

describe('a day a weather warning is for', () => {
  it('reads the day after the hazard as the coming one, in both readings', () => {
    const text = 'The Met Office issued a yellow warning for heavy rain on Thursday.';
    expect(news(text)).toEqual(['on Thursday 2025-06-12']);
    expect(timeml(text)).toEqual(['Thursday 2025-06-12']);
  });

  it('reads a clock of the day after the hazard and "from" as the coming one', () => {
    expect(
      news('The Met Office has issued a yellow warning for thunderstorms from noon on Thursday.'),
    ).toEqual(['noon on Thursday 2025-06-12T12:00']);
  });

  it('reads a watch said to be in effect on a bare weekday as the coming one', () => {
    expect(news('A winter storm warning is in effect Saturday.', US)).toEqual([
      'Saturday 2023-11-04',
    ]);
  });

  it('reads a stretch a watch is in effect for as the coming one, in both readings', () => {
    const text =
      'A winter storm watch is in effect from Saturday evening through Sunday afternoon.';
    expect(news(text, US)).toEqual([
      'Saturday evening through Sunday afternoon 2023-11-04/2023-11-05',
    ]);
    expect(timeml(text, US)).toEqual([
      'Saturday evening 2023-11-04TEV',
      'Sunday afternoon 2023-11-05TAF',
    ]);
  });

  it('reads the day after a qualified hazard, or a warning for a place in force, as the coming one', () => {
    expect(news('Forecasters issued a wind advisory for gusty winds on Thursday.')).toEqual([
      'on Thursday 2025-06-12',
    ]);
    expect(news('A flood warning for the River Severn remains in force on Thursday.')).toEqual([
      'on Thursday 2025-06-12',
    ]);
  });

  it('reads a day a warning has been issued for as the coming one, in both readings', () => {
    const text = 'Storm warnings have been issued for Friday night and Saturday morning.';
    expect(news(text)).toEqual(['Friday night 2025-06-13', 'Saturday morning 2025-06-14']);
    expect(timeml(text)).toEqual(['Friday night 2025-06-13TNI', 'Saturday morning 2025-06-14TMO']);
    expect(news('A flood alert was issued for Thursday.')).toEqual(['Thursday 2025-06-12']);
    expect(news('The Met Office issued a yellow warning for rain on Thursday and Friday.')).toEqual(
      ['on Thursday 2025-06-12', 'Friday 2025-06-13'],
    );
  });

  it('keeps a warning issued on a day, with "issued" after the warning, the day gone by', () => {
    expect(news('The warning was issued on Thursday.')).toEqual(['on Thursday 2025-06-05']);
  });

  it('keeps a warning issued on a day the day gone by', () => {
    expect(news('The Met Office issued the warning on Thursday.')).toEqual([
      'on Thursday 2025-06-05',
    ]);
  });

  it('keeps a day after a warning for people, not a hazard, to the tense', () => {
    expect(news('Police issued a warning for drivers on Thursday.')).toEqual([
      'on Thursday 2025-06-05',
    ]);
  });

  it('keeps a warning for rain on a day a past story follows the day gone by', () => {
    expect(
      news('Forecasters issued a warning for heavy rain on Thursday as the river rose.'),
    ).toContain('on Thursday 2025-06-05');
  });
});

describe('warningForBefore', () => {
  it('tells a warning said to be in place', () => {
    expect(warningForBefore('A flood alert is in place for ')).toEqual({ inPlace: true });
  });

  it('finds nothing in a watch that is a verb', () => {
    expect(warningForBefore('Fans will watch ')).toBeNull();
  });
});
