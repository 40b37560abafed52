import { describe, expect, it } from 'vitest';
import { acceptDraft } from './acceptDraft.ts';
import type { AuthoredEvent } from './AuthoredEvent.ts';
import { changesSince } from './changesSince.ts';
import { dateChoices } from './dateChoices.ts';
import { mergeEvents } from './mergeEvents.ts';
import { moveEvidence } from './moveEvidence.ts';
import { newSlug } from './newSlug.ts';
import { passageEvidence } from './passageEvidence.ts';
import { rejectEvent } from './rejectEvent.ts';
import { updateEvent } from './updateEvent.ts';

const quote = (source: string, text: string) => ({ source, quote: text });
const events: AuthoredEvent[] = [
  {
    id: 'meeting',
    title: 'Witkoff meets Putin',
    kind: 'meeting',
    status: 'happened',
    people: ['Steve Witkoff'],
    evidence: [quote('a', 'met Putin on Wednesday')],
  },
  {
    id: 'talks',
    draft: true,
    title: 'Talks in Moscow',
    kind: 'talks',
    status: 'happened',
    people: ['Vladimir Putin', 'Steve Witkoff'],
    places: ['Moscow'],
    evidence: [quote('b', 'held talks'), quote('b', 'three hours')],
  },
];

describe('acceptDraft', () => {
  it('drops the draft mark and keeps every other field in its place', () => {
    const [, accepted] = acceptDraft(events, 'talks');
    expect(accepted).not.toHaveProperty('draft');
    expect(Object.keys(accepted!)).toEqual([
      'id',
      'title',
      'kind',
      'status',
      'people',
      'places',
      'evidence',
    ]);
  });
});

describe('rejectEvent', () => {
  it('removes the event and nothing else', () => {
    expect(rejectEvent(events, 'talks')).toEqual([events[0]]);
  });
});

describe('updateEvent', () => {
  it('replaces the given fields only and does not touch the input', () => {
    const updated = updateEvent(events, 'meeting', { title: 'Witkoff sees Putin' });
    expect(updated[0]).toEqual({ ...events[0], title: 'Witkoff sees Putin' });
    expect(events[0]!.title).toBe('Witkoff meets Putin');
  });
});

describe('mergeEvents', () => {
  it('joins the evidence after the kept event’s own and adds the people it lacked', () => {
    const merged = mergeEvents(events, 'talks', 'meeting');
    expect(merged).toHaveLength(1);
    expect(merged[0]!.evidence).toEqual([...events[0]!.evidence, ...events[1]!.evidence]);
    expect(merged[0]!.people).toEqual(['Steve Witkoff', 'Vladimir Putin']);
    expect(merged[0]!.places).toEqual(['Moscow']);
  });

  it('does nothing when an event is merged into itself', () => {
    expect(mergeEvents(events, 'talks', 'talks')).toBe(events);
  });
});

describe('moveEvidence', () => {
  it('moves one passage to the end of the other event’s evidence', () => {
    const moved = moveEvidence(events, 'talks', 1, 'meeting');
    expect(moved[0]!.evidence.map((e) => e.quote)).toEqual([
      'met Putin on Wednesday',
      'three hours',
    ]);
    expect(moved[1]!.evidence.map((e) => e.quote)).toEqual(['held talks']);
  });
});

describe('passageEvidence', () => {
  it('keeps the context that picks the passage and dates it by the chosen words', () => {
    expect(
      passageEvidence(
        { source: 'a', quote: 'on Friday', suffix: '.', expressions: ['Friday'] },
        'Friday',
      ),
    ).toEqual({ source: 'a', quote: 'on Friday', suffix: '.', when: { expression: 'Friday' } });
    expect(passageEvidence({ source: 'a', quote: 'talks', expressions: [] }, null)).toEqual({
      source: 'a',
      quote: 'talks',
    });
  });
});

describe('newSlug', () => {
  it('makes a slug of the first six words of the title', () => {
    expect(newSlug('Trump’s envoy meets Putin in Moscow on Wednesday', new Set())).toBe(
      'trump-s-envoy-meets-putin-in',
    );
  });

  it('adds a number when the slug is taken', () => {
    expect(newSlug('Talks', new Set(['talks', 'talks-2']))).toBe('talks-3');
  });

  it('falls back to "event" for a title with no letters or digits', () => {
    expect(newSlug('“…”', new Set())).toBe('event');
  });
});

describe('changesSince', () => {
  it('names what was added, removed, accepted and edited, with the fields edited', () => {
    let now = acceptDraft(events, 'talks');
    now = updateEvent(now, 'talks', { title: 'Talks at the Kremlin' });
    now = rejectEvent(now, 'meeting');
    now = [...now, { ...events[0]!, id: 'new', title: 'New' }];
    expect(changesSince(events, now)).toEqual([
      { kind: 'accepted', id: 'talks', title: 'Talks at the Kremlin', fields: ['title'] },
      { kind: 'added', id: 'new', title: 'New' },
      { kind: 'removed', id: 'meeting', title: 'Witkoff meets Putin' },
    ]);
  });

  it('finds no change when nothing changed', () => {
    expect(changesSince(events, structuredClone(events))).toEqual([]);
  });
});

describe('dateChoices', () => {
  const text = { start: 10, end: 40, quote: 'met Putin on Wednesday, before Friday' };
  it('offers the date words inside the quote, the current one first', () => {
    const words = [
      { text: 'Monday', start: 0, end: 6 },
      { text: 'on Wednesday', start: 20, end: 32 },
      { text: 'Friday', start: 34, end: 40 },
    ];
    expect(dateChoices(text, words, 'Wednesday')).toEqual(['Wednesday', 'on Wednesday', 'Friday']);
    expect(dateChoices(text, words, undefined)).toEqual(['on Wednesday', 'Friday']);
  });
});
