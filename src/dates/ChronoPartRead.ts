import type * as chrono from 'chrono-node';
import type { ChronoPart } from './ChronoPart.ts';
import type { Tense } from './tenseAround.ts';

/**
 * One part chrono read, as readChrono's readers of days, weekdays, months and clock times see it.
 * `span` is where its words lie; a reader that takes in a word before or after it ("this coming
 * Sunday", "Tuesday week") moves it, and `tense` reads the words around it as it then lies.
 */
export interface ChronoPartRead {
  text: string;
  masked: string;
  part: ChronoPart;
  published: string;
  timeml: boolean | undefined;
  span: { start: number; end: number };
  has: (k: chrono.Component) => boolean;
  tense: () => Tense;
  /** The day each range's first end was read as, for the second to go on from. */
  dayOf: Map<ChronoPart, string>;
}
