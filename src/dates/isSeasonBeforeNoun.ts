import { sentenceAt, sentenceStartAt } from './sentenceEnds.ts';
import { wordTags } from './wordTags.ts';

// The heads after a season that still name a stretch of it ("the summer holidays", "the summer
// heatwave", "the winter solstice", "the summer break", "the summer transfer window"); the tagger
// already calls "months", "quarter", "season" dates.
const SPAN_OF_SEASON =
  /^\s+(?:holidays?|hols|heatwave|drought|solstice|equinox|months|weeks|weekends|days|nights|term|semester|session|recess|break|vacation|period|spell|(?:transfer\s+)?window)\b/i;

/**
 * Whether the season word ending at `end` ("The summer", "the winter") modifies the noun after it,
 * a kind of thing and no time: "The summer terminal reopened", "The winter storm dumped a foot of
 * snow", "The summer house was sold", "The winter wheat crop was planted late". The word after must
 * be a noun by compromise's tags, and no date, pronoun or verb ("The summer brought record heat",
 * "The summer months were dry", "The summer she left" keep the season), nor a head that names a
 * stretch of the season (SPAN_OF_SEASON), nor a preposition the tagger may call a noun ("in the
 * fall in Britain").
 *
 * @example isSeasonBeforeNoun('The summer terminal reopened.', 10) // true
 */
export function isSeasonBeforeNoun(text: string, end: number): boolean {
  const next = /^\s+(?!(?:in|on|at|of|for|to|by|and|or|as|with|from|into)\b)([a-z][\w'’-]*)/.exec(
    text.slice(end),
  );
  if (!next || SPAN_OF_SEASON.test(text.slice(end))) return false;
  const from = sentenceStartAt(text, end);
  const tags = wordTags(text, from, from + sentenceAt(text, end, end).length).get(
    end + next[0].length - next[1]!.length,
  );
  if (!tags?.has('Noun')) return false;
  return !['Date', 'Duration', 'Pronoun', 'Verb'].some((tag) => tags.has(tag));
}
