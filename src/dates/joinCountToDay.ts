import type { Mention } from '../model/mention.ts';
import { IRREGULAR_PAST } from './irregularPast.ts';
import { joinAdjacent } from './joinAdjacent.ts';
import { NUMBER_SOURCE, readNumber } from './readNumber.ts';
import { SPAN_BEFORE_COUNT } from './countBeforeDate.ts';
import { regularPastOfStem } from './regularPast.ts';
import { REPORTED } from './reportingVerbs.ts';
import { shiftTimex } from './shiftTimex.ts';
import { timexRange } from './timexRange.ts';
import type { Granularity } from '../model/temporal.ts';

// "a week before", "two days after", "about a month before", "a year after": a count of days,
// weeks, months or years and its direction, perhaps after an approximator.
const COUNT_FROM = new RegExp(
  `^(?:[a-z]+\\s+)?(${NUMBER_SOURCE})\\s+(day|week|month|year)s?\\s+(before|after)$`,
  'i',
);

type CountUnit = 'day' | 'week' | 'month' | 'year';

// The units a named date of each granularity is moved by and stays a date of that granularity: a
// day by any ("two weeks before Sunday"), a weekend by weeks ("two weeks before last weekend"), a
// month by months or years ("a month after last March"), a season or a year by years. A count of
// days from a month or of weeks from a year lands on no one such period: it is left apart.
const MOVED_BY: Partial<Record<Granularity, readonly CountUnit[]>> = {
  day: ['day', 'week', 'month', 'year'],
  week: ['week'],
  month: ['month', 'year'],
  season: ['year'],
  year: ['year'],
};

/** The granularity of a calendar value a count of `unit` moves to one such value, if any. */
function movedGranularity(value: string, unit: CountUnit): Granularity | undefined {
  // References (PAST_REF) and durations are no calendar value.
  if (!/^\d{4}(?:-|$)/.test(value) || value.includes('/')) return undefined;
  const { granularity } = timexRange(value);
  // A plain ISO week is no named period here; only its weekend is ("last weekend").
  if (granularity === 'week' && !value.endsWith('-WE')) return undefined;
  // A time of day is read from its day only by days ("two days after 3 p.m. Friday" is apart).
  if (value.includes('T')) return undefined;
  return MOVED_BY[granularity]?.includes(unit) ? granularity : undefined;
}

