import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Dataset } from '../../src/model/dataset.ts';
import { timelineJsData } from './timelineJsData.ts';

const fixture = Dataset.parse(
  JSON.parse(readFileSync(new URL('../../e2e/fixtures/timeline.json', import.meta.url), 'utf8')),
);

describe('timelineJsData', () => {
  it('gives TimelineJS3 every event, in the same order, under its own id', () => {
    const data = timelineJsData(fixture);
    expect(data.events.map((e) => e.unique_id)).toEqual(fixture.events.map((e) => e.id));
  });

  it('writes a day as year, month and day, and an end date only for spans', () => {
    const data = timelineJsData(fixture);
    fixture.events.forEach((event, i) => {
      const [year, month, day] = event.date.start.split('-').map(Number);
      expect(data.events[i]?.start_date).toEqual({ year, month, day });
      expect(data.events[i]?.end_date === undefined).toBe(event.date.start === event.date.end);
    });
  });

  it('escapes text, since TimelineJS3 reads it as HTML', () => {
    const story = { ...fixture.story, title: 'Tom & Jerry <b>' };
    expect(timelineJsData({ ...fixture, story }).title.text.headline).toBe(
      'Tom &amp; Jerry &lt;b&gt;',
    );
  });
});
