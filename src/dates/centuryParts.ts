import type { TimexMod } from '../model/temporal.ts';
import { CENTURY_ORDINAL_SOURCE, centuryNumber } from './centuryOrdinals.ts';

const PART_MOD: Readonly<Record<string, TimexMod>> = {
  beginning: 'START',
  start: 'START',
  middle: 'MID',
  mid: 'MID',
  end: 'END',
  close: 'END',
};

/**
 * Not after the part of a century CENTURY_PART reads: "the last century" of "the end of the last
 * century" is no century or length of its own. A century with an owner's "'s", which CENTURY_PART
 * leaves ("the end of this century's third decade"), is still read alone.
 */
export const NOT_IN_CENTURY_PART = String.raw`(?:(?<!\b(?:beginning|start|middle|end|close)\s+of\s+(?:the\s+)?)|(?=(?:the\s+)?[\w-]+\s+century['’]s\b))`;

/** The words before "century" that name which one: "the", "this", "last", "next", "current". */
const WHICH_CENTURY = '(?:the|this|last|next|current|previous)';

// Not before a word it may modify ("in mid-century design", "from mid-century Denmark"): only a
// preposition, a conjunction or an article may follow "mid-century" with no comma between.
const NOT_BEFORE_A_HEAD = String.raw`(?!\s+(?!(?:and|or|but|if|as|at|in|on|to|for|from|with|under|when|unless|than|compared|the|a|an)\b)\w)`;

/**
 * "the end of the century", "the middle of this century", "the close of the last century", and
 * "mid-century" or "midcentury" after a preposition of time ("by mid-century", "around
 * midcentury"), where it cannot be an adjective ("mid-century modern furniture", "a mid-century
 * house"), nor before a word it may modify ("life in mid-century America", "a chair from
 * mid-century Denmark", "in mid-century design", NOT_BEFORE_A_HEAD). Not a compound ("the end of
 * the century-old ban") nor a century before the common era.
 */
export const CENTURY_PART = new RegExp(
  String.raw`(?:\bthe\s+(beginning|start|middle|end|close)\s+of\s+(?:the\s+)?(?:(${WHICH_CENTURY})|(${CENTURY_ORDINAL_SOURCE}))\s+century\b|(?<=\b(?:by|until|till|before|around|toward|towards|at|after|from|past|beyond|through|since|near|in)\s+)(?:the\s+)?(mid)-?century\b${NOT_BEFORE_A_HEAD})` +
    String.raw`(?![-'’]|\s+(?:BCE?|B\.C\.)(?!\w))`,
  'gi',
);

/**
 * The century a CENTURY_PART match names, as ISO 8601 writes it (its first two digits: "20" for
 * 2000 to 2099), with the part as TimeML's START, MID or END: "by mid-century", said in 2026, is
 * `20` MID; "the end of the last century" and "the end of the 20th century" `19` END.
 *
 * @example centuryPart(CENTURY_PART.exec('by the end of the century')!, 2026) // { value: '20', mod: 'END' }
 */
export function centuryPart(m: RegExpMatchArray, year: number): { value: string; mod: TimexMod } {
  const which = (m[2] ?? 'this').toLowerCase();
  const shift = which === 'last' || which === 'previous' ? -1 : which === 'next' ? 1 : 0;
  const century = m[3] ? centuryNumber(m[3])! - 1 : Math.floor(year / 100) + shift;
  return {
    value: String(century).padStart(2, '0'),
    mod: PART_MOD[(m[1] ?? m[4]!).toLowerCase()]!,
  };
}
