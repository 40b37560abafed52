import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { isJournalIssueDay } from './isJournalIssueDay.ts';

const read = (text: string, published: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, { published, locale: 'en-US' }).map((m) => `${m.text} = ${m.value}`),
  );

const fires = (text: string, words: string) =>
  isJournalIssueDay(text, text.indexOf(words), text.indexOf(words) + words.length);

describe("the day of a journal's issue", () => {
  it('reads "The findings appear in Thursday\'s issue of the New England Journal of Medicine", said on Wednesday, 22 July 1998, as 1998-07-23', () => {
    const text = "The findings appear in Thursday's issue of the New England Journal of Medicine.";
    expect(read(text, '1998-07-22')).toEqual([
      ['Thursday = 1998-07-23'],
      ['Thursday = 1998-07-23'],
    ]);
  });

  it('reads "The study was published in Thursday\'s New England Journal of Medicine", said on Wednesday, 22 July 1998, as 1998-07-23', () => {
    const text = "The study was published in Thursday's New England Journal of Medicine.";
    expect(read(text, '1998-07-22')).toEqual([
      ['Thursday = 1998-07-23'],
      ['Thursday = 1998-07-23'],
    ]);
  });

  it('reads "reported in Wednesday\'s Journal of the American Medical Association", said on Friday, 24 July 1998, as 1998-07-22', () => {
    const text =
      "The findings are reported in Wednesday's Journal of the American Medical Association.";
    expect(read(text, '1998-07-24')).toEqual([
      ['Wednesday = 1998-07-22'],
      ['Wednesday = 1998-07-22'],
    ]);
  });

  it('reads "Thursday\'s issue of the journal Nature", said on Monday, 20 July 1998, as 1998-07-23', () => {
    const text = "The study appears in Thursday's issue of the journal Nature.";
    expect(read(text, '1998-07-20')).toEqual([
      ['Thursday = 1998-07-23'],
      ['Thursday = 1998-07-23'],
    ]);
  });

  it('reads "published in the July 22 issue of the Journal of the American Medical Association", said on 20 July 1998, as 1998-07-22', () => {
    const text =
      'The study, published in the July 22 issue of the Journal of the American Medical Association, followed 1,200 women.';
    expect(read(text, '1998-07-20').map((found) => found[0])).toEqual([
      'July 22 = 1998-07-22',
      'July 22 = 1998-07-22',
    ]);
  });

  it('reads "published in the March 23 issue of Nature", said on 21 July 1998, as 1998-03-23', () => {
    const text = 'The study was published in the March 23 issue of Nature.';
    expect(read(text, '1998-07-21')).toEqual([
      ['March 23 = 1998-03-23'],
      ['March 23 = 1998-03-23'],
    ]);
  });

  it.each([
    [
      'The study was published in the June 10 issue of Science.',
      '1999-01-05',
      'June 10 = 1998-06-10',
    ],
    [
      'A report in the Aug. 15 issue of the journal Nature first described the gene.',
      '1999-02-20',
      'Aug. 15 = 1998-08-15',
    ],
  ])(
    'reads "%s", said on %s, as %s: an issue months gone by in a past sentence is not the next one, however nearer',
    (text, published, found) => {
      expect(read(text, published).map((mentions) => mentions[0])).toEqual([found, found]);
    },
  );

  it('does not fire on a newspaper\'s day: "Friday\'s Wall Street Journal reported the deal", said on Tuesday, 21 July 1998, is 1998-07-17', () => {
    const text = "Friday's Wall Street Journal reported the deal.";
    expect(fires(text, 'Friday')).toBe(false);
    expect(read(text, '1998-07-21')).toEqual([['Friday = 1998-07-17'], ['Friday = 1998-07-17']]);
  });

  it.each([
    ["Tuesday's Atlanta Journal-Constitution carried the story.", 'Tuesday'],
    ["Sunday's New York Times quoted the senator.", 'Sunday'],
    ['The study was published on July 22 in a journal.', 'July 22'],
    ["Thursday's meeting of the Royal Society of Medicine was cancelled.", 'Thursday'],
  ])('does not fire on "%s"', (text, words) => {
    expect(fires(text, words)).toBe(false);
  });

  it.each([
    "Members approved the land purchase at Thursday's Nature Conservancy meeting.",
    "Thursday's Christian Science Monitor quoted the senator.",
    "Thursday's Science Times section of The New York Times carried the story.",
    "Thursday's National Science Foundation announcement drew praise.",
    "Thursday's Journal of Commerce reported that shipping rates had fallen.",
  ])(
    'reads "%s", said on Monday, 20 July 1998, as the Thursday gone by: a journal\'s one-word name inside a longer one, or a daily paper, is no journal',
    (text) => {
      expect(fires(text, 'Thursday')).toBe(false);
      expect(read(text, '1998-07-20')[0]).toContain('Thursday = 1998-07-16');
    },
  );
  it('reads "The study, published in the Sept. 9 Journal of the American Medical Association, found…", said on Tuesday, 8 September 1998, as 1998-09-09', () => {
    const text =
      'The study, published in the Sept. 9 Journal of the American Medical Association, found that the drug cut the risk of stroke.';
    expect(read(text, '1998-09-08')).toEqual([['Sept. 9 = 1998-09-09'], ['Sept. 9 = 1998-09-09']]);
  });

  it.each([
    ['The study appeared in the Sept. 9 Wall Street Journal.', 'Sept. 9'],
    ['The agency opened an inquiry on Sept. 9 Journal of Commerce reporters said.', 'Sept. 9'],
    ['The panel met Sept. 9 Journal of the American Medical Association editors.', 'Sept. 9'],
  ])('does not take "%s" for an issue with no "issue of"', (text, words) => {
    expect(fires(text, words)).toBe(false);
  });
});
