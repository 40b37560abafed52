import { describe, expect, it } from 'vitest';
import { draftStory } from './draftStory.ts';

const kinds = [{ id: 'other', label: 'Other' }];
const article = (id: string, published: string, lines: string[]) => ({
  id,
  published,
  locale: 'en-US' as const,
  text: lines.join('\n'),
});
const quotes = (d: { evidence: { quote: string }[] }) => d.evidence.map((e) => e.quote);

// A report whose lead gives no date of its own: only its dateline says when its news happened.
const volume = article('v', '2006-04-05', [
  'Maker releases program to limit player volume',
  'April 5, 2006',
  'The maker has released an application that limits the volume of its music players.',
  'The software update works with the two newest models.',
  'A class-action lawsuit was filed against the maker in January over hearing loss.',
]);
// An older report of another story, whose words the lead above shares.
const launch = article('l', '2001-10-24', [
  'In 2001 the maker released an application that limits the volume of music players.',
]);

describe('an article dated by its dateline alone', () => {
  const { drafts, report } = draftStory({ articles: [volume, launch], kinds, editorEvents: [] });
  const news = drafts.find((d) => d.evidence.some((e) => e.quote === 'April 5, 2006'))!;

  it('drafts its lead as the news of the dateline’s day, titled from the lead', () => {
    expect(quotes(news)).toEqual([
      'Maker releases program to limit player volume',
      'The maker has released an application that limits the volume of its music players.',
      'The software update works with the two newest models.',
      'April 5, 2006',
    ]);
    expect(news.evidence.find((e) => e.when)!.when).toEqual({ expression: 'April 5, 2006' });
    expect(news.title).toBe('Maker releases program to limit player volume');
    expect(news.status).toBe('happened');
    expect(report.leftOut.filter((l) => l.reason === 'date-alone')).toEqual([]);
  });

  it('keeps its lead from joining an old happening of another article that reads alike', () => {
    const old = drafts.find((d) => d.evidence.some((e) => e.quote.startsWith('In 2001')))!;
    expect(old.evidence.map((e) => e.source)).toEqual(['l']);
  });

  it('keeps a sentence that gives its own date apart from the news', () => {
    const january = drafts.find((d) => d.evidence.some((e) => e.quote.includes('January')))!;
    expect(january.id).not.toBe(news.id);
  });

  it('joins the lead to a passage further down that names the same day', () => {
    const later = article('w', '2011-06-07', [
      'Maker announces three products',
      'June 07, 2011',
      'The chief executive introduced the next generation of software.',
      'The maker unveiled a new version of its operating system.',
      'They also demonstrated a new phone system.',
      'Developers will spend their days in workshops.',
      'Developer releases of each product were made available today.',
    ]);
    const { drafts: one } = draftStory({ articles: [later], kinds, editorEvents: [] });
    const today = one.filter((d) => d.evidence.some((e) => e.when))!;
    expect(today).toHaveLength(1);
    expect(quotes(today[0]!)).toContain(
      'The chief executive introduced the next generation of software.',
    );
  });

  it('drafts nothing from a dateline no sentence joins', () => {
    const { drafts: none, report: left } = draftStory({
      articles: [
        article('d', '2006-04-05', ['April 5, 2006', 'In 2001 the maker began selling players.']),
      ],
      kinds,
      editorEvents: [],
    });
    expect(none.flatMap(quotes)).toEqual(['In 2001 the maker began selling players.']);
    expect(left.leftOut.map((l) => l.reason)).toEqual(['date-alone']);
  });
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
