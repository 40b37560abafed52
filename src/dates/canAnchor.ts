import type { Mention } from '../model/mention.ts';

/**
 * Whether a mention places something on the calendar that later words may count from: a DATE or
 * TIME with a calendar value. References and durations do not, nor does a span up to publication
 * ("less than two weeks ago"), which has no one date to count from.
 *
 * @example canAnchor({ type: 'DATE', value: '2025-03-03', … }) // true
 */
export function canAnchor(mention: Pick<Mention, 'type' | 'value'>): boolean {
  return (
    (mention.type === 'DATE' || mention.type === 'TIME') &&
    /^\d{3}[\dX]/.test(mention.value) &&
    !mention.value.includes('/')
  );
}
