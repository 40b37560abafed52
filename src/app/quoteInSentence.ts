export interface QuoteInSentence {
  before: string;
  quote: string;
  after: string;
}

// Words whose full stop does not end a sentence in these reports ("U.S. President", "Mr. Putin").
const abbreviation = /(?:\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Gov|No)|\b[A-Z](?:\.[A-Z])*)\.$/;

function isBoundary(text: string, at: number): boolean {
  // `at` is the index just after a run of sentence punctuation and closing quotes.
  const head = text.slice(0, at).replace(/["”’)\]]+$/, '');
  if (!/[.!?]$/.test(head)) return false;
  if (abbreviation.test(head)) return false;
  return /^\s+["“‘(]?[A-Z0-9]/.test(text.slice(at));
}

function sentenceStart(text: string, from: number): number {
  for (let i = from; i > 0; i--) {
    if (text[i - 1] === '\n') return i;
    if (/\s/.test(text[i - 1] ?? '') && isBoundary(text, i - 1)) return i;
  }
  return 0;
}

function sentenceEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\n') return i;
    if (/\s/.test(text[i] ?? '') && isBoundary(text, i)) return i;
  }
  return text.length;
}

/**
 * The sentence (or sentences) around a quote, split so the quote can be highlighted in place.
 * Offsets are UTF-16, end exclusive, as in the dataset's evidence.
 *
 * @example quoteInSentence('One. Two three. Four.', 9, 14) // { before: 'Two ', quote: 'three', after: '.' }
 */
export function quoteInSentence(text: string, start: number, end: number): QuoteInSentence {
  const from = sentenceStart(text, start);
  const to = Math.max(end, sentenceEnd(text, Math.max(start, end - 1)));
  return {
    before: text.slice(from, start),
    quote: text.slice(start, end),
    after: text.slice(end, to).trimEnd(),
  };
}
