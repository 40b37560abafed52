import { describe, expect, it } from 'vitest';
import { formatAttributeDisagreements } from './formatAttributeDisagreements.ts';

describe('formatAttributeDisagreements', () => {
  it('counts the disagreements and shows each with both values and the draft’s first quote', () => {
    const text = 'The council voted on Tuesday.';
    const out = formatAttributeDisagreements(
      [
        {
          gold: 'council-votes',
          draft: 'the-council-voted',
          field: 'kind',
          expected: 'vote',
          found: 'meeting',
          quote: { source: 'a', start: 0, end: text.length },
        },
      ],
      new Map([['a', text]]),
    );
    expect(out).toBe(
      [
        "1 kinds, 0 statuses and 0 events' names unlike the editor's",
        '',
        'kind: council-votes (editor: vote) found by the-council-voted (draft: meeting)',
        '   a@0: “The council voted on Tuesday.”',
      ].join('\n'),
    );
  });
});
