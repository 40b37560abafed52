import nlp from 'compromise';

/** Words a title should not end on. */
const DANGLING =
  /\s+(?:a|an|the|of|in|on|at|to|for|from|by|with|over|since|until|during|after|before|and|or|but|as|that|which|who|its|his|her|their|is|was|were|are|has|had|have)$/i;
/** A preposition the date words leave behind: "In [April], Gizmodo obtained …". */
const ORPHAN = /\b(?:in|on|at|by|since|until|from|during|of)\s*(?=[,.;:]|$)/gi;

const CONNECTIVE =
  /^(?:and|but|however|meanwhile|separately|though|although|yet|still|also|then|so|now|in addition|moreover)\b,?\s*/i;
/** Verbs that report what was said; "announced" and "confirmed" report only with "that". */
const SAYING = 'said|says|stated|told reporters|reported';
const TELLING = 'announced|confirmed|added|disclosed';
/** "A senior US official said (that)", "Jobs announced that": up to six words, a reporting verb. */
const LEADING_ATTRIBUTION = new RegExp(
  `^((?:[\\w.’'-]+\\s+){1,6}?(?:${SAYING}|(?:${TELLING})(?=\\s+that\\b)))(?:\\s+that)?,?\\s+(?=\\S+\\s+\\S+\\s+\\S+)`,
  'u',
);
/** What is left when a passage only says who told: "a senior White House official confirmed". */
const ONLY_ATTRIBUTION = new RegExp(
  `^(?:[\\w.’'-]+\\s+){0,6}(?:${SAYING}|${TELLING}|showed)$`,
  'iu',
);
/** Words that open a clause that depends on another: "since Biden met Putin …". */
const SUBORDINATOR = /\b(?:since|after|when|until|before|while|once|because)\s+/gi;
/** An opening clause that sets the scene: "Following the purchase of NeXT, …". */
const SCENE = /^(?:following|after|when|while|as|since|to|despite)\b[^,]*,\s*(?=(?:\S+\s+){3}\S)/i;
/** A date that is the subject of its sentence keeps its place: "2007 was the year of the iPhone". */
const DATE_AS_SUBJECT = /^\s+(?:was|is|were|are|will|would|has|had|saw|marks|marked)\b/i;
/** One-word dates that can leave any place in a sentence: "Apple today unveiled …". */
const ADVERB_DATE = /^(?:today|yesterday|tomorrow|tonight)$/i;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const hasVerb = (text: string) => nlp(text).has('#Verb');

/**
 * The clause the date stands in when a subordinator opens it ("… the first since Biden met Putin
 * in Geneva in June 2021"): that clause reports the dated happening, not the sentence around it.
 */
function datedClause(text: string, at: number, end: number): { text: string; at: number } {
  const before = text.slice(0, at);
  let opens = -1;
  let byPunctuation = -1;
  for (const m of before.matchAll(/[,;:–—(]/g)) byPunctuation = m.index + 1;
  for (const m of before.matchAll(SUBORDINATOR)) opens = m.index + m[0].length;
  if (opens <= byPunctuation) return { text, at };
  const span = before.slice(opens);
  // "since Biden met Putin" has a subject and its verb; "since taking office" is not a clause.
  if (span.trim().split(/\s+/).length < 2 || /^\w+ing\b/i.test(span) || !hasVerb(span)) {
    return { text, at };
  }
  const stop = /[,;:–—)]|\s(?:and|but)\s/.exec(text.slice(end));
  return { text: text.slice(opens, stop ? end + stop.index : undefined), at: at - opens };
}

/**
 * A short plain title from the passage that dates a happening: the clause the date stands in,
 * the date words taken out where they open or close it (or follow a verb of saying), connectives
 * and any attribution ("…, officials said") taken out, a leading clause that only sets the scene
 * skipped, cut at the first clause break once it has four words, and at twelve words at most.
 *
 * @example titleFromPassage('On Wednesday, Witkoff met Putin in Moscow, the Kremlin said.', 'On Wednesday')
 * // 'Witkoff met Putin in Moscow'
 */
