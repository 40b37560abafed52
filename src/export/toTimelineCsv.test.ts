import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { exportFormats } from './exportFormats.ts';
import { hostileDataset } from './fixtures/hostileStory.ts';
import { matchGolden } from './fixtures/matchGolden.ts';
import { toTimelineCsv } from './toTimelineCsv.ts';
import { toTimelineJs } from './toTimelineJs.ts';

const dataset = hostileDataset();
const timeline = toTimelineJs(dataset);
const csv = toTimelineCsv(dataset);
const [header, ...rows] = parse(csv, { relax_column_count: false }) as string[][];
/** A cell's text as TimelineJS reads it, with a leading character reference written out. */
const asHtml = (value: string | undefined) =>
  value?.replace(/^&#(\d+);/, (_, code: string) => String.fromCharCode(Number(code)));
const cell = (row: string[] | undefined, column: string) => row?.[header!.indexOf(column)];

describe('toTimelineCsv', () => {
  it('writes the hostile story exactly as the golden file', () => {
    matchGolden('timeline.golden.csv', exportFormats.csv.render(hostileDataset()));
  });

  it('has the headers of the TimelineJS Google Sheets template, in its order, then the zone', () => {
    expect(csv.split('\r\n')[0]).toBe(
      'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,' +
        'Media,Media Credit,Media Caption,Media Thumbnail,Alt Text,Type,Group,Background,' +
        'Time Zone (as stated)',
    );
  });

  it('writes a clock time in the Time column, and the zone the article stated beside it', () => {
    const polls = rows.find((row) => cell(row, 'Headline') === 'Polls close');
    const zone = dataset.events.find((e) => e.id === 'polls-close')!.date.zone;
    expect(zone).toBe('EST');
    expect([cell(polls, 'Day'), cell(polls, 'Time'), cell(polls, 'Time Zone (as stated)')]).toEqual(
      ['6', '10:30', zone],
    );
    expect(cell(polls, 'Display Date')).toMatch(/10:30 am EST$/);
    expect(cell(polls, 'End Time')).toBe('');
    const count = rows.find((row) => cell(row, 'Headline') === 'The count begins');
    expect([cell(count, 'Time'), cell(count, 'Time Zone (as stated)')]).toEqual(['21:00', '']);
  });

  it('gives a span its days and no time or zone, though its ends keep clock times in two zones', () => {
    const voting = dataset.events.find((e) => e.id === 'voting')!.date;
    expect(voting.value).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}\/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    const row = rows.find((r) => cell(r, 'Headline') === 'Voting runs');
    const [, startMonth, startDay] = voting.start.split('-').map(Number);
    const [, endMonth, endDay] = voting.end.split('-').map(Number);
    expect(
      ['Month', 'Day', 'End Month', 'End Day'].map((column) => Number(cell(row, column))),
    ).toEqual([startMonth, startDay, endMonth, endDay]);
    for (const column of ['Time', 'End Time', 'Time Zone (as stated)']) {
      expect(cell(row, column), column).toBe('');
    }
  });

  it('leaves the time and zone cells empty for an event with no clock time', () => {
    const clocked = ['Polls close', 'The count begins', 'Voting runs'];
    const clockless = rows.filter((row) => !clocked.includes(cell(row, 'Headline')!));
    expect(clockless).toHaveLength(1 + timeline.events.length - clocked.length);
    for (const row of clockless) {
      for (const column of ['Time', 'End Time', 'Time Zone (as stated)']) {
        expect(cell(row, column), cell(row, 'Headline')).toBe('');
      }
    }
  });

  it('starts with the title row, then one row per event, drafts left out', () => {
    expect(csv).not.toContain('A draft nobody has checked');
    expect(rows).toHaveLength(1 + timeline.events.length);
    expect(cell(rows[0], 'Type')).toBe('title');
    expect(rows.slice(1).map((row) => cell(row, 'Type'))).toEqual(timeline.events.map(() => ''));
  });

  it('survives a round trip through a CSV parser with commas, quotes and line breaks', () => {
    timeline.events.forEach((slide, i) => {
      const row = rows[i + 1];
      expect(asHtml(cell(row, 'Headline'))).toBe(slide.text.headline);
      expect(asHtml(cell(row, 'Text'))).toBe(slide.text.text);
      expect(asHtml(cell(row, 'Display Date'))).toBe(slide.display_date);
      expect(asHtml(cell(row, 'Group'))).toBe(slide.group);
    });
    const meeting = rows.find((row) => cell(row, 'Headline')?.includes('Witkoff meets Putin'));
    expect(cell(meeting, 'Text')).toContain('Three hours,\nsaid aides.');
    expect(cell(meeting, 'Text')).toContain(
      '<blockquote><p>on Wednesday.\nThe talks, aides said, lasted three hours.</p></blockquote>',
    );
    expect(cell(meeting, 'Headline')).toContain('&quot;in Moscow&quot;');
  });

  it('writes dates at the precision the text gives', () => {
    const geneva = rows.find((row) => cell(row, 'Headline')?.includes('Geneva'));
    expect([cell(geneva, 'Year'), cell(geneva, 'Month'), cell(geneva, 'Day')]).toEqual([
      '2021',
      '6',
      '',
    ]);
    const week = rows.find((row) => cell(row, 'Headline') === 'Sanctions take effect');
    expect(['Day', 'End Day'].map((column) => cell(week, column))).toEqual(['11', '17']);
  });

  it('starts no cell with a character a spreadsheet would read as a formula', () => {
    const geneva = rows.find((row) => cell(row, 'Headline')?.includes('Geneva'));
    expect(cell(geneva, 'Headline')).toBe(
      '&#61;HYPERLINK(&quot;https://evil.example&quot;) Geneva',
    );
    const statement = rows.find((row) => cell(row, 'Headline') === 'The White House speaks');
    expect(cell(statement, 'Group')).toBe('&#45;Statement');
    for (const row of rows) for (const value of row) expect(value).not.toMatch(/^[=+\-@\t\r]/);
  });
});
