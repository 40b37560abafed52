import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Wednesday 18 November 2026.
const NOVEMBER = { published: '2026-11-18', locale: 'en-US' } as const;
const news = (text: string) => findMentions(text, NOVEMBER).map((m) => `${m.text} ${m.value}`);
const timeml = (text: string) =>
  findTimemlMentions(text, NOVEMBER).map((m) => `${m.text} ${m.value}`);

describe('a date a launch or a release is targeting', () => {
  it('reads a weekday after "is targeting" as the coming one in both readings', () => {
    const text = 'NASA is targeting Thursday for the launch.';
    expect(news(text)).toEqual(['Thursday 2026-11-19']);
    expect(timeml(text)).toEqual(['Thursday 2026-11-19']);
  });

  it('reads a month after "is targeting" as the coming one', () => {
    expect(news('The company is targeting March for the release.')).toEqual(['March 2027-03']);
    expect(news('The agency is targeting early December for the flight.')).toEqual([
      'early December 2026-12',
    ]);
  });

  it('keeps the day gone by where something attacked stands between', () => {
    expect(news('Russian drones targeting the port on Monday killed two.')).toEqual([
      'on Monday 2026-11-16',
    ]);
  });

  it('keeps the day gone by for a target told in the past', () => {
    expect(news('SpaceX was targeting Thursday before the scrub.')).toEqual([
      'Thursday 2026-11-12',
    ]);
  });
  it('keeps the day gone by after the nouns "targets" and "targeting"', () => {
    expect(news('Analysts raised their price targets Tuesday.')).toEqual(['Tuesday 2026-11-17']);
    expect(news('Goldman lowered its targets Tuesday.')).toEqual(['Tuesday 2026-11-17']);
    expect(news("Israel's targeting Tuesday of a hospital drew condemnation.")).toEqual([
      'Tuesday 2026-11-17',
    ]);
  });
  it('reads the coming day after the verb "targets"', () => {
    expect(news('SpaceX targets Thursday for the launch.')).toEqual(['Thursday 2026-11-19']);
  });

  it('reads "Israeli helicopters rocketed Palestinian targets on Thursday" as the Thursday gone by', () => {
    const text = 'Israeli helicopters rocketed Palestinian targets on Thursday.';
    expect(news(text)).toEqual(['on Thursday 2026-11-12']);
    expect(timeml(text)).toEqual(['Thursday 2026-11-12']);
  });

  it('reads the things a strike hit, after its verb or "at", as no date aimed at', () => {
    expect(timeml('Jets bombed targets on Thursday.')).toEqual(['Thursday 2026-11-12']);
    expect(timeml('NATO struck military targets Thursday.')).toEqual(['Thursday 2026-11-12']);
    expect(timeml('Helicopters fired missiles at Palestinian targets Thursday.')).toEqual([
      'Thursday 2026-11-12',
    ]);
  });

  it('still reads the verb after its subject and an adverb: "SpaceX now targets Thursday"', () => {
    expect(timeml('SpaceX now targets Thursday for the launch.')).toContain('Thursday 2026-11-19');
  });
});
