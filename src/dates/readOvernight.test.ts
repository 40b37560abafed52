import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// A Wednesday.
const MARCH_12 = { published: '2025-03-12', locale: 'en-US' } as const;
const news = (text: string) =>
  findMentions(text, MARCH_12).map((m) => [m.text, m.type, m.value] as const);
const timeml = (text: string) =>
  findTimemlMentions(text, MARCH_12).map((m) => [m.text, m.type, m.value] as const);

describe('overnight', () => {
  it('reads "Shares fell overnight" as the night before publication', () => {
    const text = 'Shares fell overnight in Asia.';
    expect(news(text)).toEqual([['overnight', 'DATE', '2025-03-11']]);
    expect(timeml(text)).toEqual([['overnight', 'TIME', '2025-03-11TNI']]);
  });

  it('reads "Overnight," opening a sentence as the night just gone', () => {
    expect(timeml('Overnight, rebels shelled the city.')).toEqual([
      ['Overnight', 'TIME', '2025-03-11TNI'],
    ]);
  });

  it('reads "overnight" before a past verb as the night just gone', () => {
    const text = 'Israeli strikes overnight killed 12 people.';
    expect(news(text)).toEqual([['overnight', 'DATE', '2025-03-11']]);
    expect(timeml(text)).toEqual([['overnight', 'TIME', '2025-03-11TNI']]);
    expect(news('Russian drones overnight struck the port.')).toEqual([
      ['overnight', 'DATE', '2025-03-11'],
    ]);
  });

  it('does not read "overnight" before a noun in -ed as a night', () => {
    expect(news('The ward kept an overnight bed free.')).toEqual([]);
    expect(news('Couriers promise overnight speed.')).toEqual([]);
  });

  it('does not read "overnight" after a preposition as a night, before a word in -ed', () => {
    expect(news('Traders bet on overnight indexed swaps as inflation cooled.')).toEqual([]);
    expect(timeml('Banks turned to overnight unsecured loans to meet demand.')).toEqual([]);
    expect(news('Rates on overnight collateralised lending rose.')).toEqual([]);
  });

  it('reads "overnight" told ahead as the coming night', () => {
    expect(timeml('The bridge will be closed overnight.')).toEqual([
      ['overnight', 'TIME', '2025-03-12TNI'],
    ]);
  });

  it('reads "overnight" after a day told as the night of that day', () => {
    expect(timeml('Protesters gathered on Monday. Police cleared the square overnight.')).toEqual([
      ['Monday', 'DATE', '2025-03-10'],
      ['overnight', 'TIME', '2025-03-10TNI'],
    ]);
  });

  it('does not read "overnight" before a noun ("an overnight stay", "overnight rates")', () => {
    expect(timeml('He was kept in hospital for an overnight stay.')).toEqual([]);
    expect(timeml('Overnight rates rose sharply.')).toEqual([]);
    expect(timeml('She became an overnight success.')).toEqual([]);
  });

  it('does not read "did not happen overnight" (suddenly) as a night', () => {
    expect(news('She said the deal did not happen overnight.')).toEqual([]);
    expect(timeml('She said the deal did not happen overnight.')).toEqual([]);
  });

  it('does not read "won\'t change overnight" as a night', () => {
    expect(timeml("Officials warned that prices won't change overnight.")).toEqual([]);
  });

  it('does not read "became a star overnight" or "almost overnight" as a night', () => {
    expect(timeml('The singer became a star overnight.')).toEqual([]);
    expect(timeml('Rents doubled almost overnight.')).toEqual([]);
  });

  it('does not read "an overnight success" as a night', () => {
    expect(timeml('The app was an overnight success.')).toEqual([]);
  });

  it('still reads "did not find anyone overnight" as the night just gone', () => {
    expect(timeml('Rescuers did not find anyone overnight.')).toEqual([
      ['overnight', 'TIME', '2025-03-11TNI'],
    ]);
  });

  it('still reads "the weather changed overnight" as the night just gone', () => {
    expect(timeml('The weather changed overnight.')).toEqual([
      ['overnight', 'TIME', '2025-03-11TNI'],
    ]);
  });

  it('leaves "overnight Monday into Tuesday" to the night it joins', () => {
    const text = 'Snow fell overnight Monday into Tuesday.';
    expect(news(text)).toEqual([['overnight Monday into Tuesday', 'DATE', '2025-03-11']]);
    expect(timeml(text)).toEqual([
      ['Monday', 'DATE', '2025-03-10'],
      ['Tuesday', 'DATE', '2025-03-11'],
    ]);
  });
});
