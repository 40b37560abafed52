/**
 * Function words, reporting verbs and calendar words: they say nothing about which happening a
 * passage reports (every article "said" things "on Wednesday"), so they never join two passages.
 */
const STOP = new Set(
  `a about above after again against all also an and any are as at be because been before being
  between both but by can could did do does doing down during each few for from further had has
  have having he her here hers him his how i if in into is it its itself just me more most my no
  nor not now of off on once only or other our out over own same she should so some such than that
  the their them then there these they this those through to too under until up very was we were
  what when where which while who whom why will with would you your said says say told tell according
  reported report added mr mrs ms dr new one two three first last next year years month months week
  weeks day days today yesterday tomorrow time ago earlier later monday tuesday wednesday thursday
  friday saturday sunday january february march april may june july august september october
  november december morning evening night afternoon early late since may might must shall being
  just still even back well much many per cent percent us`.split(/\s+/),
);

/** A crude English stem: enough that "meets", "meeting" and "met" fall together is not needed; plurals and -ed/-ing are. */
function stem(word: string): string {
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ed')) return word.slice(0, -2);
  if (word.length > 4 && word.endsWith('es')) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/**
 * The words of a passage that say what happened, lower-cased and stemmed, without function
 * words, reporting verbs, calendar words and numbers.
 *
 * @example contentWords('Apple Corps sued Apple Computer on Wednesday.') // ['apple', 'corp', 'sued', 'apple', 'computer']
 */
export function contentWords(text: string): string[] {
  const words: string[] = [];
  for (const match of text.toLowerCase().matchAll(/[a-z][a-z'’-]*[a-z]|[a-z]/g)) {
    const word = match[0].replace(/['’]s$/, '').replace(/['’]/g, '');
    if (word.length < 2 || STOP.has(word)) continue;
    words.push(stem(word));
  }
  return words;
}
