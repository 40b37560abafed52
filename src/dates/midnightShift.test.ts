import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// A Monday.
const at = { published: '1998-02-23', locale: 'en-US' } as const;
const both = (text: string) => [
  findMentions(text, at).map((m) => `${m.text} ${m.value}`),
  findTimemlMentions(text, at).map((m) => `${m.text} ${m.value}`),
];

describe('the midnight shift, a shift of work', () => {
  it('reads "police on the midnight shift last night found the car", said on 23 February 1998, as last night alone', () => {
    expect(both('police on the midnight shift last night found the car.')).toEqual([
      ['last night 1998-02-22'],
      ['last night 1998-02-22TNI'],
    ]);
  });

  it('reads nothing in "he works the midnight shift at the plant"', () => {
    expect(both('he works the midnight shift at the plant.')).toEqual([[], []]);
  });

  it('keeps the midnight of "at midnight shift workers walked out"', () => {
    for (const reading of both('at midnight shift workers walked out.'))
      expect(reading.join(' ')).toContain('midnight');
  });
});

describe('a time word at the head of a sentence before "midnight shift" (review)', () => {
  it.each([
    'By midnight shifts of volunteers were filling sandbags.',
    'Around midnight shift workers began to leave the plant.',
    'Until midnight shift supervisors kept the line running.',
  ])('keeps the midnight of "%s"', (text) => {
    for (const reading of both(text)) expect(reading.join(' ')).toContain('midnight');
  });
});
