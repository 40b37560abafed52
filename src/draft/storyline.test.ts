import { describe, expect, it } from 'vitest';
import { findPassages } from './findPassages.ts';
import type { Happening } from './Happening.ts';
import { storyline } from './storyline.ts';

// A report whose lead gives no date: only its dateline says when its news happened.
const found = findPassages(
  {
    id: 'r',
    published: '2012-03-14',
    locale: 'en-US',
    text: [
      'Harbour ferry service suspended',
      'March 14, 2012',
      'The city has suspended the harbour ferry after a crack was found in its hull.',
      'Inspectors will examine the other boats of the fleet.',
    ].join('\n'),
  },
  [],
);

describe('the storyline of an article', () => {
  it('places a sentence of a lead with no date in the news of its dateline', () => {
    const happenings: Happening[] = [];
    const at = storyline(happenings, [found.dateline!]);
    const point = at(found.undated.find((p) => p.quote.startsWith('The city'))!);
    expect(point?.happening.dated).toEqual([found.dateline]);
    expect(point?.inLead).toBe(true);
  });

  it('leaves the happenings as they were when asked, and answers the same each time', () => {
    const happenings: Happening[] = [];
    const at = storyline(happenings, [found.dateline!]);
    const [first, second] = found.undated.filter((p) => p.sentence > 1);
    const one = at(first!)?.happening;
    expect(at(second!)?.happening).toBe(one);
    expect(happenings).toEqual([]);
    expect(one?.undated).toEqual([]);
  });
});
