import { describe, expect, it } from 'vitest';
import { isMidnightDeadlineTonight } from './bareMidnight.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const read = (text: string, published: string) =>
  findMentions(text, { published, locale: 'en-US' }).map((m) => `${m.text} = ${m.value}`);
const readTimeml = (text: string, published: string) =>
  findTimemlMentions(text, { published, locale: 'en-US' }).map((m) => `${m.text} = ${m.value}`);

describe('a midnight deadline set for tonight', () => {
  it('reads "The union set a midnight deadline tonight", said on 10 April 1998, as the end of that day', () => {
    const text = 'The union set a midnight deadline tonight for a settlement.';
    expect(read(text, '1998-04-10')).toContain('midnight = 1998-04-11T00:00');
    expect(readTimeml(text, '1998-04-10')).toContain('midnight = 1998-04-10T24');
  });

  it('reads "Negotiators face a midnight deadline tonight", said on 14 February 2000, as 2000-02-14T24 in TimeML mode', () => {
    expect(readTimeml('Negotiators face a midnight deadline tonight.', '2000-02-14')).toContain(
      'midnight = 2000-02-14T24',
    );
  });

  it('keeps "Negotiators missed a midnight deadline", with no "tonight", as it was read', () => {
    expect(readTimeml('Negotiators missed a midnight deadline.', '2000-02-14')).toContain(
      'midnight = 2000-02-14T00:00',
    );
    const text = 'Negotiators missed a midnight deadline tonight.';
    expect(
      isMidnightDeadlineTonight(text, text.indexOf('midnight'), text.indexOf(' deadline')),
    ).toBe(true);
    const bare = 'The vote came at midnight tonight.';
    expect(
      isMidnightDeadlineTonight(bare, bare.indexOf('midnight'), bare.indexOf(' tonight')),
    ).toBe(false);
  });
});
