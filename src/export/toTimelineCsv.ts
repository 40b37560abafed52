import type { TimelineJs, TimelineJsDate, TimelineJsSlide } from '../model/timelineJs.ts';

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

type Row = Partial<Record<(typeof sheetColumns)[number], string>>;

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

const dateCells = (date: TimelineJsDate | undefined) =>
  [date?.year, date?.month, date?.day].map((part) => (part === undefined ? '' : String(part)));

function slideRow(slide: TimelineJsSlide, type?: 'title'): Row {
  const [year, month, day] = dateCells(slide.start_date);
  const [endYear, endMonth, endDay] = dateCells(slide.end_date);
  return {
    Year: year,
    Month: month,
    Day: day,
    'End Year': endYear,
    'End Month': endMonth,
    'End Day': endDay,
    'Display Date': inert(slide.display_date ?? ''),
    Headline: inert(slide.text.headline),
    Text: inert(slide.text.text),
    Type: type ?? '',
    Group: inert(slide.group ?? ''),
  };
}

/**
 * The TimelineJS story as a CSV in the column layout of TimelineJS's Google Sheets template, so
 * it pastes into a newsroom's existing sheet: the title row first (Type `title`), then one row
 * per event. RFC 4180 quoting with CRLF line ends, UTF-8.
 */
export function toTimelineCsv(timeline: TimelineJs): string {
  const rows = [slideRow(timeline.title, 'title'), ...timeline.events.map((e) => slideRow(e))];
  const lines = [
    sheetColumns.map(field).join(','),
    ...rows.map((row) => sheetColumns.map((column) => field(row[column] ?? '')).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}
