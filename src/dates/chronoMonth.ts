import type { ChronoDayBefore } from './ChronoDayBefore.ts';
import type { ChronoPartRead } from './ChronoPartRead.ts';
import { expectedMonthOfYearNamed } from './expectedMonthOfYearNamed.ts';
import { fromListed } from './fromListed.ts';
import { isContractMonth } from './isContractMonth.ts';
import { isHabitualMonth } from './isHabitualMonth.ts';
import { isMonthAsFirstName } from './isMonthAsFirstName.ts';
import { isMonthAsSurname } from './isMonthAsSurname.ts';
import { isMonthInCompanyName } from './isMonthInCompanyName.ts';
import { MODIFIER_WORD } from './modifierWord.ts';
import { monthByTense } from './monthByTense.ts';
import { monthOfOpeningYear } from './monthOfOpeningYear.ts';
import { monthOfYearsAgo } from './monthOfYearsAgo.ts';
import { monthTense } from './monthTense.ts';
import { movesAheadTo } from './movesAheadTo.ts';
import { pad } from './parseChrono.ts';
import { planEndAfterFailure } from './planEndAfterFailure.ts';
import { isPersonMay } from './prepositionBeforeMay.ts';
import type { Modifier } from './weekdayByTense.ts';
import { writesMonthInLowerCase } from './writesMonthInLowerCase.ts';

const MONTH_MODIFIER = new RegExp(`\\b(?:this\\s+(?=past|coming))?(${MODIFIER_WORD})\\s+$`, 'i');

/**
 * A month chrono read with no day: its month (`value`) and whether it took its year from the
 * dated one `listed` before it; undefined where the month's name is a word or a name. "last
 * February", "this September": the word before belongs to the expression.
 */
export function chronoMonth(
  read: ChronoPartRead,
  listed: ChronoDayBefore | undefined,
): { value: string; takesListYear: boolean } | undefined {
  if (isMonthNoDate(read)) return undefined;
  const { text, has, span, published } = read;
  const month = read.part.components.get('month')!;
  const before = MONTH_MODIFIER.exec(text.slice(Math.max(0, span.start - 14), span.start));
  const modifier = before
    ? ({ past: 'last', coming: 'next' }[before[1]!.toLowerCase()] ?? before[1]!.toLowerCase())
    : undefined;
  if (before && !has('year')) span.start -= before[0].length;
  const near = fromListed(text, listed, span.start, month, undefined, published);
  const value = has('year')
    ? `${read.part.components.get('year')}-${pad(month)}`
    : near
      ? // "in December 2023 and January": the month nearest the one listed before it.
        near
      : monthOfNoYear(read, modifier as Modifier);
  // "Farmers usually prepare the ground in March": a habit's month is any year's.
  if (!has('year') && !near && !modifier && isHabitualMonth(text, span.start, span.end))
    return { value: `XXXX-${pad(month)}`, takesListYear: false };
  return { value, takesListYear: Boolean(near && !has('year')) };
}

/** The month named with no year and none listed before it, by the words around it. */
function monthOfNoYear(read: ChronoPartRead, modifier: Modifier): string {
  const { text, published, tense } = read;
  const { start, end } = read.span;
  const month = read.part.components.get('month')!;
  return (
    planEndAfterFailure(
      text.slice(Math.max(0, start - 300), start),
      text.slice(end, end + 140),
      month,
      published,
    ) ??
    // "In 2019, analysts had expected the merger to close in December": that year's.
    expectedMonthOfYearNamed(text.slice(Math.max(0, start - 300), start), month, published) ??
    // "In 1987, the December contract traded as high as $500": that year's month.
    monthOfOpeningYear(text, start, month, published) ??
    // "The plant, closed five years ago in March, …": that year's month.
    monthOfYearsAgo(text, start, month, published) ??
    monthByTense(
      month,
      published,
      isContractMonth(text.slice(Math.max(0, start - 20), start), text.slice(end, end + 40))
        ? 'future'
        : monthTense(text, start, end, month, published, tense()),
      modifier,
      movesAheadTo(text, start) && tense() !== 'past' ? 'ahead' : undefined,
    )
  );
}

/** Whether a month's name chrono read is a word or a name, no month. */
function isMonthNoDate(read: ChronoPartRead): boolean {
  const { text, masked, part, has } = read;
  const { start, end } = read.span;
  // "a protest march", "may": a month's name is written with a capital.
  if (/^[a-z]+$/.test(part.text.trim())) return true;
  // "Sales in 1991 may rise": the modal after a year, which names the year alone.
  if (writesMonthInLowerCase(part.text)) return true;
  // "a blow to May, who said": the person, whom chrono takes for the month before a comma
  // even with no "in" before it.
  if (
    !has('year') &&
    /^May\b/.test(text.slice(start, end)) &&
    !/\bin\s*$/i.test(masked.slice(Math.max(0, start - 12), start)) &&
    isPersonMay(text, start)
  )
    return true;
  // "Days after August Wilson's play opened", "June Carter said": a first name.
  if (!has('year') && isMonthAsFirstName(text, start)) return true;
  // "Frederick March Jr., a director, resigned": a surname, by a given name and a suffix.
  if (!has('year') && !has('day') && isMonthAsSurname(text, start, end)) return true;
  // "Shares of May Department Stores rose": a company, by its name.
  if (!has('year') && !has('day') && isMonthInCompanyName(text, start, end)) return true;
  // "the March of the Combatant Mothers", "the March for Life": a march, by its name.
  return (
    /^march\b/i.test(text.slice(start, end)) &&
    /^\s+(?:of|for|on|against)\s+(?:the\s+)?[A-Z](?![a-z]*day\b)/.test(
      text.slice(start + 5, start + 45),
    )
  );
}
