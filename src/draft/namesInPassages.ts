import nlp from 'compromise';

/** A name as the tagger gives it, without a possessive 's or the punctuation around it. */
export function cleanName(name: string): string {
  return name
    .replace(/['’]s$/u, '')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, '')
    .replace(/\.$/, '')
    .trim();
}

function distinct(names: string[], limit: number): string[] {
  const seen = new Map<string, string>();
  for (const name of names.map(cleanName)) {
    if (name.length < 2 || /\d/.test(name)) continue;
    const key = name.toLowerCase();
    // "Putin" after "Vladimir Putin" adds nothing; keep the fuller form.
    if ([...seen.keys()].some((k) => k.includes(key))) continue;
    for (const k of [...seen.keys()]) if (key.includes(k)) seen.delete(k);
    seen.set(key, name);
  }
  return [...seen.values()].slice(0, limit);
}

/**
 * The people and places named in a happening's passages, found by compromise's part-of-speech
 * tagger (names it knows, titles such as "President" left off), shorter forms folded into the
 * fullest, at most six of each.
 *
 * @example namesInPassages(['Witkoff met Vladimir Putin in Moscow.'])
 * // { people: ['Witkoff', 'Vladimir Putin'], places: ['Moscow'] }
 */
export function namesInPassages(passages: readonly string[]): {
  people: string[];
  places: string[];
} {
  const doc = nlp(passages.join('\n'));
  return {
    people: distinct(doc.people().not('#Honorific').out('array') as string[], 6),
    places: distinct(doc.places().out('array') as string[], 6),
  };
}
