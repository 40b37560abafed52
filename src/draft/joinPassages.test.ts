import { describe, expect, it } from 'vitest';
import { draftStory } from './draftStory.ts';

const kinds = [
  { id: 'meeting', label: 'Meeting' },
  { id: 'other', label: 'Other' },
];

const a = {
  id: 'a',
  published: '2025-08-07',
  locale: 'en-US' as const,
  text:
    'US envoy Steve Witkoff met Russian President Vladimir Putin in Moscow on Wednesday for three hours. ' +
    'Separately, the central bank cut interest rates in June. ' +
    'He carried a message from Washington.',
};
const b = {
  id: 'b',
  published: '2025-08-08',
  locale: 'en-US' as const,
  text:
    'Oil prices fell sharply in London trading on Friday. ' +
    'The announcement came after special envoy Steve Witkoff met Vladimir Putin at the Kremlin in Moscow. ' +
    'Analysts expect volatility.',
};
const c = {
  id: 'c',
  published: '2025-08-07',
  locale: 'en-GB' as const,
  text: 'Putin received Witkoff in Moscow on 6/8, officials said.',
};

const quotesOf = (event: { evidence: { source: string; quote: string }[] }) =>
  event.evidence.map((e) => `${e.source}: ${e.quote}`);

describe('joining one happening across articles', () => {
  const { drafts, report } = draftStory({ articles: [a, b, c], kinds, editorEvents: [] });
  const meeting = drafts.find((d) => d.evidence.some((e) => e.quote.includes('on Wednesday')))!;

  it('joins dated passages of several articles that give the same day and the same words', () => {
    expect(quotesOf(meeting)).toContain(
      'c: Putin received Witkoff in Moscow on 6/8, officials said.',
    );
    expect(meeting.evidence.find((e) => e.source === 'c')!.when).toEqual({
      expression: '6/8',
    });
  });

  it('joins a passage with no date of its own when its words report the same happening', () => {
    const joined = meeting.evidence.find((e) => e.source === 'b')!;
    expect(joined.quote).toContain('after special envoy Steve Witkoff met Vladimir Putin');
    expect(joined.when).toBeUndefined();
  });

  it('keeps happenings on other dates apart, whatever their words', () => {
    const rates = drafts.find((d) => d.evidence.some((e) => e.quote.includes('interest rates')))!;
    const oil = drafts.find((d) => d.evidence.some((e) => e.quote.includes('Oil prices')))!;
    expect(new Set([meeting.id, rates.id, oil.id]).size).toBe(3);
    expect(rates.evidence).toHaveLength(1);
  });

  it('reads a sentence opening with a pronoun as going on with its article’s lead happening', () => {
    expect(quotesOf(meeting)).toContain('a: He carried a message from Washington.');
  });

  it('counts the drafts that join two or more articles', () => {
    expect(report.joined).toBe(1);
    expect(report.drafts).toBe(drafts.length);
  });

  it('gives the draft a plain title, its people and places, a kind and a status', () => {
    expect(meeting).toMatchObject({ kind: 'meeting', status: 'happened', draft: true });
    expect(meeting.title).toBe(
      'US envoy Steve Witkoff met Russian President Vladimir Putin in Moscow',
    );
    expect(meeting.people).toEqual(expect.arrayContaining(['Steve Witkoff', 'Vladimir Putin']));
    expect(meeting.places).toContain('Moscow');
  });
});

describe('a sentence with no date of its own, in its own article', () => {
  it('joins the news its article last dated before it', () => {
    const text =
      'The envoy met the president in Moscow on Wednesday. ' +
      'The envoy carried a message from Washington. ' +
      'On Thursday, the treasury announced new sanctions on oil exports. ' +
      'It was the third such step against Moscow.';
    const { drafts } = draftStory({
      articles: [{ id: 'a', text, published: '2025-08-08', locale: 'en-US' }],
      kinds,
      editorEvents: [],
    });
    const holding = (words: string) =>
      drafts.find((d) => d.evidence.some((e) => e.quote.includes(words)))!.id;
    expect(holding('carried a message')).toBe(holding('on Wednesday'));
    // "Moscow" is in Wednesday's words too: the storyline, not likeness, places it.
    expect(holding('third such step')).toBe(holding('On Thursday'));
    expect(holding('On Thursday')).not.toBe(holding('on Wednesday'));
  });
});
