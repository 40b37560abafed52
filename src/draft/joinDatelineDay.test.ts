import { describe, expect, it } from 'vitest';
import { draftStory } from './draftStory.ts';

const kinds = [{ id: 'other', label: 'Other' }];
const article = (id: string, published: string, lines: string[]) => ({
  id,
  published,
  locale: 'en-US' as const,
  text: lines.join('\n'),
});

// A lead with no date, then a quotation that points back to the day of the dateline.
const retires = article('r', '2014-11-03', [
  'Lighthouse keeper retires after forty years',
  'November 3, 2014',
  'The last keeper of the island lighthouse has handed over its keys to the coastguard.',
  'The coastguard will run the light from the mainland.',
  'His farewell note ended, "I always knew the lamp would outlast me.',
  'Sadly for the islanders, that day has come at last."',
  'He had repaired the lens himself after a storm cracked it.',
]);

describe('a passage dated only as the dateline’s day', () => {
  const { drafts, report } = draftStory({ articles: [retires], kinds, editorEvents: [] });
  const news = drafts.find((d) => d.evidence.some((e) => e.quote === 'November 3, 2014'));

  it('is drafted with its article’s news on the day the words refer to, titled from its headline', () => {
    expect(news).toBeDefined();
    const quotes = news!.evidence.map((e) => e.quote);
    expect(quotes).toContain('Sadly for the islanders, that day has come at last."');
    expect(quotes).toContain(
      'The last keeper of the island lighthouse has handed over its keys to the coastguard.',
    );
    expect(quotes).toContain('He had repaired the lens himself after a storm cracked it.');
    expect(news!.evidence.filter((e) => e.when)).toEqual([
      expect.objectContaining({ when: { expression: 'November 3, 2014' } }),
    ]);
    expect(news!.title).toBe('Lighthouse keeper retires after forty years');
  });

  it('no longer reports the dateline as a date standing alone', () => {
    expect(report.leftOut.map((l) => l.expression)).not.toContain('November 3, 2014');
    expect(report.leftOut.map((l) => l.reason)).not.toContain('anchor-not-drafted');
  });
});
