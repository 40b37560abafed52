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
    ['It takes crews hours to clear the debris.', [['hours', 'PTXH']]],
    ['It had taken investigators months to find the cause.', [['months', 'PXM']]],
    ['It took the Red Cross days to get supplies into the region.', [['days', 'PXD']]],
    ['It will take the NHS years to clear the backlog.', [['years', 'PXY']]],
    ['It will take more days to count the postal ballots.', [['days', 'PXD']]],
    ['It may take some years to know the full cost of the fire.', [['years', 'PXY']]],
    ['It took rescuers some hours to reach the site.', [['hours', 'PTXH']]],
  ])('reads %j as a length of no count, in both readings', (text, found) => {
    expect(news(text)).toEqual(found);
    expect(timeml(text)).toEqual(found);
  });

  it('does not read "The board will take the next months to decide" as whom it takes', () => {
    expect(news('The board will take the next months to decide.')).toEqual([]);
    expect(timeml('The board will take the next months to decide.')).toEqual([]);
  });

  it('does not read "The secretary took some minutes to the board", a determiner after "to"', () => {
    expect(news('The secretary took some minutes to the board.')).toEqual([]);
    expect(timeml('The secretary took some minutes to the board.')).toEqual([]);
  });

  it('does not read "It took the children days." with no "to" and a verb after it', () => {
    expect(news('It took the children days.')).toEqual([]);
    expect(timeml('It took the children days.')).toEqual([]);
  });

  it.each([
    'Reporters took Senator Weeks to lunch.',
    'Miramax took The Hours to Berlin.',
    'The network took Happy Days to a new time slot.',
  ])('does not read a name or a title with a capital in %j', (text) => {
    expect(news(text)).toEqual([]);
    expect(timeml(text)).toEqual([]);
  });

  it('does not read "The secretary took her minutes to the board", a determiner after "to"', () => {
    expect(news('The secretary took her minutes to the board.')).toEqual([]);
    expect(timeml('The secretary took her minutes to the board.')).toEqual([]);
  });

  it.each([
    'The senator takes office hours to meet constituents.',
    'The team took the hours to rest before the climb.',
  ])('does not read %j, where the word before the unit makes a noun with it', (text) => {
    expect(news(text)).toEqual([]);
    expect(timeml(text)).toEqual([]);
  });
});
