import nlp from 'compromise';
import { LEADING_PRONOUN, resolveLeadingPronoun } from './resolveLeadingPronoun.ts';

/** Words a title should not end on. */
const DANGLING =
  /\s+(?:a|an|the|of|in|on|at|to|for|from|by|with|over|since|until|during|after|before|and|or|but|as|that|which|who|its|his|her|their|is|was|were|are|has|had|have)$/i;
/** A preposition the date words leave behind: "In [April], Gizmodo obtained …". */
const ORPHAN =
  /\b(?:as of|beginning|starting|in|on|at|by|since|until|from|during|of)\s*(?=[,.;:]|$)/gi;

const CONNECTIVE =
  /^(?:and|but|however|meanwhile|separately|though|although|yet|still|also|then|so|now|in addition|moreover|that(?=\s*,)|(?:earlier|later)(?=\s*,))\b,?\s*/i;
/** Words that only announce what follows: "It should be mentioned that …", "It is worth noting that …". */
const PREFACE =
  /^it (?:should|must|can|may) be (?:mentioned|noted|said|added|stressed) that\s+|^it is worth (?:mentioning|noting) that\s+/i;
/**
 * An opening phrase with no verb that only says where or at what: "In a Wednesday media event,
 * Apple released …", "At this year's conference, Jobs unveiled …". The happening is after it.
 */
const PLACE_SCENE =
  /^(?:in|at|during|on|for|with|under|amid|from|by|inside|outside)\s+([^,]{2,60}),\s*(?=(?:\S+\s+){2}\S)/i;
/** An attribution set in the middle of what was said: "This switch, he said, would happen". */
const INSET_ATTRIBUTION =
  /,\s*(?:he|she|they|it|we|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}|the\s+[a-z]+)\s+(?:said|says|added|noted|argued|explained|insisted),\s*/gu;
/** Verbs that report what was said; "announced" and "confirmed" report only with "that". */
const SAYING = 'said|says|stated|told reporters|reported';
const TELLING = 'announced|confirmed|added|disclosed|showed|shows|found|estimated';
/** "A senior US official said (that)", "Jobs announced that": up to ten words, a reporting verb. */
const LEADING_ATTRIBUTION = new RegExp(
  `^((?:[\\w.’'-]+\\s+){1,10}?(?:${SAYING}|(?:${TELLING})(?=\\s+that\\b)))(?:\\s+that)?,?\\s+(?=\\S+\\s+\\S+\\s+\\S+)`,
  'u',
);
/** What is left when a passage only says who told: "a senior White House official confirmed". */
const ONLY_ATTRIBUTION = new RegExp(
  `^(?:[\\w.’'-]+\\s+){0,6}(?:${SAYING}|${TELLING}|showed)$`,
  'iu',
);
/**
 * A phrase set off by a comma that only leads to its date, a participle and its preposition:
 * "…, founded on [May 1, 1990], …", "…, signed in [2019], …".
 */
const DATED_INSET = /,\s*(?:[a-z]+(?:ed|en|wn|ng)\s+)(?:in|on|at|since|from|during|by)\s+$/;
/**
 * A length of time, which a title keeps whole: "half an hour", "two days", "a few weeks".
 */
const DURATION =
  /\b(?:(?:half|quarter)\s+an?|an?(?:\s+few)?|several|some|\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)(?:\s+and\s+a\s+half)?\s+(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|years?|decades?)\b/gi;

/** Words that open a clause that depends on another: "since Biden met Putin …". */
const SUBORDINATOR = /\b(?:since|after|when|until|before|while|once|because)\s+/gi;
/** An opening clause that sets the scene: "Following the purchase of NeXT, …". */
const SCENE = /^(?:following|after|when|while|as|since|to|despite)\b[^,]*,\s*(?=(?:\S+\s+){3}\S)/i;
/** A date that is the subject of its sentence keeps its place: "2007 was the year of the iPhone". */
const DATE_AS_SUBJECT = /^\s+(?:was|is|were|are|will|would|has|had|saw|marks|marked)\b/i;
/** One-word dates that can leave any place in a sentence: "Apple today unveiled …". */
const ADVERB_DATE = /^(?:today|yesterday|tomorrow|tonight)$/i;

const capitalised = (word: string | undefined) => word !== undefined && /^[A-Z]/.test(word);

/**
 * Where to cut a title of `words` at `cut` without splitting a name ("… with Russian President
 * Vladimir | Putin"): on through up to three more capitalised words to finish it, else back to
 * before the name.
 */
function nameSafeCut(words: readonly string[], cut: number): number {
  if (cut >= words.length || !capitalised(words[cut - 1]) || !capitalised(words[cut])) return cut;
  let end = cut;
  while (
    end < words.length &&
    end < cut + 3 &&
    capitalised(words[end]) &&
    !/[,;:]$/.test(words[end - 1]!)
  )
    end++;
  if (!capitalised(words[end]) || /[,;:]$/.test(words[end - 1]!)) return end;
  let start = cut;
  while (start > 1 && capitalised(words[start - 1])) start--;
  return start > 1 ? start : cut;
}

