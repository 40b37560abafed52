import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { morningAfterNight } from './morningAfterNight.ts';

// A Tuesday.
const NOV_5 = { published: '2024-11-05', locale: 'en-US' } as const;
const read = (text: string) => findMentions(text, NOV_5).map((m) => [m.text, m.value]);

describe('a morning clock told after a day named by its night', () => {
  it.each([
    [
      'The storm reached the coast on Sunday night.\n\nAt 6 a.m., rescuers began searching the flooded streets.',
      'At 6 a.m.',
      '2024-11-04T06:00',
    ],
    [
      'Fighting erupted on Saturday night near the border.\n\nAt 7 a.m., the army sealed the crossing.',
      'At 7 a.m.',
      '2024-11-03T07:00',
    ],
    [
      'Fighting erupted on Saturday night near the border. At 7 a.m., the army sealed the crossing.',
      'At 7 a.m.',
      '2024-11-03T07:00',
    ],
  ])('reads %j on the morning after the night', (text, words, value) => {
    expect(read(text).find(([w]) => w === words)?.[1]).toBe(value);
  });

  it('reads "At 7 a.m." after "Fighting erupted on Saturday night", said on 5 November 2024, in TimeML mode as 2024-11-03T07:00', () => {
    const found = findTimemlMentions(
      'Fighting erupted on Saturday night near the border.\n\nAt 7 a.m., the army sealed the crossing.',
      NOV_5,
    );
    expect(found.map((m) => m.value).at(-1)).toBe('2024-11-03T07:00');
  });

  it.each([
    [
      'Fighting erupted on Saturday night near the border.\n\nAt 11 p.m., the army sealed the crossing.',
      'At 11 p.m.',
      '2024-11-02T23:00',
    ],
    [
      'Polls opened on Monday morning across the country.\n\nVoting ended at 9 a.m.',
      'at 9 a.m',
      '2024-11-04T09:00',
    ],
  ])('keeps %j on the day named (a p.m. clock, a morning day)', (text, words, value) => {
    expect(read(text).find(([w]) => w === words)?.[1]).toBe(value);
  });

  it('asks for "a.m." written and a night or an evening', () => {
    expect(morningAfterNight('on Sunday evening', 'at 9 a.m.', 'T09:00')).toBe(true);
    expect(morningAfterNight('on Sunday night', 'at 6', 'T06:00')).toBe(false);
    expect(morningAfterNight('on Sunday', 'at 6 a.m.', 'T06:00')).toBe(false);
  });
});

describe('a morning clock in words told after "tonight"', () => {
  const options = { published: '1998-02-22', locale: 'en-US' } as const;
  const both = (text: string) => [
    findMentions(text, options).map((m) => [m.text, m.value]),
    findTimemlMentions(text, options).map((m) => [m.text, m.value]),
  ];

  it('reads "tonight\'s tornado watch stays in effect until four in the morning", said on 22 February 1998, as 1998-02-23T04:00', () => {
    const [news, timeml] = both(
      "tonight's tornado watch stays in effect until four in the morning.",
    );
    expect(news).toContainEqual(['four in the morning', '1998-02-23T04:00']);
    expect(timeml).toContainEqual(['four in the morning', '1998-02-23T04:00']);
  });

  it('reads "tonight\'s session could go on until three in the morning", said on 22 February 1998, as 1998-02-23T03:00', () => {
    expect(both("tonight's session could go on until three in the morning.")[1]).toContainEqual([
      'three in the morning',
      '1998-02-23T03:00',
    ]);
  });

  it('still reads "the rain fell last night until four in the morning", said on 22 February 1998, as 1998-02-22T04:00', () => {
    expect(both('the rain fell last night until four in the morning.')[0]).toContainEqual([
      'four in the morning',
      '1998-02-22T04:00',
    ]);
  });

  it('still reads "Tonight, a look at the fire that broke out at six in the morning in Queens", said on 22 February 1998, on that day', () => {
    const [news, timeml] = both(
      'Tonight, a look at the fire that broke out at six in the morning in Queens.',
    );
    expect(news).toContainEqual(['six in the morning', '1998-02-22T06:00']);
    expect(timeml).toContainEqual(['six in the morning', '1998-02-22T06:00']);
  });

  it('still reads "Tonight: the bus crash that killed nine people at 6 a.m. outside Atlanta", said on 22 February 1998, on that day', () => {
    expect(
      both(
        'Good evening. Tonight: the bus crash that killed nine people at 6 a.m. outside Atlanta.',
      )[1],
    ).toContainEqual(['6 a.m.', '1998-02-22T06:00']);
  });

  it('still reads "this morning the road was shut until nine in the morning", said on 22 February 1998, on that day', () => {
    expect(both('this morning the road was shut until nine in the morning.')[0]).toContainEqual([
      'nine in the morning',
      '1998-02-22T09:00',
    ]);
  });
});
