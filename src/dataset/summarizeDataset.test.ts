import { describe, expect, it } from 'vitest';
import { formatSummary, type DatasetSummary } from './summarizeDataset.ts';

const summary = (counts: Partial<DatasetSummary>): DatasetSummary => ({
  events: 0,
  drafts: 0,
  articles: 0,
  quotes: 0,
  byGranularity: {},
  byStatus: {},
  disagreements: 0,
  editorialDates: 0,
  reanchored: 0,
  ...counts,
});

describe('formatSummary', () => {
  it('says one event from one article in the singular', () => {
    const first = formatSummary(summary({ events: 1, drafts: 1, articles: 1, quotes: 1 }));
    expect(first.split('\n')[0]).toBe('1 event (1 draft) from 1 article, 1 quote');
  });

  it('counts many in the plural and leaves drafts out when there are none', () => {
    const first = formatSummary(summary({ events: 27, articles: 5, quotes: 85 }));
    expect(first.split('\n')[0]).toBe('27 events from 5 articles, 85 quotes');
  });
});