/** Where to cut `words` at `cut` without splitting a length of time: on to its last word. */
function durationSafeCut(words: readonly string[], cut: number): number {
  if (cut >= words.length) return cut;
  const text = words.join(' ');
  const cutAt = words.slice(0, cut).join(' ').length;
  for (const m of text.matchAll(DURATION)) {
    const end = m.index + m[0].length;
    if (m.index < cutAt && end > cutAt) return text.slice(0, end).split(' ').length;
  }
  return cut;
}

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
    const inset = DATED_INSET.exec(before);
    if (inset && /^\s*,/.test(after)) {
      // "The operator, founded on May 1, 1990, runs …": the whole phrase the date heads goes.
      text = `${before.slice(0, inset.index)}${after.replace(/^\s*,/, '')}`;
    } else if (edge) {
      const kept = opensSentence ? before.replace(/\b(?:in|on|at|during|by)\s*$/i, '') : before;
      text = `${kept.replace(ORPHAN, '')} ${after}`;
    }
  }
  text = text
    .replace(/[“”"‘’']/g, (q) => (q === '’' || q === "'" ? q : ''))
    // An opening straight quote ("'Talks will …"), not an elided year ("'90s").
    .replace(/^\s*'(?=[A-Z])/, '')
    .replace(/^[\s,;:–—-]+/, '')
    .replace(/\s+([,.;:!?])/g, '$1')
    .replace(/([,;:])(?:\s*[,;:])+/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  // Connectives and attributions say how the story goes on or who told it, not what happened.
  for (let before = ''; before !== text;) {
    before = text;
    text = text
      .replace(/^[\s,;:–—-]+/, '')
      .replace(CONNECTIVE, '')
      .replace(PREFACE, '')
      // "…, he said, would happen" reads on; "…, he said, referring to …" ends what was said.
      .replace(INSET_ATTRIBUTION, (inset: string, offset: number, all: string) =>
        /^\w+ing\b/.test(all.slice(offset + inset.length)) ? ', ' : ' ',
      )
      .replace(/^according to [^,]+,\s*/i, '');
    const scene = PLACE_SCENE.exec(text);
    if (scene && !hasVerb(scene[1]!.replace(/['’]s\b/g, ''))) text = text.slice(scene[0].length);
    const attribution = LEADING_ATTRIBUTION.exec(text);
    if (attribution) {
      const rest = text.slice(attribution[0].length);
      // "Trump said he …" keeps who said it, or the title would not say who "he" is.
      text = /^(?:he|she|they|it|we|i|his|her|their|its)\b/i.test(rest)
        ? `${attribution[1]} ${rest}`
        : rest;
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
    // An appositive after the subject: "Steve Jobs, the Apple Chief Executive Officer, announced",
    // "Ben Reitzes, with Barclays Capital, estimated"; "Jobs, born in …, has built" keeps its verb.
    .replace(
      /^([A-Z][^,]{0,40}), ([^,]{2,60}), (?=[a-z])/u,
      (all, subject: string, inset: string) =>
        /^(?:the|a|an)\s/i.test(inset) || !hasVerb(inset) ? `${subject} ` : all,
    )
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
  cut = nameSafeCut(words, cut);
  cut = durationSafeCut(words, cut);
  let title = words
    .slice(0, cut)
    .join(' ')
    .replace(/[,;:–—(]+['’]?$/, '');
  while (DANGLING.test(title)) title = title.replace(DANGLING, '');
  title = title.trim();
  if (title === '') title = quote.split(/\s+/).slice(0, 8).join(' ');
  // "iPhone 4 will …" keeps its brand's spelling; only a plain lower-case word is capitalised.
  return /^[a-z]+\b(?![\w-]*[A-Z])/.test(title)
    ? title.charAt(0).toUpperCase() + title.slice(1)
    : title;
}

/** Titles that cannot stand alone: a pronoun or relative with nothing to refer to, or "to …". */
const FRAGMENT = /^(?:it|its|they|their|them|which|who|whom|whose|to)\b/i;

/**
 * Whether a title is a fragment: it opens on a word that refers outside it, or on a verb with
 * no subject ("Took six months off", "Prompting Apple Corps to file suit").
 */
export function isFragment(title: string): boolean {
  return FRAGMENT.test(title) || nlp(title).terms().first().has('#Verb');
}

/**
 * The title of a happening from its passages, the one that dates it first: the first that says
 * what happened, not only who told it ("a senior White House official confirmed on Wednesday"),
 * and stands alone rather than as a fragment; a leading "he" or "she" is named from the text
 * before its passage (`before`). With no such passage, the first that says what happened.
 */
export function titleForHappening(
  passages: readonly { quote: string; expression?: string; before?: string }[],
): string {
  let first: string | undefined;
  let fragment: string | undefined;
  for (const p of passages) {
    const title = resolveLeadingPronoun(
      titleFromPassage(p.quote, p.expression ?? ''),
      p.quote,
      p.before ?? '',
    );
    first ??= title;
    if (ONLY_ATTRIBUTION.test(title) || title.split(' ').length < 3) continue;
    if (!isFragment(title) && !LEADING_PRONOUN.test(title)) return title;
    fragment ??= title;
  }
  return fragment ?? first ?? '';
}
