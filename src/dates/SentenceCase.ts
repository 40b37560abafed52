import { z } from 'zod/mini';
import { CalendarDate, Locale } from '../model/temporal.ts';
import { SENTENCE_FIELD_EXPECTED } from './messages.ts';

/** Which reading an expectation is scored in: the news reading or TimeML mode. */
export const SentenceReading = z.enum(['news', 'timeml']);
export type SentenceReading = z.infer<typeof SentenceReading>;

/**
 * One expectation of a sentence set, as written: `"Monday = XXXX-WXX-1"` holds in both readings,
 * `"news: on Friday = 2026-03-13"` or `"timeml: Friday = 2026-03-13"` in one; `phrase#2` is the
 * phrase's second occurrence; the value `-` says no mention may overlap the phrase.
 */
const EXPECTATION_PATTERN = /^(?:(news|timeml):\s*)?(.+?)(?:#([1-9]\d*))?\s+=\s+(\S+)$/;

/** An expectation read: the readings, the phrase and which occurrence (from 1), the value. */
export const Expectation = z.strictObject({
  readings: z.array(SentenceReading).check(z.minLength(1)),
  phrase: z.string().check(z.minLength(1)),
  occurrence: z.int().check(z.positive()),
  /** `null`: no mention may overlap the phrase. */
  value: z.nullable(z.string().check(z.minLength(1))),
});
export type Expectation = z.infer<typeof Expectation>;

const WrittenExpectation = z.pipe(
  z.string().check(z.regex(EXPECTATION_PATTERN, SENTENCE_FIELD_EXPECTED.expectation)),
  z.transform((written): Expectation => {
    // The pattern has matched already: only its groups are read here.
    const [, only, phrase = '', occurrence, value = ''] = EXPECTATION_PATTERN.exec(written) ?? [];
    return {
      readings: only === undefined ? ['news', 'timeml'] : [only as SentenceReading],
      phrase,
      occurrence: occurrence === undefined ? 1 : Number(occurrence),
      value: value === '-' ? null : value,
    };
  }),
);

/**
 * A line of a round's sentence set (`data/bench/sentences/`): a sentence a reporter might write,
 * its publication date and locale, and the values a careful reader gives its expressions of time,
 * written before the resolver was run on it.
 */
export const SentenceCase = z.strictObject({
  id: z.string().check(z.minLength(1, SENTENCE_FIELD_EXPECTED.id)),
  published: CalendarDate,
  locale: z._default(Locale, 'en-US'),
  text: z.string().check(z.minLength(1, SENTENCE_FIELD_EXPECTED.text)),
  expect: z.array(WrittenExpectation).check(z.minLength(1, SENTENCE_FIELD_EXPECTED.expect)),
});
export type SentenceCase = z.infer<typeof SentenceCase>;
