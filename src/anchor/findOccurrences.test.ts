import { expect, it } from 'vitest';
import { findOccurrences } from './findOccurrences.ts';

it('finds every occurrence, overlapping ones included', () => {
  expect(findOccurrences('aaaa', 'aa')).toEqual([0, 1, 2]);
});

it('finds nothing for an empty needle', () => {
  expect(findOccurrences('abc', '')).toEqual([]);
});
