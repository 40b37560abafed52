import { describe, expect, it } from 'vitest';
import { Mention } from '../model/mention.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const MARCH_2024 = { published: '2024-03-13', locale: 'en-US' } as const; // a Wednesday

function read(text: string): Array<[string, string, string]> {
  return findMentions(text, MARCH_2024).map((m) => {
    Mention.parse(m);
    return [m.text, m.type, m.value];
  });
}

function timeml(text: string): Array<[string, string, string]> {
  return findTimemlMentions(text, MARCH_2024).map((m) => [m.text, m.type, m.value]);
}

describe('a span looked over of one unit and a half', () => {
  it('reads "the past month and a half" as a month and a half, not the month gone by', () => {
    expect(read('Prices rose over the past month and a half.')).toEqual([
      ['month and a half', 'DURATION', 'P1M15D'],
    ]);
  });

  it('reads "the last year and a half" and "the next hour and a half" as lengths', () => {
    expect(read('Sales fell in the last year and a half.')).toEqual([
      ['year and a half', 'DURATION', 'P1Y6M'],
    ]);
    expect(read('Rain is due over the next hour and a half.')).toEqual([
      ['hour and a half', 'DURATION', 'PT1H30M'],
    ]);
  });

  it('reads "the first week and a half" of a strike as its length, as "a week and a half" is', () => {
    expect(read('In the first week and a half of the strike, talks stalled.')).toEqual([
      ['week and a half', 'DURATION', 'P1.5W'],
    ]);
  });

  it('takes "the past" into the extent in TimeML mode, as it does for "the past two months"', () => {
    expect(timeml('Prices rose over the past month and a half.')).toEqual([
      ['the past month and a half', 'DURATION', 'P1M15D'],
    ]);
  });

  it('still reads "the past month" alone, and before a fraction other than a half, as before', () => {
    const month = read('Prices rose over the past month.');
    expect(month).toEqual([['the past month', 'DATE', '2024-02-13/2024-03-13']]);
    expect(read('Prices rose over the past month and a third.')).toEqual(month);
  });

  it('does not join a half that opens a compound after the unit', () => {
    expect(read('It was the past month and a half-point cut that did it.')[0]?.[0]).toBe(
      'the past month',
    );
  });

  const JUNE_2024 = { published: '2024-06-12', locale: 'en-US' } as const;
  const readJune = (text: string) =>
    findMentions(text, JUNE_2024).map((m) => [m.text, m.type, m.value]);

  it('reads "Home sales slowed in the past month and a half." as the length alone, with no vague past', () => {
    expect(readJune('Home sales slowed in the past month and a half.')).toEqual([
      ['month and a half', 'DURATION', 'P1M15D'],
    ]);
    expect(read('Prices have fallen 12 percent in the past week and a half.')).toEqual([
      ['week and a half', 'DURATION', 'P1.5W'],
    ]);
  });

  it('reads "For the past decade and a half, the town has steadily lost residents." as fifteen years', () => {
    const text = 'For the past decade and a half, the town has steadily lost residents.';
    expect(readJune(text)).toEqual([['decade and a half', 'DURATION', 'P15Y']]);
    expect(timeml('Sales rose over the past decade and a half.')).toEqual([
      ['the past decade and a half', 'DURATION', 'P15Y'],
    ]);
  });

  it('reads "Police made four arrests over the past week and a half dozen more are expected." as the past week', () => {
    const text = 'Police made four arrests over the past week and a half dozen more are expected.';
    expect(readJune(text)).toEqual([['the past week', 'DATE', '2024-W23']]);
  });

  it('reads "The city added 3,000 jobs in the past year and a half million dollars in tax revenue." as the past year', () => {
    const text =
      'The city added 3,000 jobs in the past year and a half million dollars in tax revenue.';
    expect(readJune(text)).toEqual([['the past year', 'DATE', '2023']]);
  });
});
