import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../model/dataset.ts';
import { publishedDataset } from './publishedDataset.ts';

const golden = JSON.parse(
  readFileSync(join(import.meta.dirname, 'timeline.golden.json'), 'utf8'),
) as Dataset;

function withTwoDrafts(): Dataset {
  const dataset = structuredClone(golden);
  dataset.events[0]!.draft = true;
  dataset.events[3]!.draft = true;
  return dataset;
}

describe('publishedDataset', () => {
  it('leaves drafts out of the published site and counts them', () => {
    const { dataset, leftOut } = publishedDataset(withTwoDrafts(), { drafts: false });
    expect(leftOut).toBe(2);
    expect(dataset.events).toHaveLength(golden.events.length - 2);
    expect(dataset.events.some((e) => e.draft)).toBe(false);
  });

  it('keeps drafts, still marked, when asked to', () => {
    const { dataset, drafts, leftOut } = publishedDataset(withTwoDrafts(), { drafts: true });
    expect([drafts, leftOut]).toEqual([2, 0]);
    expect(dataset.events.filter((e) => e.draft).map((e) => e.id)).toEqual([
      golden.events[0]!.id,
      golden.events[3]!.id,
    ]);
  });

  it('changes nothing in a story with no drafts', () => {
    expect(publishedDataset(golden, { drafts: false })).toEqual({
      dataset: golden,
      drafts: 0,
      leftOut: 0,
    });
  });
});
