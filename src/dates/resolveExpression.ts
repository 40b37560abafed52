import type { Mention } from '../model/mention.ts';
import type { Locale } from '../model/temporal.ts';
import { allReadings } from './collectReadings.ts';
import { DateResolutionError } from './DateResolutionError.ts';
import { assertPublished, findMentions } from './findMentions.ts';
import { STRETCH_TO } from './joinRanges.ts';
import type { Anchor, Reading } from './Reading.ts';
import type { Span } from './Span.ts';
import { timexRange } from './timexRange.ts';
import { isDayValue } from './valueShape.ts';

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

interface ReadText {
  readings: Reading[];
  joined: () => Mention[];
}
// The articles of a story a build reads, a few at a time: their quotes come one event after
// another, each from any article.
const READ_TEXTS_KEPT = 16;
const readTexts = new Map<string, ReadText>();

/**
 * Every reading of `text`, and the mentions the news reading joins from them, worked out once per
 * article for all the quotes the build resolves in it.
 */
function readText(text: string, options: ResolveOptions): ReadText {
  const { published, locale } = options;
  const key = `${published} ${locale} ${text}`;
  let read = readTexts.get(key);
  if (!read) {
    let joined: Mention[] | undefined;
    read = {
      readings: allReadings(text, { published, locale }),
      joined: () => (joined ??= findMentions(text, { published, locale })),
    };
    if (readTexts.size >= READ_TEXTS_KEPT) readTexts.delete(readTexts.keys().next().value!);
    readTexts.set(key, read);
  }
  return read;
}

// "from", "between", "sometime between", "some time between", "around": words before a joined
// stretch that no reading covers. The first group marks a stretch given only approximately.
const LEADING_WORDS = /^(?:(around|about|approximately)|from|(?:some\s?time\s+)?between)\s+/i;

/**
 * "from noon Monday to 3 p.m. Wednesday": the news reading joins only calendar days, so a stretch
 * whose ends carry clock times is the interval of the two days those readings give, when the
 * quote is exactly those two readings joined by "to", "until" or "through".
 */
function stretchOfClockedDays(
  text: string,
  span: { start: number; end: number },
  readings: Reading[],
  options: ResolveOptions,
): Mention | undefined {
  const inside = readings
    .filter((r) => r.start >= span.start && r.end <= span.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const first = inside[0];
  const last = inside.filter((r) => r.start >= (first?.end ?? 0)).at(-1);
  if (!first || !last || !STRETCH_TO.test(text.slice(first.end, last.start))) return undefined;
  const anchor: Anchor = {
    value: options.published,
    source: { kind: 'published', date: options.published },
  };
  const ends = [first, last].map((r) =>
    r.resolve({ published: options.published, deictic: anchor, anaphoric: anchor }),
  );
  const [from, to] = ends.map((m) => m.value.slice(0, 10));
  if (
    !ends.every((m) => m.granularity === 'day' && isDayValue(m.value.slice(0, 10))) ||
    !(from! < to!)
  )
    return undefined;
  return {
    text: text.slice(first.start, last.end),
    start: first.start,
    end: last.end,
    type: 'DATE',
    value: `${from}/${to}`,
    granularity: 'span',
    anchor: ends[0]!.anchor,
  };
}

/**
 * The TIMEX3 reading of the expression at `span` in `text`. The whole text is passed so the
 * sentence's tense can choose between last and next Friday. Of the readings that overlap the
 * span, the one covering most of it (and least outside it) is taken; the returned mention
 * carries that reading's own offsets, which may be a little wider or narrower than the span.
 *
 * @throws DateResolutionError when the span holds no date, duration or time expression, the span
 *   is out of range, the publication date is not a real day, or the anchor is not a calendar value.
 * @example
 * resolveExpression(text, { start, end }, {
 *   published: '2021-06-16',
 *   locale: 'en-US',
 *   anchor: '2021-06',
 * })
 * // "eight months before" → { value: '2022-02', offset: { amount: -8, unit: 'month' }, … }
 */
export function resolveExpression(
  text: string,
  span: { start: number; end: number },
  options: ResolveOptions,
): Mention {
  assertPublished(options.published);
  assertSpan(text, span);
  if (options.anchor !== undefined) timexRange(options.anchor);
  const { start, end } = span;
  const read = readText(text, options);
  const best = bestReading(read.readings, span);
  if (!best || best.claimOnly)
    throw new DateResolutionError({ code: 'no-expression', expression: text.slice(start, end) });
  // "March 3-5", "from Monday to Wednesday", "0530 GMT Thursday": what the news reading joins from
  // two readings is read as one, as findMentions gives it, when it covers the span and more of it
  // than the best single reading does. Not against a given anchor: the join read its own.
  // Only where no single reading covers the quote: "Wednesday" never needs the joins.
  if (options.anchor === undefined && overlapOf(best, span) < end - start) {
    const stretch = stretchCovering(text, span, read, best, options);
    if (stretch) return stretch;
  }
  // "On Saturday night, Feb. 22", "The day after the Friday deadline", "10:35 a.m. (0735 GMT)
  // Friday": the news reading dates the best reading from another mention inside the words; the
  // reading alone would count from the publication.
  const news =
    options.anchor === undefined
      ? read.joined().find((m) => m.start === best.start && m.end === best.end)
      : undefined;
  if (news?.anchor.kind === 'mention' && news.anchor.start >= start && news.anchor.start < end) {
    return news;
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

/** Throws unless `span` is a stretch of whole offsets inside `text`, not empty. */
function assertSpan(text: string, { start, end }: Span): void {
  if (
    !Number.isInteger(start) ||
    !Number.isInteger(end) ||
    start < 0 ||
    end > text.length ||
    start >= end
  ) {
    throw new DateResolutionError({ code: 'bad-span', start, end, length: text.length });
  }
}

/** How much of `span` a reading covers. */
function overlapOf(r: Span, span: Span): number {
  return Math.min(span.end, r.end) - Math.max(span.start, r.start);
}

/**
 * The reading covering most of `span`, then the one reaching least outside it, then the one of
 * highest priority.
 */
function bestReading(readings: Reading[], span: Span): Reading | undefined {
  const overlap = (r: Reading) => overlapOf(r, span);
  const outside = (r: Reading) => r.end - r.start - overlap(r);
  return readings
    .filter((r) => overlap(r) > 0)
    .sort(
      (a, b) => overlap(b) - overlap(a) || outside(a) - outside(b) || b.priority - a.priority,
    )[0];
}

/**
 * The news reading's joined mention that covers `span` and more of it than `best`, marked
 * approximate after "around"; else the interval of two clocked days after a leading word.
 */
function stretchCovering(
  text: string,
  span: Span,
  read: ReadText,
  best: Reading,
  options: ResolveOptions,
): Mention | undefined {
  const { start, end } = span;
  // Leading words no single reading takes ("from", "between", "sometime between", "around")
  // belong to the stretch after them, which the joined words may leave out.
  const lead = LEADING_WORDS.exec(text.slice(start, end));
  const skip = lead?.[0].length ?? 0;
  const joined = read
    .joined()
    .find(
      (m) => m.start <= start + skip && m.end >= end && m.end - m.start > best.end - best.start,
    );
  const approximate = lead?.[1] !== undefined && joined?.mod === undefined;
  if (joined && overlapOf(joined, span) > overlapOf(best, span))
    return approximate ? { ...joined, mod: 'APPROX' } : joined;
  return lead ? stretchOfClockedDays(text, span, read.readings, options) : undefined;
}
