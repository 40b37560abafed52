import { contentWords } from './contentWords.ts';

/** A word written as a name: a capital first ("Jobs", "MacBook") or inside ("iPhone", "iOS"). */
const NAME = /^(?:[A-Z][\p{L}\p{N}]*|[a-z]+[A-Z][\p{L}\p{N}]*)$/u;

function words(text: string): { word: string; initial: boolean }[] {
  const found: { word: string; initial: boolean }[] = [];
  let initial = true;
  for (const match of text.matchAll(/[\p{L}\p{N}'’]+|[.!?\n]/gu)) {
    const token = match[0];
    if (/^[.!?\n]$/.test(token)) {
      initial = true;
      continue;
    }
    found.push({ word: token.replace(/['’]s$/, ''), initial });
    initial = false;
  }
  return found;
}

/**
 * The names an article writes: words with a capital that stand somewhere other than at the
 * start of a sentence, where every word has one ("Jobs" in "CEO Steve Jobs said"), and are not
 * function or calendar words. The set tells a name at the start of a sentence ("Jobs said …")
 * from an ordinary word there ("During the keynote, …").
 *
 * @example articleNames('During the keynote, Apple CEO Steve Jobs spoke.') // Set { 'apple', 'ceo', 'steve', 'job' }
 */
export function articleNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const { word, initial } of words(text)) {
    if (initial || !NAME.test(word)) continue;
    for (const w of contentWords(word)) names.add(w);
  }
  return names;
}

/**
 * The names a passage gives, as `contentWords` writes them, among the names its article writes
 * (see articleNames).
 *
 * @example namesIn('Jobs said that the store opened.', articleNames('CEO Steve Jobs spoke.')) // ['job']
 */
export function namesIn(passage: string, names: ReadonlySet<string>): string[] {
  const found = new Set<string>();
  for (const { word } of words(passage)) {
    if (!NAME.test(word)) continue;
    for (const w of contentWords(word)) if (names.has(w)) found.add(w);
  }
  return [...found];
}
