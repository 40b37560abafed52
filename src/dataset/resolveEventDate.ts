import { clockZone } from '../dates/clockZone.ts';
import { DateResolutionError } from '../dates/DateResolutionError.ts';
import { labelDate } from '../dates/labelDate.ts';
import { resolveExpression } from '../dates/resolveExpression.ts';
import { timexRange } from '../dates/timexRange.ts';
import type { EventDate } from '../model/event.ts';
import type { Mention } from '../model/mention.ts';
import type { EditorialDateRecord, WhenRecord } from '../model/eventRecord.ts';
import type { Source } from '../model/source.ts';
import { timexClock } from '../model/timexClock.ts';
import type { BuildProblem } from './BuildProblem.ts';

/** An anchor a relative expression is read against: the article, or another dated event. */
export type DateAnchor =
  | { kind: 'published'; date: string }
  | { kind: 'event'; event: string; title: string; date: EventDate };

type DateProblem = Extract<
  BuildProblem,
  { code: 'expression-unresolved' | 'editorial-date-invalid' | 'span-reversed' }
>;
type Detail<P> = P extends unknown ? Omit<P, 'file' | 'record' | 'field'> : never;

/** A date that could not be read, as the data of a build problem; the build adds the place. */
export class DateReadingError extends Error {
  constructor(readonly detail: Detail<DateProblem>) {
    super(detail.code);
    this.name = 'DateReadingError';
  }
}

function reasonOf(error: unknown): string {
  if (error instanceof DateResolutionError) return error.message;
  throw error;
}

/**
 * Whether the words name each end of a stretch that lasts, to the day ("March 3-5", "from Monday
 * to Wednesday", "Monday through Wednesday"), rather than a stretch the event falls somewhere
 * within ("between Monday and Wednesday", "around March 3-5"): the resolver gives such a stretch
 * as the interval of its two days and counts it from no anchor, while a span counted back from
 * one ("less than two weeks ago") carries the offset it was counted by, though its value has the
 * same shape.
 */
function namesItsDays(mention: Mention, expression: string): boolean {
  const within = /\bbetween\b/i.test(`${expression} ${mention.text}`) || mention.mod !== undefined;
  return (
    !within &&
    mention.granularity === 'span' &&
    mention.offset === undefined &&
    /^\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/.test(mention.value)
  );
}

function anchorValue(anchor: DateAnchor): string {
  return anchor.kind === 'published' ? anchor.date : anchor.date.value;
}

/** How the expression was read, in words: `in an article published Wed 6 Aug 2025`. */
function describeReading(anchor: DateAnchor): string {
  return anchor.kind === 'published'
    ? `in an article published ${labelDate({ value: anchor.date, ...timexRange(anchor.date) })}`
    : `read from “${anchor.title}” (${anchor.date.label})`;
}

/**
 * Resolves the words of one quote into an event date: asks the date resolver for the value of
 * the expression at `start` in the article, read against the anchor, and records how it was
 * derived. With `throughAnchor`, the event lasts from that date up to the anchor.
 */
export function resolveEventDate(
  when: WhenRecord,
  source: Source,
  start: number,
  anchor: DateAnchor,
): EventDate {
  const span = { start, end: start + when.expression.length };
  const unresolved = (reason: string) =>
    new DateReadingError({ code: 'expression-unresolved', expression: when.expression, reason });
  let mention: Mention;
  let range: ReturnType<typeof timexRange>;
  try {
    mention = resolveExpression(source.text, span, {
      published: source.published,
      locale: source.locale,
      ...(anchor.kind === 'event' ? { anchor: anchor.date.value } : {}),
    });
    range = timexRange(mention.value);
  } catch (error) {
    throw unresolved(reasonOf(error));
  }
  const { value, mod } = mention;
  let date: Omit<EventDate, 'label' | 'derivation'> = {
    value,
    ...range,
    ...(mod ? { mod } : {}),
    ...(namesItsDays(mention, when.expression) ? { exactDays: true as const } : {}),
  };
  if (when.throughAnchor) {
    let end: string;
    try {
      end = timexRange(anchorValue(anchor)).end;
    } catch (error) {
      throw unresolved(reasonOf(error));
    }
    if (end < range.start) {
      throw new DateReadingError({ code: 'span-reversed', start: range.start, end });
    }
    // An ISO 8601 interval: from what the words name to the anchor, each at its own precision.
    date = {
      value: `${value}/${anchorValue(anchor)}`,
      start: range.start,
      end,
      granularity: 'span',
    };
  }
  // Whose clock a time is: the zone the words name with it, kept as written. A span up to an
  // anchor has none: its end is the anchor's clock, and the span is dated to the day.
  const zone = timexClock(date.value) ? clockZone(mention.text) : undefined;
  if (zone) date = { ...date, zone };
  const label = labelDate(date);
  return {
    ...date,
    label,
    derivation: {
      kind: 'text',
      source: source.id,
      expression: when.expression,
      start: span.start,
      end: span.end,
      anchor:
        anchor.kind === 'published'
          ? { kind: 'published', date: anchor.date }
          : { kind: 'event', event: anchor.event, value: anchor.date.value },
      explanation: `“${when.expression}”, ${describeReading(anchor)} → ${label}`,
    },
  };
}

/** An editor's date for an event no quote dates: a TIMEX value or a span, with its reason. */
export function editorialEventDate(record: EditorialDateRecord): EventDate {
  let base: Omit<EventDate, 'label' | 'derivation'>;
  if ('value' in record) {
    try {
      base = {
        value: record.value,
        ...timexRange(record.value),
        ...(record.mod ? { mod: record.mod } : {}),
      };
    } catch (error) {
      throw new DateReadingError({
        code: 'editorial-date-invalid',
        value: record.value,
        reason: reasonOf(error),
      });
    }
  } else {
    base = {
      value: `${record.start}/${record.end}`,
      start: record.start,
      end: record.end,
      granularity: 'span',
    };
  }
  return {
    ...base,
    label: labelDate(base),
    derivation: { kind: 'editorial', reason: record.reason },
  };
}
