import type { Mention } from '../model/mention.ts';
import { LOOKED_OVER_DIRECTION } from './hoursLookedOver.ts';
import { MONTH_WORD_SOURCE } from './monthNames.ts';
import { durationValue } from './readDurations.ts';
import { isCenturyInName } from './isCenturyInName.ts';
import { CENTURY_ORDINAL_SOURCE, centuryNumber } from './centuryOrdinals.ts';
import { CENTURY_PART, centuryPart, NOT_IN_CENTURY_PART } from './centuryParts.ts';
import { CENTURY_ADJECTIVE, centuryAdjective } from './centuryAdjective.ts';
import { MILLENNIUM_NAMED, millenniumNamed } from './millenniumNamed.ts';
import { EARLY_MID_LATE_MOD } from './earlyMidLateMod.ts';
import { AT_THE_TIME } from './atTheTime.ts';

interface Rule {
  pattern: RegExp;
  read: (m: RegExpMatchArray, year: number) => Pick<Mention, 'type' | 'value' | 'mod'>;
}

const RULES: Rule[] = [
  // "the year ended March 31", "the fiscal year ending June 30", "the year to September", "the
  // year to 31 March", "the year to the end of June": a fiscal year as a span of a year; the day
  // or month that closes it is its own expression. Not "the year to come", "dedicated the year to".
  // So one told by the day or month that opens it ("the fiscal year that began July 1", "the
  // financial year starting in April"), which the tuning part does not hold: the guidelines mark
  // the span the same whichever end is named. Only before a day or month, not "the year that
  // began with a war", and only a year called fiscal or financial, not "the year beginning in 1999"
  // (a calendar year's start).
  {
    pattern: new RegExp(
      `\\b(?:the|its)\\s+(?:(?:fiscal|financial)\\s+year(?=\\s+(?:that\\s+|which\\s+)?(?:began|begins|beginning|started|starts|starting)\\s+(?:on\\s+|in\\s+)?(?:${MONTH_WORD_SOURCE}|\\d))|(?:fiscal\\s+|financial\\s+)?year(?=\\s+(?:(?:that\\s+)?end(?:ed|ing|s)|to\\s+(?:the\\s+end\\s+of\\s+)?(?:${MONTH_WORD_SOURCE}|\\d))))\\b`,
      'gi',
    ),
    read: () => ({ type: 'DURATION', value: 'P1Y' }),
  },
  // "the past century", "the next century": a span of a century looked over, a duration as "the
  // past three years" is ("the past decade" is read so in both readings).
  {
    pattern: new RegExp(
      `${NOT_IN_CENTURY_PART}\\bthe\\s+(?:${LOOKED_OVER_DIRECTION})\\s+(century)\\b`,
      'gi',
    ),
    read: (m) => ({ type: 'DURATION', value: durationValue(1, m[1]!) }),
  },
  // "it has been quite a while since", "the talks may go on for a while", "a little while": a
  // length of time never counted, DURATION PXX, as the tuning part marks "a while". Not "once in a
  // while" (how often), nor "a while ago", "a while back" or "a while later" (a time, not a length).
  {
    pattern:
      /(?<!\bonce\s+in\s+)\ba\s+(?:(?:little|long|good|short)\s+)?while\b(?!\s+(?:ago|back|later|earlier|before|after)\b)/gi,
    read: () => ({ type: 'DURATION', value: 'PXX' }),
  },
  // "every few days", "every several weeks": a recurrence with an uncounted step, SET PXD.
  {
    pattern: /\bevery\s+(?:few|several)\s+(minutes|hours|days|weeks|months|years)\b/gi,
    read: (m) => ({ type: 'SET', value: durationValue(1, m[1]!).replace(/\d+/, 'X') }),
  },
  // "on weekends": the weekend of every week ("every spring" is read so in both readings); "on
  // weekdays" the working days of every week, as "every weekday" is.
  {
    pattern: /(?<=\b(?:on|at|over)\s+)week(end|day)s\b/gi,
    read: (m) => ({
      type: 'SET',
      value: m[1]!.toLowerCase() === 'end' ? 'XXXX-WXX-WE' : 'XXXX-WXX-WD',
    }),
  },
  // "long ago": an unnamed time in the past, PAST_REF, as "recently" is.
  {
    pattern: /\b(?<!\bhow\s+)(?:not\s+)?long\s+ago\b/gi,
    read: () => ({ type: 'DATE', value: 'PAST_REF' }),
  },
  // "all day", "all week long": the whole of one unit, a duration of one.
  {
    pattern: /\ball\s+(day|week|month|year)(?:\s+long)?\b(?!-)/gi,
    read: (m) => ({ type: 'DURATION', value: durationValue(1, m[1]!) }),
  },
  // "the 20th century", "the nineteenth century", "the 12th century", "this century", "last
  // century": the century as ISO 8601 writes it, its first two digits ("19" for the 1900s, "04"
  // for the fifth). Not a century before the common era ("the fifth century BC"), which the
  // guidelines write another way.
  {
    pattern: new RegExp(
      `${NOT_IN_CENTURY_PART}\\b(?:(?:the\\s+)?(?:(early|mid-?|late)\\s*)?(${CENTURY_ORDINAL_SOURCE})|(this|last|next)|the\\s+(?:current|last|previous|next))\\s+century\\b(?!\\s+(?:BCE?|B\\.C\\.(?:E\\.)?|before)(?![\\w]))`,
      'gi',
    ),
    read: (m, year) => {
      const current = Math.floor(year / 100);
      // "the late 19th century": early, mid and late are the guidelines' START, MID and END.
      const mod = m[1] ? EARLY_MID_LATE_MOD[m[1].toLowerCase().replace(/-$/, '')] : undefined;
      if (m[2])
        return { type: 'DATE', value: String(centuryNumber(m[2])! - 1).padStart(2, '0'), mod };
      const which = (m[3] ?? /\b(\w+)\s+century$/i.exec(m[0])![1]!).toLowerCase();
      const shift = which === 'last' || which === 'previous' ? -1 : which === 'next' ? 1 : 0;
      return { type: 'DATE', value: String(current + shift) };
    },
  },
  // "a 19th-century portrait", "an eighteenth-century house": the century as an adjective
  // before its noun (`centuryAdjective`), read as "the 19th century" is.
  {
    pattern: CENTURY_ADJECTIVE,
    read: (m) => ({ type: 'DATE', ...centuryAdjective(m) }),
  },
  // "the next millennium", "the new millennium", "this millennium": the millennium by its first
  // digit (`millenniumNamed`), "2" said in 1999.
  {
    pattern: MILLENNIUM_NAMED,
    read: (m, year) => ({ type: 'DATE', value: millenniumNamed(m, year) }),
  },
  // "by the end of the century", "by mid-century": a part of a century, as climate targets are
  // told (`centuryPart`); the part of the century before it is left to this rule alone.
  {
    pattern: CENTURY_PART,
    read: (m, year) => ({ type: 'DATE', ...centuryPart(m, year) }),
  },
  // "current market conditions", "his current position": TimeML marks the adjective as the
  // present (PRESENT_REF), and "the then current price" as a past one. Not "current account",
  // an economic term, nor a current of water or electricity.
  {
    pattern:
      /\b(then\s+)?current(?!\s+(?:account|assets?|liabilit(?:y|ies)|ratio|fiscal|financial\s+year|year|quarter|month|week|period)\b)(?=\s+[a-z])/gi,
    read: (m) => ({ type: 'DATE', value: m[1] ? 'PAST_REF' : 'PRESENT_REF' }),
  },
  // "At the time, few people expected it": the time the story tells of, PAST_REF (`AT_THE_TIME`).
  {
    pattern: AT_THE_TIME,
    read: () => ({ type: 'DATE', value: 'PAST_REF' }),
  },
];

/**
 * Expressions TimeML marks that the news reading leaves alone, since they place no event on the
 * dataset's calendar (whose model has no centuries): a fiscal year as a span ("the year ended March
 * 31" `P1Y`), centuries ("the 20th century" `19`), millennia ("the next millennium" `2`), the
 * adjective "current" (`PRESENT_REF`) and "the time" of "at the time" (`PAST_REF`).
 */
export function findTimemlOnlyMentions(text: string, published: string): Mention[] {
  const year = Number(published.slice(0, 4));
  const found: Mention[] = [];
  for (const rule of RULES) {
    for (const m of text.matchAll(rule.pattern)) {
      // "21st Century Insurance Co.": a company's name, no century.
      if (isCenturyInName(text, m.index, m.index + m[0].length)) continue;
      const read = rule.read(m, year);
      found.push({
        text: m[0],
        start: m.index,
        end: m.index + m[0].length,
        type: read.type,
        value: read.value,
        ...(read.mod ? { mod: read.mod } : {}),
        granularity: 'span',
        anchor: { kind: 'published', date: published },
      });
    }
  }
  return found;
}
