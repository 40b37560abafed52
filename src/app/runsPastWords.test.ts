import { expect, it } from 'vitest';
import { runsPastWords } from './runsPastWords.ts';

it('says where a cut bar begins, ends, or both, with the arrow toward the hidden part', () => {
  const talks = { start: new Date(2025, 0, 1), end: new Date(2025, 7, 8) };
  expect(runsPastWords(talks)).toEqual({
    before: '← from 1 Jan 2025',
    after: 'to 7 Aug 2025 →',
    both: '← 1 Jan – 7 Aug 2025 →',
  });
});
