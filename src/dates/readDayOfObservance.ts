import type { Pass } from './Reading.ts';
import { claimedWords } from './claimedWords.ts';

// What a day is kept for: "a day of mourning", "a day of national mourning", "a day of prayer
// and fasting", "a national day of remembrance" (whose "day" alone no reader takes). Not "a day
// of talks", "a day of trading" or "a day of heavy fighting", which may last a day; nor a day
// passed or spent ("After a day of rest, the talks resumed", "They spent a day of prayer"), which is
// a day long whatever it was kept for.
const OBSERVANCE =
  'mourning|prayer|remembrance|reflection|rest|fasting|thanksgiving|solidarity|protest|action|celebration|rejoicing|commemoration';
const DAY_OF_OBSERVANCE = new RegExp(
  String.raw`(?<!\b(?:after|following|spen(?:t|ds?|ding))\s+)\ban?\s+day(?=\s+of\s+(?:(?:national|public|official|international|world)\s+)?(?:${OBSERVANCE})\b)`,
  'gi',
);

/**
 * "Flags flew at half-staff across Russia on Wednesday, a day of national mourning", "Putin
 * declared Wednesday a day of mourning for the 118 sailors": a day set apart for an observance,
 * no length of time, where "a day" was read as P1D in both readings. The words "a day" are claimed
 * (`claimedWords`) so that no reader dates them; the weekday the day is, if one is written, is
 * read as before.
 *
 * @example readDayOfObservance('The president declared a day of mourning.', { published: '2000-08-22', locale: 'en-US' })
 * // a claim on "a day", no mention
 */
export const readDayOfObservance: Pass = (text) =>
  [...text.matchAll(DAY_OF_OBSERVANCE)].map((m) => claimedWords(m.index, m.index + m[0].length));