export function titleFromPassage(quote: string, expression: string): string {
  let text = quote;
  let at = expression === '' ? -1 : text.indexOf(expression);
  // An opening clause that holds the date is the happening, not the scene: "Since taking office
  // in January, Trump has …".
  const opening = SCENE.exec(text);
  const dateInOpening = opening !== null && at >= 0 && at < opening[0].length;
  if (at >= 0) {
    // "Trump said earlier on Wednesday that …": the date dates the saying, not what was said.
    const saying = new RegExp(
      `\\b((?:${SAYING}|${TELLING}))\\s+(?:(?:earlier|later)\\s+)?${escape(expression)}(?![\\w'’])`,
      'i',
    );
    if (saying.test(text)) {
      text = text.replace(saying, '$1');
      at = -1;
    } else if (
      ADVERB_DATE.test(expression) &&
      !/^['’]s\b/.test(text.slice(at + expression.length))
    ) {
      text = `${text.slice(0, at)}${text.slice(at + expression.length)}`;
      at = -1;
    } else {
      ({ text, at } = datedClause(text, at, at + expression.length));
    }
  }
  if (at >= 0) {
    // The date words go when they open or close a clause ("On Wednesday, …", "In 1984 the …",
    // "… this week."); in the middle ("met him days before the deadline") the sentence needs them.
    const before = text.slice(0, at);
    const after = text.slice(at + expression.length);
    const opensSentence = /^\s*(?:(?:and|but|then)\s+)?(?:in|on|at|during|by)?\s*$/i.test(before);
    const edge =
      !/^['’]s\b/.test(after) &&
      // "During the first quarter of the year, …" keeps its date: the words after depend on it.
      ((opensSentence && !DATE_AS_SUBJECT.test(after) && !/^\s+of\b/i.test(after)) ||
        /[,;:–—(]\s*$/.test(before) ||
        /^\s*(?:[,.;:!?–—)]|$)/.test(after));
    if (edge) {
      const kept = opensSentence ? before.replace(/\b(?:in|on|at|during|by)\s*$/i, '') : before;
      text = `${kept.replace(ORPHAN, '')} ${after}`;
    }
  }
  text = text
    .replace(/[“”"‘’']/g, (q) => (q === '’' || q === "'" ? q : ''))
    .replace(/^[\s,;:–—-]+/, '')
    .replace(/\s+([,.;:!?])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  // Connectives and attributions say how the story goes on or who told it, not what happened.
  for (let before = ''; before !== text;) {
    before = text;
    text = text
      .replace(/^[\s,;:–—-]+/, '')
      .replace(CONNECTIVE, '')
      .replace(/^according to [^,]+,\s*/i, '');
    const attribution = LEADING_ATTRIBUTION.exec(text);
    if (attribution) {
      const rest = text.slice(attribution[0].length);
      // "Trump said he …" keeps who said it, or the title would not say who "he" is.
      text = /^(?:he|she|they|it|we|i)\b/i.test(rest) ? `${attribution[1]} ${rest}` : rest;
    }
  }
  text = text
    .replace(/^according to\s+/i, '')
    // "In 1996, following the purchase of NeXT, Jobs returned": the opening clause sets the scene.
    .replace(dateInOpening ? /^$/ : SCENE, '')
    .replace(
      dateInOpening ? /^$/ : /^(?:when|after|since|while|once|because)\s+(?=(?:\S+\s+){2}\S)/i,
      '',
    )
    // An appositive after the subject: "Steve Jobs, the Apple Chief Executive Officer, announced".
    .replace(/^([A-Z][^,]{0,40}), (?:the|a|an) [^,]{2,60}, (?=[a-z])/u, '$1 ')
    .replace(/,?\s+and that\s.*$/i, '')
    .replace(
      /,?\s+(?:(?:he|she|they|it|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}|(?:the\s+)?[a-z]+s?)\s+(?:said|says|reported|announced|added|told\s[^,.]+))\.?$/u,
      '',
    );
  const words = text.replace(/[.!?]+$/, '').split(' ');
  let cut = Math.min(words.length, 12);
  for (let i = 3; i < cut; i++) {
    if (/[,;:–—(]$/.test(words[i]!) || /^[–—(]/.test(words[i + 1] ?? '')) {
      cut = i + 1;
      break;
    }
  }
  let title = words
    .slice(0, cut)
    .join(' ')
    .replace(/[,;:–—(]+$/, '');
  while (DANGLING.test(title)) title = title.replace(DANGLING, '');
  title = title.trim();
  if (title === '') title = quote.split(/\s+/).slice(0, 8).join(' ');
  // "iPhone 4 will …" keeps its brand's spelling; only a plain lower-case word is capitalised.
  return /^[a-z]+\b(?![\w-]*[A-Z])/.test(title)
    ? title.charAt(0).toUpperCase() + title.slice(1)
    : title;
}

/**
 * The title of a happening from its passages, the one that dates it first: the first that says
 * what happened, not only who told it ("a senior White House official confirmed on Wednesday").
 */
export function titleForHappening(
  passages: readonly { quote: string; expression?: string }[],
): string {
  let first: string | undefined;
  for (const p of passages) {
    const title = titleFromPassage(p.quote, p.expression ?? '');
    if (!ONLY_ATTRIBUTION.test(title) && title.split(' ').length >= 3) return title;
    first ??= title;
  }
  return first ?? '';
}
