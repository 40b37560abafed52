import { describe, expect, it } from 'vitest';
import type { DatedPassage, Passage } from './findPassages.ts';
import { gatherRetellings, RETELLING } from './gatherRetellings.ts';
import type { Happening } from './Happening.ts';

const passage = (quote: string, article: string, published = '2025-08-07') =>
  ({ quote, article, published }) as Passage;
const happening = (name: string, start: string, ...undated: Passage[]): Happening => ({
  dated: [{ quote: name, article: 'd', range: { start, end: start } } as DatedPassage],
  undated,
});
const quotes = (h: Happening) => h.undated.map((p) => p.quote).sort();
/** Passages whose quotes start with the same letter retell one thing. */
const sameLetter = (a: Passage, b: Passage) => (a.quote[0] === b.quote[0] ? RETELLING : 0);

describe('gatherRetellings', () => {
  it('moves retellings of other articles, and one that joined nothing, to the happening most of them joined', () => {
    const [x, y, z, w] = ['u1', 'u2', 'u3', 'u4'].map((q, i) => passage(q, `a${i}`));
    const meeting = happening('meeting', '2025-08-06', x!, y!);
    const call = happening('call', '2025-08-06', z!);
    gatherRetellings([meeting, call], [x!, y!, z!, w!], sameLetter);
    expect(quotes(meeting)).toEqual(['u1', 'u2', 'u3', 'u4']);
    expect(quotes(call)).toEqual([]);
  });

  it('leaves alike passages of one article where they joined', () => {
    const [x, y] = [passage('u1', 'a'), passage('u2', 'a')];
    const meeting = happening('meeting', '2025-08-06', x!);
    const call = happening('call', '2025-08-06', y!);
    gatherRetellings([meeting, call], [x!, y!], sameLetter);
    expect([quotes(meeting), quotes(call)]).toEqual([['u1'], ['u2']]);
  });

  it('leaves passages that are not alike enough, and never moves one to a happening after its article', () => {
    const [x, y] = [passage('u1', 'a'), passage('v1', 'b')];
    const meeting = happening('meeting', '2025-08-06', x!);
    gatherRetellings([meeting], [x!, y!], sameLetter);
    expect(quotes(meeting)).toEqual(['u1']);

    const early = passage('u2', 'c', '2025-08-01');
    const later = happening('summit', '2025-08-15', x!);
    gatherRetellings([later], [x!, early], sameLetter);
    expect(quotes(later)).toEqual(['u1']);
  });
});
