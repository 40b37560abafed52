import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const news = (text: string, published: string) =>
  findMentions(text, { published, locale: 'en-US' }).map((m) => m.value);
const timeml = (text: string, published: string) =>
  findTimemlMentions(text, { published, locale: 'en-US' }).map((m) => m.value);

describe('a bare half that owns what a modal after it looks ahead to', () => {
  it.each([
    ["Analysts said the first half's sales would rise.", '2026-01-10', '2026-H1'],
    ["The chief executive said the first half's revenue will grow.", '2026-02-20', '2026-H1'],
    ["Analysts said the second half's earnings could improve.", '2026-07-10', '2026-H2'],
  ])('reads %j, said on %s, as the half under way (%s), in both readings', (text, day, want) => {
    expect(news(text, day)).toEqual([want]);
    expect(timeml(text, day)).toEqual([want]);
  });

  it.each([
    ["Analysts said the first half's sales had risen.", '2026-01-10', '2025-H1'],
    ["Analysts said the first half's profit would have been higher.", '2026-01-10', '2025-H1'],
  ])('still reads %j, said on %s, as the half gone by (%s)', (text, day, want) => {
    expect(news(text, day)).toEqual([want]);
  });

  it.each([
    ["Analysts said the first half's losses would weigh on the stock for months.", '2026-H1'],
    ["The bank said the first half's bad loans would keep hurting earnings.", '2026-H1'],
    ["Analysts said the first half's sales would be restated.", '2026-H1'],
  ])('reads %j, said in September, as the half just ended (%s), in both readings', (text, want) => {
    expect(news(text, '2026-09-10')[0]).toBe(want);
    expect(timeml(text, '2026-09-10')[0]).toBe(want);
  });
});
