import { describe, expect, it } from 'vitest';
import { ownConjunct } from './ownConjunct.ts';
import { wordTags } from './wordTags.ts';

/** ownConjunct of `day` in `text`, its before and after running to the ends of the text. */
function conjunctOf(text: string, day: string) {
  const start = text.indexOf(day);
  const end = start + day.length;
  return ownConjunct(
    { words: text.slice(0, start), at: 0 },
    { words: text.slice(end), at: end },
    () => wordTags(text, 0, text.length),
  );
}

describe('ownConjunct', () => {
  it("cuts 'The bill passed on Monday and heads to the House on Friday' at 'and heads', but finds no clause opened by the gerund in 'Shares rose on Friday and falling oil prices helped'", () => {
    const joined = conjunctOf(
      'The bill passed on Monday and heads to the House on Friday',
      'Friday',
    );
    expect(joined?.before.words).toBe('heads to the House on ');
    expect(joined?.present).toBe(true);
    expect(
      conjunctOf('Shares rose on Friday and falling oil prices helped', 'Friday'),
    ).toBeUndefined();
  });
});