// A mark of time ahead in the sentence: a future or a plan ("will reopen two weeks after last
// Monday", "is expected to", "plans to"). Without one, the sentence tells of the past.
const AHEAD =
  /\b(?:will|shall|would|going\s+to|plans?|planned|expects?|expected|scheduled|due|set\s+to)\b|['’]ll\b/i;

// A future told from the time of writing: "will", "shall", "is due to", "plans to"; not "would",
// nor a past plan ("was scheduled to").
const AHEAD_NOW =
  /\b(?:will|shall|won['’]t)\b|['’]ll\b|\b(?:is|are)\s+(?:going|due|set|scheduled|expected|planning)\s+to\b|\bplans?\s+to\b/i;
// The same cues, for every one in a stretch.
const AHEAD_NOW_ALL = new RegExp(AHEAD_NOW.source, 'gi');

// A past verb, not a participle after "be" or "have" nor an adjective after a determiner ("will
// be closed", "a delayed vote"): "exports fell", "prices slumped".
const PAST_VERB = new RegExp(
  String.raw`(?<!\b(?:be|been|being|is|are|was|were|has|have|had|get|gets|got|a|an|the|its|their|his|her)\s+)` +
    String.raw`\b(?:${IRREGULAR_PAST}|${regularPastOfStem(2)})\b`,
  'i',
);

/**
 * Whether the count at `from`, before the date ending at `to`, is told in a future from now: a
 * cue of AHEAD_NOW after the count ("A week before Friday, the firm will report"), or one before
 * it with no past verb between them, which would head a clause of its own that the count sits
 * in ("plans to publish figures showing exports fell a week before Friday").
 */
function aheadNowOfCount(text: string, from: number, to: number): boolean {
  const start = sentenceOpening(text, from);
  const before = text.slice(start, from);
  if (AHEAD_NOW.test(sentenceAround(text, from, to).slice(to - start))) return true;
  const cues = [...before.matchAll(AHEAD_NOW_ALL)];
  const last = cues.at(-1);
  return last !== undefined && !PAST_VERB.test(before.slice(last.index + last[0].length));
}

/** Where the sentence holding `from` opens: after the last full stop or line break before it. */
function sentenceOpening(text: string, from: number): number {
  return Math.max(text.lastIndexOf('. ', from), text.lastIndexOf('\n', from)) + 1;
}

/** The sentence around `from`…`to` in `text`, for a look at its tense. */
function sentenceAround(text: string, from: number, to: number): string {
  const start = sentenceOpening(text, from);
  const stop = /[.!?](?:\s|$)/.exec(text.slice(to));
  return text.slice(start, stop ? to + stop.index : text.length);
}

/**
 * A count read from the day named right after it (`countFromNamedDate`, "a week before
 * Christmas") joined with that day into one expression, the day the count lands on: "The fire
 * started a week before Christmas" is 18 December, not Christmas Day beside a second Christmas
 * (as "the day before Christmas" is 24 December). News reading only: TimeML marks the count as
 * a length and the day apart. Words with an event between them and its date ("two days after
 * the vote on March 3") keep the event's date, as before.
 *
 * @example joinCountToDay(text, [aWeekBefore, christmas], '2025-08-07')
 * // [{ text: 'a week before Christmas', value: '2024-12-18', … }]
 */
export function joinCountToDay(
  text: string,
  mentions: readonly Mention[],
  published: string,
): Mention[] {
  return joinAdjacent(text, mentions, (m, next) => {
    const count = COUNT_FROM.exec(m.text);
    const amount = count ? readNumber(count[1]!) : undefined;
    if (
      !count ||
      amount === undefined ||
      !Number.isInteger(amount) ||
      m.value !== next.value ||
      m.anchor.kind !== 'mention' ||
      m.anchor.start !== next.start ||
      // "the final three days before March 15" is a span, no day counted to.
      SPAN_BEFORE_COUNT.test(text.slice(Math.max(0, m.start - 40), m.start)) ||
      // "two weeks after Friday's hearing" counts from the event the day owns, which keeps the
      // day's date, as "two weeks after the hearing on Friday" does.
      /^['’]s\b/.test(text.slice(next.end, next.end + 3))
    )
      return undefined;
    const unit = count[2]!.toLowerCase() as CountUnit;
    const granularity = movedGranularity(next.value, unit);
    if (!granularity) return undefined;
    const sign = count[3]!.toLowerCase() === 'before' ? -1 : 1;
    const offset = { amount: sign * amount, unit };
    const value = shiftTimex(next.value, offset);
    // "It was 10 days after Tuesday that police arrived", said on a Thursday: a date gone by
    // counted on past publication, in a sentence with nothing ahead, is no day the story can be
    // told of. The count's day is unknown; the named date is kept alone, as read.
    const sentence = sentenceAround(text, m.start, next.end);
    if (
      timexRange(next.value).end < published &&
      timexRange(value).start > published &&
      !AHEAD.test(sentence)
    )
      return next;
    // Its mirror: "The firm will report its results three days before Friday", said on a Thursday,
    // counts back from the coming Friday to a day gone by, which a sentence telling what is ahead
    // cannot be of. The named date is kept alone, as read. Only a future told from now: a "would"
    // or a saying may set the count in the past ("The club said it would sell tickets a week
    // before Saturday", "A week before Saturday, the club said …").
    if (
      timexRange(next.value).start > published &&
      timexRange(value).end < published &&
      aheadNowOfCount(text, m.start, next.end) &&
      !REPORTED.test(sentence)
    )
      return next;
    return {
      ...m,
      text: text.slice(m.start, next.end),
      end: next.end,
      value,
      granularity,
      offset,
    };
  });
}
