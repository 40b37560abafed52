import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// A Tuesday, 86 days after 14 December.
const MARCH_10 = { published: '2026-03-10', locale: 'en-GB' } as const;
const news = (text: string) => findMentions(text, MARCH_10).map((m) => m.value);
const timeml = (text: string) => findTimemlMentions(text, MARCH_10).map((m) => m.value);

describe('"will" and a verb right before a day and month', () => {
  it('reads "Drivers will strike on 14 December", said in March, as next December, not the one gone by', () => {
    for (const text of [
      'Drivers will strike on 14 December.',
      'Staff at the depot will walk out on 14 December.',
      'The vote will be on 14 December.',
      'The airline will resume flights to Caracas on 14 December.',
    ]) {
      expect(news(text)).toEqual(['2026-12-14']);
      expect(timeml(text)).toEqual(['2026-12-14']);
    }
  });

  it('leaves a day whose own clause opens between, or a saying, to the tense', () => {
    for (const text of [
      'The line will reopen after repairs finished on 14 December.',
      'Prices will rise, officials said on 14 December.',
      'He said talks that ended on 14 December will resume.',
      'The airline will refund passengers delayed on 14 December.',
      'The regulator will publish complaints recorded from 14 December.',
      'The operator will replace tickets bought on 14 December.',
      'Ministers will answer questions on the 14 December derailment.',
      'Staff will say that they struck on 14 December.',
    ]) {
      expect(news(text)).toEqual(['2025-12-14']);
    }
  });

  it('keeps a stretch begun a day before publication in its year: "Trading will halt from 9 to 12 June", said on 10 June', () => {
    const june = { published: '2026-06-10', locale: 'en-GB' } as const;
    expect(
      findTimemlMentions('Trading will halt from 9 to 12 June.', june).map((m) => m.value),
    ).toEqual(['2026-06-09', '2026-06-12']);
  });
});
