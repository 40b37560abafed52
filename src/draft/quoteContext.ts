import type { Passage } from './findPassages.ts';

/**
 * Context that makes a passage's quote unique in its article, where the words occur more than
 * once: the 32 characters before it, or after it when nothing but white space stands before.
 */
export function quoteContext(text: string, p: Passage): { prefix?: string; suffix?: string } {
  if (text.indexOf(p.quote) === text.lastIndexOf(p.quote)) return {};
  const prefix = text.slice(Math.max(0, p.start - 32), p.start);
  if (prefix.trim() !== '') return { prefix };
  return { suffix: text.slice(p.end, p.end + 32) };
}
