import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { isFallByWish } from './isFallByWish.ts';

const FEB = { published: '2026-02-11', locale: 'en-US' } as const;
const fall = (text: string, timeml = false) =>
  (timeml ? findTimemlMentions(text, FEB) : findMentions(text, FEB)).find((m) =>
    m.text.includes('fall'),
  )?.value;

describe('"by the fall" after a wish or need held now', () => {
  it.each([
    'The company wants the plant running by the fall.',
    'The district needs the new buses on the road by the fall.',
    'The state wants the new voting machines in place by the fall.',
  ])('reads "%s" as this fall in both readings', (text) => {
    expect(fall(text)).toBe('2026-FA');
    expect(fall(text, true)).toBe('2026-FA');
  });

  it.each([
    'The boy needs surgery after being injured by the fall.',
    'The company wanted the plant running by the fall.',
    'The rider was thrown by the fall and needs rest.',
  ])('leaves "the fall" in "%s" unread', (text) => {
    expect(fall(text)).toBeUndefined();
    expect(fall(text, true)).toBeUndefined();
  });

  it('asks only "by" right before it', () => {
    const text = 'The company wants the plant running through the fall.';
    expect(isFallByWish(text, 44, 52)).toBe(false);
  });
});
