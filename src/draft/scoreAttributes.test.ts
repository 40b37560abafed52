import { describe, expect, it } from 'vitest';
import {
  namesAgree,
  scoreAttributes,
  type AttributedEvent,
  type AttributedGold,
} from './scoreAttributes.ts';

// A hand-made story: two articles, "a" and "b". The editor kept three events; the drafter wrote
// two drafts, one of which quotes the editor's vote in both articles.
const gold: AttributedGold[] = [
  {
    id: 'council-votes',
    mentions: [
      { doc: 'a', start: 0, end: 40 },
      { doc: 'b', start: 10, end: 50 },
    ],
    range: { start: '2024-03-05', end: '2024-03-05' },
    date: '2024-03-05',
    entities: ['council-votes'],
    kind: 'vote',
    status: 'happened',
    people: ['Maria Lopez'],
    places: ['Lyon'],
  },
  {
    id: 'mayor-may-resign',
    mentions: [{ doc: 'a', start: 60, end: 100 }],
    range: { start: '2024-03-12', end: '2024-03-12' },
    date: '2024-03-12',
    entities: ['mayor-may-resign'],
    kind: 'office',
    status: 'possible',
    people: ['Jean Martin'],
    places: [],
  },
  {
    id: 'budget-passed',
    mentions: [{ doc: 'b', start: 200, end: 240 }],
    range: { start: '2023-12-01', end: '2023-12-01' },
    date: '2023-12-01',
    entities: ['budget-passed'],
    kind: 'decision',
    status: 'happened',
    people: [],
    places: ['Lyon'],
  },
];

const draft = (
  id: string,
  start: string,
  evidence: [string, number, number][],
  rest: Pick<AttributedEvent, 'kind' | 'status' | 'people' | 'places'>,
): AttributedEvent => ({
  id,
  start,
  end: start,
  evidence: evidence.map(([source, s, e]) => ({ source, start: s, end: e })),
  ...rest,
});

describe('scoreAttributes', () => {
  const drafts = [
    // Quotes the vote in one article only, with the wrong kind: the other draft quotes more of it.
    draft('council-meets', '2024-03-05', [['a', 5, 30]], {
      kind: 'meeting',
      status: 'happened',
      people: [],
      places: [],
    }),
    draft(
      'council-vote',
      '2024-03-05',
      [
        ['a', 0, 40],
        ['b', 12, 48],
      ],
      {
        kind: 'vote',
        status: 'happened',
        people: ['Lopez'],
        places: [],
      },
    ),
    // Finds the resignation, on its date, but reads it as a plan.
    draft('martin-resigns', '2024-03-12', [['a', 70, 90]], {
      kind: 'office',
      status: 'scheduled',
      people: ['Jean Martin'],
      places: ['Lyon'],
    }),
    // Quotes the budget's sentence on the wrong date: not found, so not scored here.
    draft('budget', '2024-01-15', [['b', 200, 240]], {
      kind: 'decision',
      status: 'happened',
      people: [],
      places: ['Lyon'],
    }),
  ];
  const score = scoreAttributes(drafts, gold);

  it('scores only the editor events some draft finds on an overlapping date', () => {
    expect(score.found).toBe(2);
  });

  it('compares each editor event with the draft that quotes most of its mentions', () => {
    expect(score.kindAgrees).toBe(2);
    expect(score.statusAgrees).toBe(1);
  });

  it('counts the editor’s people and places a draft names, a surname naming the full name', () => {
    expect(score.names).toBe(3);
    expect(score.namesFound).toBe(2);
  });

  it('lists each disagreement with the editor’s value, the draft’s and its first quote', () => {
    expect(score.disagreements).toEqual([
      {
        gold: 'council-votes',
        draft: 'council-vote',
        field: 'names',
        expected: 'Lyon',
        found: 'Lopez',
        quote: { source: 'a', start: 0, end: 40 },
      },
      {
        gold: 'mayor-may-resign',
        draft: 'martin-resigns',
        field: 'status',
        expected: 'possible',
        found: 'scheduled',
        quote: { source: 'a', start: 70, end: 90 },
      },
    ]);
  });
});

describe('namesAgree', () => {
  it('takes a name whose words are all in the other as the same person', () => {
    expect(namesAgree('Vladimir Putin', 'Putin')).toBe(true);
    expect(namesAgree('Putin', 'President Vladimir Putin')).toBe(true);
  });

  it('does not take two people who share no whole name for one', () => {
    expect(namesAgree('Jean Martin', 'Martine Aubry')).toBe(false);
    expect(namesAgree('', 'Lyon')).toBe(false);
  });
});
