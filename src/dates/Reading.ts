import type { Locale } from '../model/temporal.ts';
import type { Mention, MentionAnchor } from '../model/mention.ts';

/** What a relative expression is read against: a TIMEX value and where it came from. */
export interface Anchor {
  value: string;
  source: MentionAnchor;
}

export interface ReadingContext {
  published: string;
  /** The publication date, or the caller's anchor in `resolveExpression`. */
  deictic: Anchor;
  /**
   * The mention before this one in `findMentions`, or the caller's anchor in `resolveExpression`.
   */
  anaphoric: Anchor;
  /**
   * The day the narrative is on in `findMentions` (see `followNarrativeDay`): what "that night",
   * "the next morning" and "later that day" count from, where `anaphoric` may be a coarser
   * mention named since ("the worst fire that year"). Absent in `resolveExpression`.
   */
  day?: Anchor;
  /**
   * The quarter last named and not only compared with ("the fiscal first quarter"), which "the
   * quarter" still means after a month or a day named in between.
   */
  quarter?: Anchor;
}

/**
 * One candidate expression found by a pass over the text, not yet given a value: its value may
 * depend on the mention before it, which is only known once overlaps are settled.
 */
export interface Reading {
  start: number;
  end: number;
  /** Higher wins an overlap; equal priorities prefer the longer reading. */
  priority: number;
  /** Whether the value is computed from the anaphoric anchor (earlier mention). */
  anaphoric?: boolean;
  /**
   * A comparison with the period just named ("a year earlier", "the year-ago quarter"): when it
   * resolves to a quarter it does not become what later expressions ("the quarter") refer to.
   */
  comparison?: boolean;
  /** A clock time with no day of its own ("at 10 p.m."), dated by the day the text ties it to. */
  clock?: boolean;
  /**
   * Read only for an expression dated on its own (`resolveExpression`), never among an article's
   * mentions: "the past 48 hours" is a length of time to the news reading, and the days it
   * reaches over when an event is dated by it.
   */
  datedOnly?: boolean;
  /**
   * Claims its words against every other reading and gives no mention: "a second quarter" counted
   * ("a loss for a second quarter") keeps "for a second" from being read as a moment.
   */
  claimOnly?: boolean;
  /**
   * Counts from an event it names ("45 days before the election"): read from publication to a day
   * ahead of it, with no day named before it nor the event's own date after it, it has no date of
   * its own in the news reading (TimeML mode reads the count as a length).
   */
  needsEventDay?: boolean;
  /** With `needsEventDay`: the count runs on after the event ("ten days after the attack"). */
  countsOn?: boolean;
  resolve(context: ReadingContext): Omit<Mention, 'text' | 'start' | 'end'>;
  /**
   * For words that count from an event ("two days after the vote", "weeks before the deadline"),
   * when the event's own date follows them in the clause ("the vote on March 3"): their value
   * read from that date, and the time they set the story at, that date moved as the words say
   * (see `countFromNamedDate`).
   */
  fromNamed?(named: Anchor): { words: Omit<Mention, 'text' | 'start' | 'end'>; story: string };
}

export interface PassOptions {
  published: string;
  locale: Locale;
  /**
   * TimeML mode: leave out what the news reading finds but the TimeML guidelines, as TempEval-3's
   * data applies them, do not mark ("the eve of the summit", a wire time "0735 GMT").
   */
  timeml?: boolean;
}

export type Pass = (text: string, options: PassOptions) => Reading[];
