import nlp from 'compromise';
import { cleanName } from './namesInPassages.ts';

/** A title opening on a personal pronoun: who "he" or "her" is lies outside the passage. */
export const LEADING_PRONOUN = /^(he|she|his|her)\b\s*/i;

const people = (text: string) =>
  (nlp(text).people().not('#Honorific').out('array') as string[])
    .map(cleanName)
    .filter((name) => /^\p{Lu}/u.test(name));

const surname = (name: string) => name.split(/\s+/).at(-1)!.toLowerCase();

/**
 * The person a leading pronoun most likely stands for: one its own passage names and the title
 * does not ("Though he had not met Putin, Trump …", "Jobs said his company …"), else the person
 * the text before names most often (by surname; on a tie the later), in the fullest form given.
 */
function referent(title: string, quote: string, before: string): string | undefined {
  const inTitle = new Set(people(title).map(surname));
  const own = people(quote).filter((name) => !inTitle.has(surname(name)));
  if (own.length > 0) return own[0];
  const counts = new Map<string, { count: number; last: number; name: string }>();
  for (const [i, name] of people(before).entries()) {
    const key = surname(name);
    const seen = counts.get(key);
    const fuller = seen && seen.name.length >= name.length ? seen.name : name;
    counts.set(key, { count: (seen?.count ?? 0) + 1, last: i, name: fuller });
  }
  let best: { count: number; last: number; name: string } | undefined;
  for (const c of counts.values()) {
    if (!best || c.count > best.count || (c.count === best.count && c.last > best.last)) best = c;
  }
  return best?.name;
}

/**
 * A title whose first word is "he", "she", "his" or "her" with the pronoun replaced by the
 * person it stands for, found by compromise's tagger: one the passage itself names beside the
 * title, else the person the text before the passage names most. "He bought Pixar" in an article
 * about Steve Jobs is "Steve Jobs bought Pixar". Without a person, the title is kept as it is.
 * "It" and "they" are left alone: what they stand for is seldom a name.
 *
 * @example resolveLeadingPronoun('His company sold more Macs', 'His company sold more Macs.', 'Tim Cook spoke first.') // 'Tim Cook’s company sold more Macs'
 */
export function resolveLeadingPronoun(title: string, quote: string, before: string): string {
  const pronoun = LEADING_PRONOUN.exec(title);
  if (pronoun === null) return title;
  const person = referent(title, quote, before);
  if (!person) return title;
  const possessive = /^(?:his|her)$/i.test(pronoun[1]!);
  return `${person}${possessive ? '’s' : ''} ${title.slice(pronoun[0].length)}`;
}
