import type { DatedPassage } from './findPassages.ts';
import type { Happening } from './Happening.ts';

/** Whether a passage is dated by words that point back to the dateline's very day. */
const onDatelineDay = (passage: DatedPassage, dateline: DatedPassage) =>
  passage.article === dateline.article &&
  passage.mention.anchor.kind === 'mention' &&
  passage.mention.anchor.start === dateline.mention.start &&
  passage.mention.value === dateline.mention.value;

/**
 * A passage dated only by words that point back to its article's dateline ("Unfortunately, that
 * day has come", "the same day", "then") tells the news of the dateline's day, and has no date
 * of its own to be drafted on: the dateline, which no draft quotes otherwise, becomes the first
 * dated passage of its happening, so that happening is drafted on the day the words refer to.
 * (A passage dated some time before or after the dateline, "five years after", is not the day's
 * news and is left as it is.) Changes `happenings` in place.
 */
export function joinDatelineDay(
  happenings: readonly Happening[],
  datelines: readonly DatedPassage[],
): void {
  for (const dateline of datelines) {
    const happening = happenings.find((h) => h.dated.some((p) => onDatelineDay(p, dateline)));
    if (happening && !happening.dated.includes(dateline)) happening.dated.unshift(dateline);
  }
}
