import type { Mention } from '../model/mention.ts';
import type { Locale } from '../model/temporal.ts';
import { allReadings } from './collectReadings.ts';
import { DateResolutionError } from './DateResolutionError.ts';
import { assertPublished, findMentions } from './findMentions.ts';
import type { Anchor } from './Reading.ts';
import { timexRange } from './timexRange.ts';

export interface ResolveOptions {
  /** Publication date, YYYY-MM-DD. */
  published: string;
  locale: Locale;
  /**
   * TIMEX value of an earlier mention or event that relative expressions ("two days later",
   * "eight months before", "in two days") are read against; default: the publication date.
   */
  anchor?: string;
}

/**
 * The TIMEX3 reading of the expression at `span` in `text`. The whole text is passed so the
 * sentence's tense can choose between last and next Friday. Of the readings that overlap the
 * span, the one covering most of it (and least outside it) is taken; the returned mention
 * carries that reading's own offsets, which may be a little wider or narrower than the span.
 *
 * @throws DateResolutionError when the span holds no date, duration or time expression, the span
 *   is out of range, the publication date is not a real day, or the anchor is not a calendar value.
 * @example resolveExpression(text, { start, end }, { published: '2021-06-16', locale: 'en-US', anchor: '2021-06' })
 * // "eight months before" → { value: '2022-02', offset: { amount: -8, unit: 'month' }, … }
 */
export function resolveExpression(
  text: string,
  span: { start: number; end: number },
  options: ResolveOptions,
): Mention {
  assertPublished(options.published);
  const { start, end } = span;
  if (
    !Number.isInteger(start) ||
    !Number.isInteger(end) ||
    start < 0 ||
    end > text.length ||
    start >= end
  ) {
    throw new DateResolutionError({ code: 'bad-span', start, end, length: text.length });
  }
  if (options.anchor !== undefined) timexRange(options.anchor);
  const overlap = (r: { start: number; end: number }) =>
    Math.min(end, r.end) - Math.max(start, r.start);
  const outside = (r: { start: number; end: number }) => r.end - r.start - overlap(r);
  const [best] = allReadings(text, options)
    .filter((r) => overlap(r) > 0)
    .sort((a, b) => overlap(b) - overlap(a) || outside(a) - outside(b) || b.priority - a.priority);
  if (!best)
    throw new DateResolutionError({ code: 'no-expression', expression: text.slice(start, end) });
  // "March 3-5", "from Monday to Wednesday", "0530 GMT Thursday": what the news reading joins from
  // two readings is read as one, as findMentions gives it, when it covers the span and more of it
  // than the best single reading does. Not against a given anchor: the join read its own.
  if (options.anchor === undefined) {
    const joined = findMentions(text, options).find(
      (m) => m.start <= start && m.end >= end && m.end - m.start > best.end - best.start,
    );
    if (joined && overlap(joined) > overlap(best)) return joined;
  }
  const anchor: Anchor =
    options.anchor === undefined
      ? { value: options.published, source: { kind: 'published', date: options.published } }
      : { value: options.anchor, source: { kind: 'given', value: options.anchor } };
  const resolved = best.resolve({
    published: options.published,
    deictic: anchor,
    anaphoric: anchor,
  });
  return { text: text.slice(best.start, best.end), start: best.start, end: best.end, ...resolved };
}
