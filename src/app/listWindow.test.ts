import { describe, expect, it } from 'vitest';
import { listStep, listWindow } from './listWindow.ts';

describe('listWindow', () => {
  it('renders a whole short list', () => {
    expect(listWindow(27, 0, -1)).toBe(27);
  });

  it('renders one step of a long list at first', () => {
    expect(listWindow(10_000, 0, -1)).toBe(listStep);
  });

  it('keeps what the reader has already scrolled through', () => {
    expect(listWindow(10_000, 300, -1)).toBe(300);
  });

  it('reaches the entry that must be shown, rounded up to a whole step', () => {
    expect(listWindow(10_000, 100, 4_321)).toBe(4_400);
    expect(listWindow(10_000, 100, 9_999)).toBe(10_000);
  });
});
