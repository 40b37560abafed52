import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

describe('"a year earlier" after a half year', () => {
  it('reads the same half a year before, in both readings, instead of failing', () => {
    const text =
      'The company earned $2.1 billion in 1988. In the first half, profit rose 15% from a year earlier.';
    for (const find of [findMentions, findTimemlMentions]) {
      const read = find(text, { published: '1989-10-25', locale: 'en-US' }).map((m) => [
        m.text,
        m.value,
      ]);
      expect(read).toContainEqual(['the first half', '1989-H1']);
      expect(read).toContainEqual(['a year earlier', '1988-H1']);
    }
  });

  it('still reads "a year earlier" after a quarter as that quarter a year before', () => {
    const read = findTimemlMentions(
      'Net income in the third quarter fell 14% from a year earlier.',
      { published: '1989-10-25', locale: 'en-US' },
    ).map((m) => [m.text, m.value]);
    expect(read).toContainEqual(['a year earlier', '1988-Q3']);
  });
});
