import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Monday 23 November 1998.
const PUBLISHED = { published: '1998-11-23', locale: 'en-US' } as const;
const spans = (found: { text: string; value: string }[]) => found.map((m) => [m.text, m.value]);
const news = (text: string) => spans(findMentions(text, PUBLISHED));
const timeml = (text: string) => spans(findTimemlMentions(text, PUBLISHED));

describe('a bare plural unit that something takes someone to do', () => {
  it.each([
    ['It took rescuers hours to reach the site.', [['hours', 'PTXH']]],
    ['It could take Honduras decades to recover.', [['decades', 'PXE']]],
    ['It will take the town months to rebuild.', [['months', 'PXM']]],
    ['It took them weeks to find the wreck.', [['weeks', 'PXW']]],
  ])('reads %j as a length of no count, in both readings', (text, found) => {
    expect(news(text)).toEqual(found);
    expect(timeml(text)).toEqual(found);
  });

  it('does not read "The board will take the next months to decide" as whom it takes', () => {
    expect(news('The board will take the next months to decide.')).toEqual([]);
    expect(timeml('The board will take the next months to decide.')).toEqual([]);
  });

  it('does not read "It took the children days." with no "to" and a verb after it', () => {
    expect(news('It took the children days.')).toEqual([]);
    expect(timeml('It took the children days.')).toEqual([]);
  });
});
