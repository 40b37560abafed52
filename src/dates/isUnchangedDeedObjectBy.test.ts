import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { isUnchangedDeedObjectBy } from './isUnchangedDeedObjectBy.ts';

// Wednesday 14 October 2026.
const PUBLISHED = { published: '2026-10-14', locale: 'en-GB' } as const;
const values = (found: { value: string }[]) => found.map((m) => m.value);
const news = (text: string) => values(findMentions(text, PUBLISHED));
const timeml = (text: string) => values(findTimemlMentions(text, PUBLISHED));

describe('a deed of a verb whose past is its present, its object before "by"', () => {
  it('reads "Firefighters put out the blaze by Monday" as the Monday gone by', () => {
    expect(news('Firefighters put out the blaze by Monday.')).toEqual(['2026-10-12']);
    expect(timeml('Firefighters put out the blaze by Monday.')).toEqual(['2026-10-12']);
  });

  it.each([
    ['Engineers shut the valve by 3am on Tuesday.', ['2026-10-13T03:00']],
    ['Crews put up flood barriers along the river by Sunday.', ['2026-10-11']],
    ['The government set out its plans by Thursday, officials said.', ['2026-10-08']],
    ['The utility cut power to 40,000 homes by Tuesday.', ['2026-10-13']],
  ])('reads %j as the day gone by, in both readings', (text, days) => {
    expect(news(text)).toEqual(days);
    expect(timeml(text)).toEqual(days);
  });

  it.each([
    ['Firefighters hope to put out the fire by Monday.', ['2026-10-19']],
    ['Firefighters must put out the fire by Friday.', ['2026-10-16']],
    ['Put the bins out by Monday, the council says.', ['2026-10-19']],
    ['Please put the bins out by Monday.', ['2026-10-19']],
    ['The stage needs to be set up by Friday.', ['2026-10-16']],
    ['Applicants who put in their forms by Friday get a discount.', ['2026-10-16']],
    ['MPs have demanded that the government set out its plans by Friday.', ['2026-10-16']],
  ])('does not read %j as a deed gone by', (text, days) => {
    expect(news(text).slice(0, 1)).toEqual(days);
  });

  it('asks for a subject, no modal, no form of "be" and no habit', () => {
    expect(isUnchangedDeedObjectBy('Firefighters put out the blaze by ', '.')).toBe(true);
    expect(isUnchangedDeedObjectBy('Put the bins out by ', '.')).toBe(false);
    expect(isUnchangedDeedObjectBy('Crews will put out the fire by ', '.')).toBe(false);
    expect(isUnchangedDeedObjectBy('The stage is being set up by ', '.')).toBe(false);
    expect(isUnchangedDeedObjectBy('They put their bins out by ', '.')).toBe(true);
    expect(isUnchangedDeedObjectBy('Every week they put their bins out by ', '.')).toBe(false);
    expect(isUnchangedDeedObjectBy('They put their bins out by ', ' every week.')).toBe(false);
    expect(isUnchangedDeedObjectBy('The cut in rates by ', '.')).toBe(false);
    expect(
      isUnchangedDeedObjectBy('Applicants who put in their forms by ', ' get a discount.'),
    ).toBe(false);
  });

  it('reads "The council set aside money that families receive by Friday" as the Friday ahead: "that" opens a clause of its own', () => {
    const text = 'The council set aside money that families receive by Friday.';
    expect(news(text)).toEqual(['2026-10-16']);
    expect(timeml(text)).toEqual(['2026-10-16']);
  });
});
