import nlp from 'compromise';

/**
 * compromise's part-of-speech tags of each word, by the offset in the text where the word starts.
 */
export type WordTags = ReadonlyMap<number, ReadonlySet<string>>;

interface TaggedTerm {
  text: string;
  tags: string[];
  offset: { start: number };
}

// One text is read at a time, date after date, and the dates of one sentence ask for the same
// stretch: its tags are kept until another text comes. Tagging is the costly part (a few
// milliseconds a sentence), too slow to spend on every sentence of a long text or on every date.
let taggedText: string | undefined;
const tagged = new Map<string, WordTags>();

/**
 * The tags compromise's tagger gives the words of text[from, to) (a sentence), read in that
 * stretch alone, by each word's offset in the whole text.
 *
 * @example wordTags('He left. The proposed plan failed.', 9, 34).get(13)
 * // Set { 'Adjective' }
 */
export function wordTags(text: string, from: number, to: number): WordTags {
  if (text !== taggedText) {
    taggedText = text;
    tagged.clear();
  }
  const key = `${from}:${to}`;
  const known = tagged.get(key);
  if (known) return known;
  const sentences = nlp(text.slice(from, to)).json({ offset: true }) as { terms: TaggedTerm[] }[];
  const tags = new Map<number, ReadonlySet<string>>(
    sentences
      .flatMap((sentence) => sentence.terms)
      .filter((term) => term.text !== '')
      .map((term) => [from + term.offset.start, new Set(term.tags)]),
  );
  tagged.set(key, tags);
  return tags;
}
