import { resolveExpression } from '../dates/resolveExpression.ts';
import { shiftTimex } from '../dates/shiftTimex.ts';
import { timexRange } from '../dates/timexRange.ts';
import type { EventDate } from '../model/event.ts';
import type { EditorialDateRecord, WhenRecord } from '../model/eventRecord.ts';
import type { Source } from '../model/source.ts';
import { labelDate } from '../dates/labelDate.ts';

/** An anchor a relative expression is read against: the article, or another dated event. */
export type DateAnchor =
  | { kind: 'published'; date: string }
  | { kind: 'event'; event: string; title: string; date: EventDate };

/** What went wrong reading a date, as data for the build to place in a problem. */
export class DateReadingError extends Error {
  constructor(
    readonly expected: string,
    readonly found: string,
  ) {
    super(`expected ${expected}, found ${found}`);
    this.name = 'DateReadingError';
  }
}

function anchorValue(anchor: DateAnchor): string {
  return anchor.kind === 'published' ? anchor.date : anchor.date.value;
}

function publishedLabel(date: string): string {
  return labelDate({ value: date, ...timexRange(date) });
}

/** How the expression was read, in words: `in an article published Wed 6 Aug 2025`. */
function describeReading(anchor: DateAnchor, inverse: boolean): string {
  if (anchor.kind === 'published') {
    return inverse
      ? `counted on from the time of writing (${publishedLabel(anchor.date)})`
      : `in an article published ${publishedLabel(anchor.date)}`;
  }
  return `${inverse ? 'counted on from' : 'read from'} “${anchor.title}” (${anchor.date.label})`;
}

/**
 * Resolves the words of one quote into an event date: finds the expression in the article,
 * asks the date resolver for its value against the anchor, and records how it was derived.
 * With `inverse`, the expression places the anchor relative to the event, so its offset is
 * applied the other way ("June 2021, eight months before the invasion" puts the invasion eight
 * months after June 2021).
 */
export function resolveEventDate(
  when: WhenRecord,
  source: Source,
  expressionStart: number,
  anchor: DateAnchor,
): EventDate {
  const span = { start: expressionStart, end: expressionStart + when.expression.length };
  let value: string;
  let mod: EventDate['mod'];
  try {
    const mention = resolveExpression(source.text, span, {
      published: source.published,
      locale: source.locale,
      ...(anchor.kind === 'event' ? { anchor: anchor.date.value } : {}),
    });
    if (when.inverse) {
      if (!mention.offset) {
        throw new DateReadingError(
          'an expression that moves a date by an amount ("eight months before", "two days later") when inverse is set',
          `"${when.expression}" read as ${mention.value}`,
        );
      }
      const { amount, unit } = mention.offset;
      value = shiftTimex(anchorValue(anchor), { amount: -amount, unit });
    } else {
      value = mention.value;
      mod = mention.mod;
    }
  } catch (error) {
    if (error instanceof DateReadingError) throw error;
    throw new DateReadingError(
      'an expression the date resolver can read',
      error instanceof Error ? error.message : String(error),
    );
  }
  let range: ReturnType<typeof timexRange>;
  try {
    range = timexRange(value);
  } catch {
    throw new DateReadingError(
      'a date that can be placed on a calendar',
      `"${when.expression}" read as ${value}`,
    );
  }
  const date = when.throughAnchor
    ? {
        // An ISO 8601 interval: from what the words name to the anchor, each at its own precision.
        value: `${value}/${anchorValue(anchor)}`,
        start: range.start,
        end: timexRange(anchorValue(anchor)).end,
        granularity: 'span' as const,
      }
    : { value, ...range, ...(mod ? { mod } : {}) };
  const label = labelDate(date);
  const explanation = `“${when.expression}”, ${describeReading(anchor, when.inverse)} → ${label}`;
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
      explanation,
    },
  };
}

/** An editor's date for an event no quote dates: a TIMEX value or a span, with its reason. */
export function editorialEventDate(record: EditorialDateRecord): EventDate {
  const base =
    'value' in record
      ? {
          value: record.value,
          ...timexRange(record.value),
          ...(record.mod ? { mod: record.mod } : {}),
        }
      : {
          value: `${record.start}/${record.end}`,
          start: record.start,
          end: record.end,
          granularity: 'span' as const,
        };
  return {
    ...base,
    label: labelDate(base),
    derivation: { kind: 'editorial', reason: record.reason },
  };
}
