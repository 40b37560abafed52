import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { PART_BEFORE_DAY_FIRST } from './partBeforeDayFirst.ts';

// Thursday 12 March 2026.
const THURSDAY = { published: '2026-03-12', locale: 'en-GB' } as const;
const news = (text: string) => findMentions(text, THURSDAY).map((m) => `${m.text} = ${m.value}`);
const timeml = (text: string) =>
  findTimemlMentions(text, THURSDAY).map((m) => `${m.text} = ${m.value}`);

describe('a part of the day right before a day written day first', () => {
  it('finds the part of the day and its "on", not a weekday\'s night nor a modal "may"', () => {
    expect('with opening night on 20 May'.match(PART_BEFORE_DAY_FIRST)).toEqual(['night on ']);
    expect('Press Night 14 March'.match(PART_BEFORE_DAY_FIRST)).toEqual(['Night ']);
    expect('the evening of 3rd of June'.match(PART_BEFORE_DAY_FIRST)).toBeNull();
    expect('Friday night 20 May'.match(PART_BEFORE_DAY_FIRST)).toBeNull();
    expect('The dinner that night 20 may attend'.match(PART_BEFORE_DAY_FIRST)).toBeNull();
  });

  it('reads both days of "Previews begin 12 May, with opening night on 20 May"', () => {
    const text = 'Previews begin 12 May, with opening night on 20 May.';
    expect(news(text)).toEqual(['12 May = 2026-05-12', '20 May = 2026-05-20']);
    expect(timeml(text)).toEqual(['12 May = 2026-05-12', '20 May = 2026-05-20']);
  });

  it('reads the day of "Previews from 12 May, opening night 20 May"', () => {
    const text = 'Previews from 12 May, opening night 20 May.';
    expect(news(text)).toContain('20 May = 2026-05-20');
    expect(timeml(text)).toContain('20 May = 2026-05-20');
  });

  it('reads "The gala night on 3 June sold out" as the day', () => {
    expect(news('The gala night on 3 June sold out.')).toEqual(['3 June = 2026-06-03']);
  });

  it('leaves the lower-case modal of "The dinner that night 20 may attend" unread as a month', () => {
    expect(news('The dinner that night 20 may attend.')).toEqual(['that night = 2026-03-12']);
  });

  it('reads the day of "The next morning, 6 June 1944, he landed on Sword Beach", a comma between', () => {
    const text = 'The next morning, 6 June 1944, he landed on Sword Beach.';
    expect(news(text)).toContain('6 June 1944 = 1944-06-06');
    expect(timeml(text)).toContain('6 June 1944 = 1944-06-06');
    expect('That evening, 14 April 1912, the liner'.match(PART_BEFORE_DAY_FIRST)).toEqual([
      'evening, ',
    ]);
  });

  it('leaves "That night, 12 May Day marchers were arrested" unread as a day, the apposition not closed', () => {
    const text = 'That night, 12 May Day marchers were arrested.';
    expect(text.match(PART_BEFORE_DAY_FIRST)).toBeNull();
    expect(news(text)).not.toContain('12 May = 2026-05-12');
    expect(timeml(text)).not.toContain('12 May = 2026-05-12');
  });

  it('leaves the night of "On Friday night, 20 May, the band played" to its weekday', () => {
    expect('On Friday night, 20 May, the band played'.match(PART_BEFORE_DAY_FIRST)).toBeNull();
  });
});
