import { describe, expect, it } from 'vitest';
import { goldFromEvents, type EditedEvent } from './goldFromEvents.ts';
import { scoreHappenings } from './scoreTimeline.ts';

const event = (id: string, start: string, ...quotes: [string, number, number][]): EditedEvent => ({
  id,
  date: { start, end: start, label: start },
  evidence: quotes.map(([source, s, e]) => ({ source, start: s, end: e })),
});

describe('goldFromEvents', () => {
  it('makes each reviewed event a happening of its quotes on the days the build derived', () => {
    const [meeting] = goldFromEvents([event('meeting', '2025-08-06', ['a', 0, 10], ['b', 5, 20])]);
    expect(meeting).toEqual({
      mentions: [
        { doc: 'a', start: 0, end: 10 },
        { doc: 'b', start: 5, end: 20 },
      ],
      range: { start: '2025-08-06', end: '2025-08-06' },
      date: '2025-08-06',
      entities: ['meeting'],
    });
  });

  it('leaves out drafts, which nobody has reviewed yet', () => {
    const draft = { ...event('draft', '2025-08-06', ['a', 0, 10]), draft: true as const };
    expect(goldFromEvents([draft])).toEqual([]);
  });

  it('scores a draft quoting part of each article’s quote as found and linked', () => {
    const gold = goldFromEvents([event('meeting', '2025-08-06', ['a', 0, 10], ['b', 5, 20])]);
    const draft = {
      start: '2025-08-06',
      end: '2025-08-06',
      evidence: [
        { source: 'a', start: 8, end: 30 },
        { source: 'b', start: 0, end: 6 },
      ],
    };
    const split = [
      { ...draft, evidence: [draft.evidence[0]!] },
      { ...draft, evidence: [draft.evidence[1]!] },
    ];
    expect(scoreHappenings([draft], gold)).toMatchObject({ found: 1, linked: 1, multiArticle: 1 });
    expect(scoreHappenings(split, gold)).toMatchObject({ found: 1, linked: 0, eventsOnFound: 2 });
  });
});
