import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { endOfDay } from './endOfDay.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Wednesday 3 January 1996, and Thursday 23 November 2017.
const news = (text: string, published = '1996-01-03') =>
  findMentions(text, { published, locale: 'en-US' });
const timeml = (text: string, published = '1996-01-03') =>
  findTimemlMentions(text, { published, locale: 'en-US' });
const midnightOf = (found: ReturnType<typeof news>) => found.find((m) => /midnight/.test(m.text));

describe('midnightEndsDay', () => {
  it("reads 'at midnight on New Year's Eve' as the midnight that ends the eve", () => {
    const text = "A cease-fire took effect at midnight on New Year's Eve.";
    expect(midnightOf(timeml(text))).toMatchObject({
      text: "midnight on New Year's Eve",
      type: 'TIME',
      value: '1995-12-31T24',
    });
    expect(midnightOf(news(text))).toMatchObject({ type: 'TIME', value: '1996-01-01T00:00' });
  });

  it("reads 'just before midnight' as late on the day the story is on", () => {
    const text = 'Talks lasted nine hours yesterday and broke up just before midnight.';
    expect(midnightOf(timeml(text, '2017-11-23'))).toMatchObject({
      text: 'midnight',
      value: '2017-11-22T24',
    });
    const dated = 'Talks broke up just before midnight on March 3.';
    expect(midnightOf(timeml(dated, '2017-11-23'))?.value).toBe('2017-03-03T24');
  });

  it("keeps a calendar day's midnight after 'after' or a verb of closing a thing as its start", () => {
    expect(
      midnightOf(timeml('He was shot shortly after midnight on March 3.', '2017-11-23'))?.value,
    ).toBe('2017-03-03T00:00');
    expect(
      midnightOf(timeml('Police closed the bridge at midnight on Christmas Day.'))?.value,
    ).toBe('1995-12-25T00:00');
  });
});

describe('a bare midnight after the evening or the night of a day', () => {
  it("reads 'at midnight' after 'late last night' as the midnight that ends last night's day", () => {
    const text = 'The talks ran late last night. They ended at midnight.';
    expect(midnightOf(news(text))).toMatchObject({
      text: 'midnight',
      start: 45,
      end: 53,
      type: 'TIME',
      value: '1996-01-03T00:00',
    });
    expect(midnightOf(timeml(text))).toMatchObject({ type: 'TIME', value: '1996-01-02T24' });
  });

  it("reads 'until midnight' after 'on Friday evening' as the end of that Friday", () => {
    const text = 'The party began on Friday evening and went on until midnight.';
    expect(midnightOf(news(text, '2017-11-23'))).toMatchObject({ value: '2017-11-18T00:00' });
    expect(midnightOf(timeml(text, '2017-11-23'))).toMatchObject({ value: '2017-11-17T24' });
  });

  it('keeps the midnight after a morning, and one with a day of its own, as before', () => {
    const morning = 'It rained all morning. The rain stopped at midnight.';
    expect(midnightOf(news(morning))).toMatchObject({ value: '1996-01-03T00:00' });
    const own = 'The talks ran late last night. They will resume at midnight on Friday.';
    expect(midnightOf(news(own))).toMatchObject({
      text: 'midnight on Friday',
      value: '1996-01-06T00:00',
    });
  });

  it("reads 'by midnight' after a clock 'last night' as the end of the day before publication, not of publication's", () => {
    const text =
      "The polls closed at eight o'clock last night, and by midnight the two candidates were separated by fewer than a hundred votes.";
    expect(midnightOf(timeml(text, '1992-04-08'))).toMatchObject({
      text: 'midnight',
      type: 'TIME',
      value: '1992-04-07T24',
    });
    expect(midnightOf(news(text, '1992-04-08'))).toMatchObject({ value: '1992-04-08T00:00' });
    const pm = 'Polls closed at 8 p.m. last night and by midnight the result was clear.';
    expect(midnightOf(timeml(pm, '1992-04-08'))?.value).toBe('1992-04-07T24');
    expect(midnightOf(news(pm, '1992-04-08'))?.value).toBe('1992-04-08T00:00');
  });

  it("keeps a midnight after 'the evening news', a programme and no evening of the story, as before", () => {
    const text = 'The evening news reported the fire. Firefighters left at midnight.';
    expect(midnightOf(news(text, '2025-07-19'))).toMatchObject({
      text: 'midnight',
      value: '2025-07-19T00:00',
    });
    expect(midnightOf(timeml(text, '2025-07-19'))?.value).toBe('2025-07-19T00:00');
  });
  it("reads 'extended the deadline to midnight Jan. 10' as the midnight that ends Jan. 10", () => {
    const text = "The bidder extended the offer's deadline to midnight Jan. 10.";
    expect(midnightOf(timeml(text))).toMatchObject({ type: 'TIME', value: '1996-01-10T24' });
    expect(midnightOf(news(text))).toMatchObject({ type: 'TIME', value: '1996-01-11T00:00' });
    const moved = 'The union moved its strike deadline to midnight Jan. 12.';
    expect(midnightOf(timeml(moved))?.value).toBe('1996-01-12T24');
  });

  it("reads 'The company extended the tender offer to midnight April 12.' as the end of April 12, though told in the past", () => {
    const text = 'The company extended the tender offer to midnight April 12.';
    expect(midnightOf(news(text, '2024-04-02'))?.value).toBe('2024-04-13T00:00');
    expect(midnightOf(timeml(text, '2024-04-02'))?.value).toBe('2024-04-12T24');
    expect(midnightOf(news('The ban was extended to midnight March 5.', '2024-02-28'))?.value).toBe(
      '2024-03-06T00:00',
    );
    const bids = 'The deadline for bids was extended to midnight March 7.';
    expect(midnightOf(news(bids, '2024-03-01'))?.value).toBe('2024-03-08T00:00');
    // Near misses: a past deed at a calendar day's midnight, and a midnight moved to, keep the
    // start.
    const broke = 'Talks broke down at midnight on April 2.';
    expect(midnightOf(news(broke, '2024-04-02'))?.value).toBe('2024-04-02T00:00');
    const moved = 'The network moved the broadcast to midnight April 12.';
    expect(midnightOf(news(moved, '2024-04-02'))?.value).toBe('2024-04-12T00:00');
  });

  it('keeps a midnight moved to without a deadline or an extension as the start of the day', () => {
    const text = 'The network moved the broadcast to midnight Jan. 10.';
    expect(midnightOf(timeml(text))?.value).toBe('1996-01-10T00:00');
  });
});

