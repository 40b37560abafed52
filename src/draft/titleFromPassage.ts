/** Words a title should not end on. */
const DANGLING =
  /\s+(?:a|an|the|of|in|on|at|to|for|from|by|with|since|until|during|after|before|and|or|but|as|that|which|who|its|his|her|their|is|was|were|are|has|had|have)$/i;
/** A preposition the date words leave behind: "In [April], Gizmodo obtained …". */
const ORPHAN = /\b(?:in|on|at|by|since|until|from|during|of)\s*(?=[,.;:]|$)/gi;

const CONNECTIVE =
  /^(?:and|but|however|meanwhile|separately|though|although|yet|still|also|then|so|now|in addition|moreover)\b,?\s*/i;
/** "A senior US official said (that)", "Jobs announced that": up to six words, a reporting verb. */
const LEADING_ATTRIBUTION =
  /^(?:[\w.’'-]+\s+){1,6}?(?:said|says|stated|confirmed|announced|added|told reporters|reported)(?:\s+that)?,?\s+(?=\S+\s+\S+\s+\S+)/u;

/**
 * A short plain title from the passage that dates a happening: the date words (where they open
 * or close a clause), connectives and any attribution ("…, officials said") taken out, cut at the first clause break once it has four
 * words, and at twelve words at most.
 *
 * @example titleFromPassage('On Wednesday, Witkoff met Putin in Moscow, the Kremlin said.', 'On Wednesday')
 * // 'Witkoff met Putin in Moscow'
 */
export function titleFromPassage(quote: string, expression: string): string {
  // The date words go when they open or close a clause ("On Wednesday, …", "… this week."); in
  // the middle ("met him days before the deadline") the sentence needs them.
  const at = quote.indexOf(expression);
  const before = quote.slice(0, Math.max(0, at));
  const after = quote.slice(at + expression.length);
  const edge =
    at >= 0 &&
    !/^['’]s\b/.test(after) &&
    (/(?:^|[,;:–—(])\s*$/.test(before) || /^\s*(?:[,.;:!?–—)]|$)/.test(after));
  let text = edge ? `${before.replace(ORPHAN, '')} ${after}` : quote;
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
      .replace(/^according to [^,]+,\s*/i, '')
      .replace(LEADING_ATTRIBUTION, '');
  }
  text = text.replace(
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
