import { TENS_WORD } from './readNumber.ts';

// "thirty five-minute statements", "twenty three-hour shifts": spoken, a tens word and a units
// word apart, the units word joined to the unit, before a plural noun, are two numbers: the tens
// count the things, each as long as the units word says. "a thirty five-minute delay" (one thing)
// and "twenty-five-minute statements" (the two words joined) stay one number.
const TENS_APART = new RegExp(`^(${TENS_WORD})\\s+(?=[a-z]+$)`, 'i');
// The hyphen that joins the units word to its unit ("five-minute").
const JOINED_AFTER = /^-/;
// One thing ("a thirty five-minute delay"), or a thing a determiner names, where the noun may be
// followed by a verb in "-s" ("The thirty five-minute drive takes them", "Her forty five-minute
// speech opens the session"): one length.
const SINGLE_BEFORE =
  /\b(?:an?|another|one|each|every|the|this|that|his|her|its|their|our|your|my)\s+$/i;
// The noun after the length, plural, with at most one word before it ("practice sessions"); a
// verb in "-s" ("is", "was") is no noun.
const PLURAL_AFTER =
  /^\s+(?:[a-z]+\s+)?(?!(?:is|was|has|as|this|its|his|does|goes|thus|plus)\b)[a-z]+[^s\W]s\b/i;

/**
 * Where the length's own count starts within the count `words` matched at `start` (its unit
 * ending at `end`), when the tens word before it counts the things the length describes; else
 * undefined.
 */
export function tensCountingLength(
  text: string,
  start: number,
  words: string,
  end: number,
): number | undefined {
  const tens = TENS_APART.exec(words);
  if (!tens || !JOINED_AFTER.test(text.slice(start + words.length))) return undefined;
  if (SINGLE_BEFORE.test(text.slice(Math.max(0, start - 10), start))) return undefined;
  if (!PLURAL_AFTER.test(text.slice(end, end + 40))) return undefined;
  return start + tens[0].length;
}
