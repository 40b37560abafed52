import { describe, expect, it } from 'vitest';
import { formatDraftProblem, formatDraftReport } from './formatDraftProblem.ts';

describe('formatDraftReport', () => {
  it('counts what was read and drafted, and says what was left out and why', () => {
    const report = formatDraftReport(
      {
        articles: 3,
        expressions: 12,
        datedPassages: 10,
        drafts: 7,
        joined: 2,
        undatedJoined: 4,
        sayingsJoined: 2,
        leftOut: [
          { article: 'a', expression: 'three hours', start: 5, reason: 'not-a-calendar-date' },
          { article: 'b', expression: 'Friday', start: 9, reason: 'date-words-repeat' },
        ],
        undatedArticles: [],
        onPublication: 0,
      },
      'data/events.json',
      1,
    );
    expect(report).toBe(
      [
        '3 articles read, 12 calendar date expressions, 10 dated passages',
        '7 drafts written to data/events.json (1 editor event kept as it was)',
        '2 drafts join two or more articles; 4 passages with no date of their own joined',
        '2 sentences reporting words about another date also joined the news they were said in',
        '2 date expressions left out:',
        '     1  a duration, a set or a vague reference, not a calendar date',
        '     1  the date words occur twice in the passage',
        '        b: “Friday”',
      ].join('\n'),
    );
  });

  it("says how many drafts were placed on their article's date, and which dates were references", () => {
    const report = formatDraftReport(
      {
        ...{ articles: 1, expressions: 2, datedPassages: 0, drafts: 1, joined: 0 },
        ...{ undatedJoined: 0, sayingsJoined: 0, undatedArticles: [], onPublication: 1 },
        leftOut: [
          { article: 'p', expression: '1987', start: 40, reason: 'comparison' },
          { article: 'p', expression: 'Friday', start: 90, reason: 'later-happening' },
        ],
      },
      'data/events.json',
      0,
    );
    expect(report.split('\n').slice(3)).toEqual([
      "1 draft placed on its article's date of publication: no words date it but a reference point (an editorial date with its reason)",
      '2 date expressions left out:',
      '     1  what a record is measured against (“the first since 2019”), not when it happened',
      '        p: “1987”',
      '     1  a later happening the event came before (“ahead of Friday’s vote”)',
      '        p: “Friday”',
    ]);
  });

  it('names a date left out because it only says when someone said it', () => {
    const report = formatDraftReport(
      {
        ...{ articles: 1, expressions: 2, datedPassages: 1, drafts: 1, joined: 0 },
        ...{ undatedJoined: 0, sayingsJoined: 0, undatedArticles: [], onPublication: 0 },
        leftOut: [
          { article: 'w', expression: 'on Wednesday', start: 78, reason: 'date-of-saying' },
        ],
      },
      'data/events.json',
      0,
    );
    expect(report.split('\n').slice(3)).toEqual([
      '1 date expression left out:',
      '     1  only when it was said (“…, union officials said on Wednesday”); what was said has a date of its own',
      '        w: “on Wednesday”',
    ]);
  });
});

describe('formatDraftProblem', () => {
  it('names the article that needs a date and shows the record to add', () => {
    expect(
      formatDraftProblem({ code: 'needs-date', file: 'seeds/x.txt', record: 'x', reason: 'none' }),
    ).toBe(
      [
        '✖ article "x" needs a publication date',
        '  at seeds/x.txt',
        '  expected: a record in data/sources.json: "x": { "published": { "date": "YYYY-MM-DD" } }, or a dateline such as "June 8, 2010" on one of its first lines',
        '  found:    no record and no dateline',
      ].join('\n'),
    );
  });
});
