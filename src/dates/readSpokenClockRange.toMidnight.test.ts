import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { endOfDay } from './endOfDay.ts';
import { shiftTimex } from './shiftTimex.ts';

const on = (published: string) => ({ published, locale: 'en-US' }) as const;
const read = (text: string, published: string, timeml: boolean) =>
  (timeml ? findTimemlMentions : findMentions)(text, on(published)).map(
    (m) => `${m.text} = ${m.value}`,
  );
const at = (day: string, hour: number, minute: number) =>
  `${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;

describe("a stretch in words up to the night's midnight", () => {
  it('reads "Shelters will stay open from ten thirty to midnight tonight", said on 10 February 1998, as 22:30 that evening and its midnight', () => {
    const text = 'Shelters will stay open from ten thirty to midnight tonight.';
    const published = '1998-02-10';
    for (const timeml of [false, true])
      expect(read(text, published, timeml)).toEqual([
        `ten thirty = ${at(published, 22, 30)}`,
        `midnight tonight = ${endOfDay(published, { timeml })}`,
      ]);
  });

  it('reads "Crews worked from nine to midnight last night", said on 10 February 1998, as 21:00 the evening before', () => {
    const text = 'Crews worked from nine to midnight last night.';
    const published = '1998-02-10';
    const yesterday = shiftTimex(published, { amount: -1, unit: 'day' });
    for (const timeml of [false, true])
      expect(read(text, published, timeml)).toContain(`nine = ${at(yesterday, 21, 0)}`);
  });

  it('leaves a count, "The death toll rose from ten to midnight tonight", and a small hour, "from two to midnight tonight", to the midnight alone', () => {
    const published = '1998-02-10';
    for (const text of [
      'The death toll rose from ten to midnight tonight.',
      'The party runs from two to midnight tonight.',
    ])
      for (const timeml of [false, true])
        expect(read(text, published, timeml)).toEqual([
          `midnight tonight = ${endOfDay(published, { timeml })}`,
        ]);
  });
});
