import { WEEKDAY_PATTERN, WEEKDAY_WORD } from './weekdayNames.ts';

// The verb that makes the day what it names, right before it: "declared Wednesday …".
const DECLARING_BEFORE =
  /\b(?:declared|declares|declare|proclaimed|proclaims|designated|designates|decreed)\s+$/i;
// A past perfect tells the day declared long since, and so gone by: "Ecevit had declared
// Wednesday a day of national mourning, and flags flew at half-staff", said on the Thursday.
const PAST_PERFECT_BEFORE = /\bhad\s+(?:\w+ly\s+)?\w+\s+$/i;
// The declaring's own day in the clause before it: "Demirel on Saturday declared Monday a day of
// mourning", said on the Tuesday after, tells a Monday after that Saturday, not one after
// publication; left to the sentence's tense.
const DECLARING_DAY_BEFORE = new RegExp(String.raw`\b${WEEKDAY_PATTERN}\b[^.!?;]*$`, 'i');
// What the day is declared: "a day of mourning", "a national day of prayer", "as a public
// holiday", "a day off". Not "a day after" or "a day earlier", which tell when the declaring was.
const DAY_OBSERVED_AFTER =
  /^\s+(?:as\s+)?an?\s+(?:(?:national|public|official|special|state|bank|school|religious)\s+){0,2}(?:day\s+(?:of\s+(?!the\b)|off\b)|holiday\b)/i;

// How the day was kept, told in the past after the declaring: "declared Monday a national holiday,
// and offices were closed", said on the Tuesday, is the Monday gone by (post-merge).
const KEPT_IN_PAST_AFTER =
  /^[^.!?;]*\band\s+(?:(?!(?:will|would|shall|may|might|could|be|to)\b)[\w-]+\s+){1,3}?(?:(?:were|was|stayed|remained)\s+(?:\w+ly\s+)?(?:closed|shut|shuttered|empty|deserted|quiet|cancell?ed|lowered|suspended)|flew|closed|shut)\b/i;

/**
 * Whether the weekday at `start`..`end` is the object of a declaring that makes it a day observed:
 * "Prime Minister Bulent Ecevit declared Wednesday a day of national mourning", said on Saturday 21
 * August 1999, names the coming Wednesday (1999-08-25), a day set ahead, not the Wednesday gone by
 * that the past "declared" would otherwise give; said on a Wednesday it is that day ("Gov. Bill
 * Owens declared Wednesday a day of mourning", said on Wednesday 21 April 1999). "declared
 * Friday a national holiday", "proclaimed Sunday as a day of prayer" alike.
 *
 * Not a day declared in a past perfect ("had declared Wednesday a day of mourning"), long since,
 * nor one after a declaring told with its own day ("on Saturday declared Monday a day of
 * mourning"), which may be gone by at publication, nor one whose keeping is told in the past after
 * it ("declared Monday a national holiday, and offices were closed").
 * Not a day after "on" ("declared on Wednesday a state of emergency": the day of the declaring),
 * nor one followed by "a day after" ("declared Wednesday a day after the quake that …"), nor "a
 * day of the week" ("of the").
 *
 * @example isDayDeclaredAhead('Ecevit declared Wednesday a day of mourning.', 15, 24) // true
 */
export function isDayDeclaredAhead(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  // The weekday alone, as the mention holds it ("Wednesday"), not "on Wednesday", which tells when
  // the declaring was done ("declared on Wednesday a state of emergency").
  return (
    WEEKDAY_WORD.test(text.slice(start, end)) &&
    DECLARING_BEFORE.test(before) &&
    !PAST_PERFECT_BEFORE.test(before) &&
    !DECLARING_DAY_BEFORE.test(text.slice(Math.max(0, start - 80), start)) &&
    DAY_OBSERVED_AFTER.test(text.slice(end, end + 80)) &&
    !KEPT_IN_PAST_AFTER.test(text.slice(end, end + 160))
  );
}
