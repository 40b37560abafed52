import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const read = (text: string, published: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, { published, locale: 'en-GB' }).map((m) => `${m.text} = ${m.value}`),
  );

describe('a weekday in the title of a newspaper', () => {
  it('reads no Sunday in "A poll for the Mail on Sunday put Reform eight points ahead"', () => {
    expect(
      read('A poll for the Mail on Sunday put Reform eight points ahead.', '2026-01-18'),
    ).toEqual([[], []]);
  });

  it('reads no Sunday in "A poll for the Independent on Sunday put Labour ahead"', () => {
    expect(read('A poll for the Independent on Sunday put Labour ahead.', '2026-01-20')).toEqual([
      [],
      [],
    ]);
  });

  it('reads no Sunday in "She told the Sunday Post" nor "Writing in the Sunday People"', () => {
    expect(read('She told the Sunday Post she would stand again.', '2026-01-20')).toEqual([[], []]);
    expect(
      read('Writing in the Sunday People, the MP said she would stand.', '2026-01-20'),
    ).toEqual([[], []]);
  });

  it('reads no Sunday in "A Panelbase poll for Scotland on Sunday put the SNP ahead"', () => {
    expect(
      read('A Panelbase poll for Scotland on Sunday put the SNP ahead.', '2026-01-20'),
    ).toEqual([[], []]);
  });

  it('still reads no Sunday in "A poll for the Sunday Times put Labour ahead"', () => {
    expect(read('A poll for the Sunday Times put Labour ahead.', '2026-01-20')).toEqual([[], []]);
  });

  it('keeps the Sunday of "Protests were held in Scotland on Sunday", no paper\'s reader before it', () => {
    expect(read('Protests were held in Scotland on Sunday.', '2026-01-20')).toEqual([
      ['on Sunday = 2026-01-18'],
      ['Sunday = 2026-01-18'],
    ]);
  });

  it('keeps the Sunday of "The Daily Mail on Sunday reported the row", the Daily Mail\'s report', () => {
    expect(read('The Daily Mail on Sunday reported the row.', '2026-01-20')).toEqual([
      ['on Sunday = 2026-01-18'],
      ['Sunday = 2026-01-18'],
    ]);
  });

  it('keeps the Sunday of "Royal Mail on Sunday announced a fresh round of strikes", no "the" before Mail', () => {
    expect(read('Royal Mail on Sunday announced a fresh round of strikes.', '2026-01-20')).toEqual([
      ['on Sunday = 2026-01-18'],
      ['Sunday = 2026-01-18'],
    ]);
  });

  it('reads no Sunday in "A Mail on Sunday poll put Reform ahead"', () => {
    expect(read('A Mail on Sunday poll put Reform ahead.', '2026-01-20')).toEqual([[], []]);
  });

  it('keeps the Sunday of "Fans watched the Sunday World Cup final"', () => {
    expect(read('Fans watched the Sunday World Cup final.', '2026-01-20')).toEqual([
      ['Sunday = 2026-01-18'],
      ['Sunday = 2026-01-18'],
    ]);
  });

  it('keeps the Sunday of "On Sunday Independent candidate Greg Orman said he would not drop out", no "the" before it', () => {
    expect(
      read('On Sunday Independent candidate Greg Orman said he would not drop out.', '2026-01-20'),
    ).toEqual([['On Sunday = 2026-01-18'], ['Sunday = 2026-01-18']]);
  });
});
