import { describe, expect, it } from 'vitest';
import { countFromEventAhead } from './countFromEventAhead.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// A Wednesday in March.
const PUBLISHED = { published: '2026-03-11', locale: 'en-US' } as const;
const news = (text: string) => findMentions(text, PUBLISHED).map((m) => `${m.text} = ${m.value}`);
const timeml = (text: string) =>
  findTimemlMentions(text, PUBLISHED).map((m) => `${m.text} = ${m.value}`);

describe('a count on from an event still to come', () => {
  it.each([
    ['The new law takes effect 90 days after the governor signs it.', '90 days after'],
    ['The ordinance takes effect 30 days after publication.', '30 days after'],
    [
      'The rule goes into effect 60 days after publication in the Federal Register.',
      '60 days after',
    ],
    ['Tenants must leave 30 days after the notice is served.', '30 days after'],
    ['Thirty days after the ruling, the order expires.', 'Thirty days after'],
    ['The ban would begin six months after the bill passes.', 'six months after'],
  ])('reads %j as some time ahead, not a day gone by', (text, words) => {
    expect(news(text)).toEqual([`${words} = FUTURE_REF`]);
  });

  it('leaves TimeML mode its length', () => {
    expect(timeml('The new law takes effect 90 days after the governor signs it.')).toEqual([
      '90 days = P90D',
    ]);
  });

  it('keeps a past clause some time gone by', () => {
    expect(news('The clinic closed two weeks after the ruling.')).toEqual([
      'two weeks after = PAST_REF',
    ]);
    expect(news('The law took effect 90 days after the governor signed it.')).toEqual([
      '90 days after = PAST_REF',
    ]);
  });

  it('keeps a noun, a past plan and a clause inside the event some time gone by', () => {
    for (const text of [
      'The strike came to an end two weeks after the vote.',
      'The trial got off to a slow start two days after the indictment.',
      'He resigned two weeks after the scandal over what is known as the tapes affair.',
    ])
      expect(news(text)).toEqual([expect.stringMatching(/after = PAST_REF$/)]);
    expect(news('The permit was due to expire 30 days after the ruling.')).toEqual([
      '30 days after = 2026-02-09',
    ]);
  });

  it('keeps a present of state counted back from publication, the story being now', () => {
    expect(news('Ten days after the attack, the city is quiet.')).toEqual([
      'Ten days after = 2026-03-01',
    ]);
  });

  it('does not take a rule told in another clause for the main one', () => {
    expect(
      countFromEventAhead('Ten days after the vote, officials said the rule expires.', 0, 14),
    ).toBe(false);
    expect(
      countFromEventAhead(
        'The city, which must rebuild, reopened two weeks after the flood.',
        39,
        54,
      ),
    ).toBe(false);
  });
});
