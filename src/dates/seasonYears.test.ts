import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const options = { published: '2026-12-03', locale: 'en-US' } as const;
const read = (text: string) => findMentions(text, options).map((m) => `${m.text} = ${m.value}`);
const readTimeml = (text: string) =>
  findTimemlMentions(text, options).map((m) => `${m.text} = ${m.value}`);

describe('a crop year written across two years', () => {
  it('reads "the 2026/27 marketing year" whole, its two years', () => {
    const text = 'Soybean ending stocks for the 2026/27 marketing year were raised.';
    expect(read(text)).toEqual(['the 2026/27 marketing year = 2026/2027']);
    expect(readTimeml(text)).toEqual(['the 2026/27 marketing year = 2026']);
  });

  it('reads the crop or trade named between the years and the noun', () => {
    expect(read('Sales for the 2026-27 wheat marketing year are 9% ahead.')).toEqual([
      'the 2026-27 wheat marketing year = 2026/2027',
    ]);
    expect(read('Grindings in the 2025/26 cocoa season fell 4%.')).toEqual([
      'the 2025/26 cocoa season = 2025/2026',
    ]);
    expect(read('The 2025/26 winter wheat crop is put at 14m tonnes.')).toEqual([
      'The 2025/26 winter wheat crop = 2025/2026',
    ]);
  });

  it('reads a crop year, a harvest and a sugar campaign', () => {
    expect(read('The new crop year runs to Aug. 31; the 2025/26 crop year was dry.')).toContain(
      'the 2025/26 crop year = 2025/2026',
    );
    expect(read('Output in the 2025-26 sugar campaign fell 5%.')).toEqual([
      'the 2025-26 sugar campaign = 2025/2026',
    ]);
  });

  it('reads a crop year after an owner, the owner left out of the extent', () => {
    const text = "Brazil's 2026/27 soybean crop is forecast at 175m tonnes.";
    expect(read(text)).toEqual(['2026/27 soybean crop = 2026/2027']);
    expect(readTimeml(text)).toEqual(['2026/27 soybean crop = 2026']);
  });

  it('does not take in a noun that names no year after the two years', () => {
    expect(read('The 2025/26 figures for the crop were revised.')).toEqual(['2025/26 = 2025/2026']);
    expect(readTimeml('The 2025/26 figures for the crop were revised.')).toEqual([]);
  });

  it('does not take in more than two words between the years and the crop', () => {
    expect(read('In the 2025/26 budget for English dairy farming season tickets rose.')).toEqual([
      '2025/26 = 2025/2026',
    ]);
  });

  it('does not take in a crop or a harvest that names a kind of thing', () => {
    expect(read('The 2025/26 crop protection budget was cut.')).toEqual(['2025/26 = 2025/2026']);
    expect(read('The 2025-26 harvest festival drew crowds.')).toEqual(['2025-26 = 2025/2026']);
    expect(readTimeml('The 2025-26 harvest festival drew crowds.')).toEqual([]);
  });
});