describe('midnightEndsDay after a deadline', () => {
  // Tuesday 21 November 2000, as the Florida counts ran out.
  const TUESDAY = '2000-11-21';
  const valueOf = (found: ReturnType<typeof news>) => midnightOf(found)?.value;

  it('reads "Harris had set a deadline of midnight Nov. 21", said that day, as the midnight that ends the 21st', () => {
    const text = 'Harris had set a deadline of midnight Nov. 21 for the counties to report.';
    expect(valueOf(news(text, TUESDAY))).toBe(endOfDay(TUESDAY, {}));
    expect(valueOf(timeml(text, TUESDAY))).toBe(endOfDay(TUESDAY, { timeml: true }));
  });

  it('reads "a deadline of midnight April 13 to hand over the boy", said three days before, as the end of April 13', () => {
    const day = '2000-04-13';
    const text =
      'A federal judge gave the Miami relatives a deadline of midnight April 13 to hand over the boy.';
    expect(valueOf(news(text, '2000-04-10'))).toBe(endOfDay(day, {}));
    expect(valueOf(timeml(text, '2000-04-10'))).toBe(endOfDay(day, { timeml: true }));
  });

  it('reads "a deadline of midnight Sunday, Nov. 26", said the Wednesday before, as the end of that Sunday', () => {
    const sunday = '2000-11-26';
    const text =
      'The court gave Harris a deadline of midnight Sunday, Nov. 26, to certify the results.';
    expect(valueOf(news(text, '2000-11-22'))).toBe(endOfDay(sunday, {}));
    expect(valueOf(timeml(text, '2000-11-22'))).toBe(endOfDay(sunday, { timeml: true }));
  });

  it('leaves "The deadline passed, and police closed the bridge at midnight Nov. 21" on the midnight that opens the day', () => {
    const text = 'The deadline passed, and police closed the bridge at midnight Nov. 21.';
    expect(valueOf(news(text, '2000-11-25'))).toBe(`${TUESDAY}T00:00`);
  });

  it('leaves "The deadline for the returns is 5 p.m. Nov. 26" on its clock', () => {
    const text = 'The deadline for the returns is 5 p.m. Nov. 26.';
    const year = TUESDAY.slice(0, 4);
    expect(news(text, TUESDAY).map((m) => m.value)).toEqual([`${year}-11-26T17:00`]);
  });
});
