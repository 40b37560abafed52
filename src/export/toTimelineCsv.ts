import type { Dataset } from '../model/dataset.ts';
import type { TimelineJsDate, TimelineJsSlide } from '../model/timelineJs.ts';
import { toTimelineJs } from './toTimelineJs.ts';

/** The columns of TimelineJS's Google Sheets template, with its exact headers, in its order. */
export const sheetColumns = [
  'Year',
  'Month',
  'Day',
  'Time',
  'End Year',
  'End Month',
  'End Day',
  'End Time',
  'Display Date',
  'Headline',
  'Text',
  'Media',
  'Media Credit',
  'Media Caption',
  'Media Thumbnail',
  'Alt Text',
  'Type',
  'Group',
  'Background',
] as const;

/**
 * Whose clock the Time and End Time are: the zone as the article wrote it ("EST", "local time"),
 * never converted. TimelineJS has no zone and reads no column it does not know, so it goes after
 * the template's own.
 */
export const zoneColumn = 'Time Zone (as stated)';

const columns = [...sheetColumns, zoneColumn] as const;

type Row = Partial<Record<(typeof columns)[number], string>>;

/**
 * A spreadsheet reads a cell that starts with = + - @ (or a tab or carriage return) as a
 * formula. Every text cell here is HTML to TimelineJS, so the first character can be written as
 * a character reference instead: TimelineJS shows the same text and the sheet sees no formula.
 */
function inert(html: string): string {
  return /^[=+\-@\t\r]/.test(html) ? `&#${html.charCodeAt(0)};${html.slice(1)}` : html;
}

/** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Year, month, day and the time on the 24-hour clock ("21:00"), each empty where unknown. */
const dateCells = (date: TimelineJsDate | undefined) => [
  ...[date?.year, date?.month, date?.day].map((part) => (part === undefined ? '' : String(part))),
  date?.hour === undefined ? '' : `${pad(date.hour)}:${pad(date.minute ?? 0)}`,
];

/** What a row says beside its slide: the zone of its clock time, and the template's Type. */
interface RowOptions {
  zone?: string | undefined;
  type?: 'title';
}

function slideRow(slide: TimelineJsSlide, { zone, type }: RowOptions = {}): Row {
  const [year, month, day, time] = dateCells(slide.start_date);
  const [endYear, endMonth, endDay, endTime] = dateCells(slide.end_date);
  return {
    Year: year,
    Month: month,
    Day: day,
    Time: time,
    'End Year': endYear,
    'End Month': endMonth,
    'End Day': endDay,
    'End Time': endTime,
    'Display Date': inert(slide.display_date ?? ''),
    Headline: inert(slide.text.headline),
    Text: inert(slide.text.text),
    Type: type ?? '',
    Group: inert(slide.group ?? ''),
    [zoneColumn]: inert(zone ?? ''),
  };
}

/**
 * The TimelineJS story as a CSV in the column layout of TimelineJS's Google Sheets template, so
 * it pastes into a newsroom's existing sheet: the title row first (Type `title`), then one row
 * per event. A single clock time the words give is in Time on the 24-hour clock, on the article's
 * clock ("9 p.m." is 21:00), and the zone it named in the one column added after the template's;
 * a span is dated to the day, with neither.
 * RFC 4180 quoting with CRLF line ends, UTF-8.
 */
export function toTimelineCsv(dataset: Dataset): string {
  const timeline = toTimelineJs(dataset);
  const zones = new Map(dataset.events.map((event) => [event.id, event.date.zone]));
  const rows = [
    slideRow(timeline.title, { type: 'title' }),
    ...timeline.events.map((slide) => slideRow(slide, { zone: zones.get(slide.unique_id!) })),
  ];
  const lines = [
    columns.map(field).join(','),
    ...rows.map((row) => columns.map((column) => field(row[column] ?? '')).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}
