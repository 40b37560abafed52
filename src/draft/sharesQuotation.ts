import { contentWords } from './contentWords.ts';

/** Words in quotation marks, straight or curly. */
const QUOTATION = /[“"]([^“”"]+)[”"]/g;

function quotations(text: string): string[] {
  return [...text.matchAll(QUOTATION)]
    .map((m) => contentWords(m[1]!))
    .filter((words) => words.length >= 2)
    .map((words) => ` ${words.join(' ')} `);
}

/**
 * Whether two passages quote the same words: a quotation of two or more content words in one
 * stands whole inside a quotation of the other. Articles quote a statement in the same words
 * however else they tell it ("a senior aide calling the talks “useful and constructive”" and
 * "Ushakov said they had a “useful and constructive conversation”"), so a shared quotation says
 * they retell one saying more surely than likeness of their other words.
 *
 * @example sharesQuotation('He called it “great progress”.', '“Great progress was made!” he wrote.') // true
 */
export function sharesQuotation(a: string, b: string): boolean {
  const inB = quotations(b);
  return quotations(a).some((q) => inB.some((r) => r.includes(q) || q.includes(r)));
}
