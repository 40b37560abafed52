import { describe, expect, it } from 'vitest';
import { syntheticStory } from './syntheticStory.ts';

type Event = {
  id: string;
  evidence: { source: string; quote: string; when?: { expression: string } }[];
};

const occurrences = (text: string, part: string) => text.split(part).length - 1;

describe('syntheticStory', () => {
  const story = syntheticStory(300);
  const events = JSON.parse(story.files['data/events.json'] ?? '[]') as Event[];

  it('writes as many events as asked, each with its own id', () => {
    expect(events).toHaveLength(300);
    expect(new Set(events.map((e) => e.id)).size).toBe(300);
  });

  it('quotes every event from two articles, each quote standing once in its article', () => {
    for (const event of events) {
      expect(new Set(event.evidence.map((e) => e.source)).size).toBe(2);
      for (const evidence of event.evidence) {
        const text = story.files[`seeds/${evidence.source}.txt`] ?? '';
        expect(occurrences(text, evidence.quote)).toBe(1);
      }
    }
  });

  it('dates each event by words that stand once in its first quote', () => {
    for (const event of events) {
      const [first] = event.evidence;
      expect(first?.when).toBeDefined();
      expect(occurrences(first?.quote ?? '', first?.when?.expression ?? '?')).toBe(1);
    }
  });

  it('gives every article a source record and is the same on every call', () => {
    const sources = JSON.parse(story.files['data/sources.json'] ?? '{}') as object;
    expect(Object.keys(sources)).toHaveLength(story.articles);
    expect(syntheticStory(300)).toEqual(story);
  });
});
