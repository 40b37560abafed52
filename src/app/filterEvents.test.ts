import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../model/event.ts';
import { filterEvents, noFilter, peopleIn } from './filterEvents.ts';

const meeting = {
  id: 'meeting',
  title: 'Witkoff meets Putin',
  summary: 'Three hours in Moscow.',
  kind: 'meeting',
  people: ['Steve Witkoff', 'Vladimir Putin'],
  evidence: [{ source: 'a', quote: 'Mr Trump’s special envoy met Mr Putin' }],
} as TimelineEvent;
const post = {
  id: 'post',
  title: 'Trump posts',
  summary: '',
  kind: 'post',
  people: ['Donald Trump'],
  evidence: [{ source: 'b', quote: 'great progress was made' }],
} as TimelineEvent;
const events = [meeting, post];
const ids = (list: TimelineEvent[]) => list.map((e) => e.id);

describe('filterEvents', () => {
  it('keeps everything when nothing is chosen', () => {
    expect(ids(filterEvents(events, noFilter))).toEqual(['meeting', 'post']);
  });

  it('keeps the events an article gives evidence for', () => {
    expect(ids(filterEvents(events, { ...noFilter, source: 'b' }))).toEqual(['post']);
  });

  it('keeps the events a person takes part in', () => {
    expect(ids(filterEvents(events, { ...noFilter, person: 'Vladimir Putin' }))).toEqual([
      'meeting',
    ]);
  });

  it('keeps the events of one kind', () => {
    expect(ids(filterEvents(events, { ...noFilter, kind: 'post' }))).toEqual(['post']);
  });

  it('searches quotes too, ignoring case and typographic apostrophes', () => {
    expect(ids(filterEvents(events, { ...noFilter, query: "TRUMP'S envoy" }))).toEqual(['meeting']);
  });

  it('needs every word of the search to match', () => {
    expect(ids(filterEvents(events, { ...noFilter, query: 'Putin progress' }))).toEqual([]);
  });

  it('combines the filters', () => {
    expect(ids(filterEvents(events, { ...noFilter, kind: 'meeting', source: 'b' }))).toEqual([]);
  });
});

describe('peopleIn', () => {
  it('lists each person once, by family name', () => {
    expect(peopleIn([meeting, post, meeting])).toEqual([
      'Vladimir Putin',
      'Donald Trump',
      'Steve Witkoff',
    ]);
  });
});
