import { describe, expect, it } from 'vitest';
import { exportFormatNames, exportFormats } from './exportFormats.ts';
import { hostileDataset } from './fixtures/hostileStory.ts';

describe('exportFormats', () => {
  it('gives the same bytes for the same story, whatever order the events are listed in', () => {
    const dataset = hostileDataset();
    const reordered = { ...dataset, events: [...dataset.events].reverse() };
    for (const name of exportFormatNames) {
      const format = exportFormats[name];
      expect(format.render(reordered), name).toBe(format.render(dataset));
    }
  });

  it('writes each format to its own file', () => {
    const files = exportFormatNames.map((name) => exportFormats[name].file);
    expect(files).toEqual([
      'timelinejs.json',
      'timeline.csv',
      'annotations.jsonld',
      'timeline.schema.json',
    ]);
  });

  it('keeps text as text: no raw tag from a title or quote reaches any format', () => {
    const dataset = hostileDataset();
    for (const name of ['timelinejs', 'csv'] as const) {
      const out = exportFormats[name].render(dataset);
      expect(out, name).not.toMatch(/<(script|img|b)[\s>]/);
    }
    // JSON-LD carries plain strings: the words as written, which JSON itself keeps inert.
    const annotations = JSON.parse(exportFormats.annotations.render(dataset)) as { label: string };
    expect(annotations.label).toBe('A story <script>alert(1)</script>');
  });
});
