import type * as chrono from 'chrono-node';

/**
 * What chrono read at a place in the text: a whole reading, or one end of a range ("from 9/3 to
 * 16/3" names two dates), each with its own offsets so it can be checked against its words.
 */
export interface ChronoPart {
  start: number;
  text: string;
  components: chrono.ParsedComponents;
  /** The range's first end, for its second. */
  from?: ChronoPart;
  /** The range's second end, for its first. */
  to?: ChronoPart;
}
