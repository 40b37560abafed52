import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const clocks = (text: string, published: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, { published, locale: 'en-US' })
      .filter((m) => m.value.includes('T'))
      .map((m) => m.value),
  );
/** The clock `hour`:`minute` on the day `published`. */
const at = (published: string, hour: number, minute: number) =>
  `${published}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;

describe("a spoken hour of one to six in a court's or a market's day", () => {
  it('reads "The judge ruled at around three thirty, and the jury was sent home", said on 24 March 1998, as 15:30', () => {
    const published = '1998-03-24';
    const found = [at(published, 12 + 3, 30)];
    expect(
      clocks('The judge ruled at around three thirty, and the jury was sent home.', published),
    ).toEqual([found, found]);
  });

  it('reads "The market was halted at about two forty-five after a sharp drop", said on 19 February 1998, as 14:45', () => {
    const published = '1998-02-19';
    const found = [at(published, 12 + 2, 45)];
    expect(
      clocks('The market was halted at about two forty-five after a sharp drop.', published),
    ).toEqual([found, found]);
  });

  it('reads "The jury returned its verdict at about five o\'clock", said on 10 March 1998, as 17:00', () => {
    const published = '1998-03-10';
    const found = [at(published, 12 + 5, 0)];
    expect(clocks("The jury returned its verdict at about five o'clock.", published)).toEqual([
      found,
      found,
    ]);
  });

  it('keeps a morning named in the sentence and a clock with no court or market', () => {
    const published = '1998-03-24';
    expect(
      clocks('The shooting happened at about three thirty in the morning.', published)[0],
    ).not.toContain(at(published, 12 + 3, 30));
    expect(clocks('The train left at about three thirty, and we went home.', published)).toEqual([
      [],
      [],
    ]);
    expect(clocks('The yen traded at about one thirty on the exchange.', published)).toEqual([
      [],
      [],
    ]);
  });

  it('reads no clock in "The witness said she left the bar at about two thirty", said on 24 March 1998: a witness tells of any hour', () => {
    expect(clocks('The witness said she left the bar at about two thirty.', '1998-03-24')).toEqual([
      [],
      [],
    ]);
  });
});
