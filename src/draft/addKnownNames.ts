/** The people and places of one happening, and the words they were read from. */
export type NamedHappening = { people: string[]; places: string[]; text: string };

const lastWord = (name: string) => name.split(/\s+/).at(-1)!;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const words = (name: string) => name.toLowerCase().split(/\s+/);

/** A name the story knows: its fullest form, its words, and how it is written in a text. */
type KnownName = { full: string; words: string[]; pattern: RegExp };

function known(names: ReadonlyMap<string, string>): KnownName[] {
  return [...names].map(([key, full]) => ({
    full,
    words: words(key),
    // Written as a name (capitalised, a whole word), not the common word it may also be.
    pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escape(key)}(?![\\p{L}\\p{N}])`, 'u'),
  }));
}

function add(
  names: readonly string[],
  story: readonly KnownName[],
  h: NamedHappening,
  limit: number,
) {
  const out = [...names];
  // "Steve" adds nothing to "Steve Jobs", nor a place to a happening that has it as a person:
  // a name all of whose words the happening's names hold is there already.
  const have = new Set([...h.people, ...h.places].flatMap(words));
  for (const name of story) {
    if (out.length >= limit) break;
    if (name.words.every((w) => have.has(w))) continue;
    if (!name.pattern.test(h.text)) continue;
    out.push(name.full);
    for (const w of name.words) have.add(w);
  }
  return out;
}

/**
 * Each happening's people and places, with the names the tagger found in the story's other
 * happenings added where its own words name them too: the tagger knows "Trump" in "Donald Trump
 * met Putin" but can miss it in "an ultimatum Trump issued". A person is recognised by the last
 * word of their name, written as a name, and added in the fullest form the story gives; at most
 * `limit` of each.
 *
 * @example addKnownNames([{ people: ['Donald Trump'], places: [], text: '' }, { people: [], places: [], text: 'an ultimatum Trump issued' }])[1] // { people: ['Donald Trump'], places: [] }
 */
export function addKnownNames(
  happenings: readonly NamedHappening[],
  limit = 6,
): { people: string[]; places: string[] }[] {
  const people = new Map<string, string>();
  const places = new Map<string, string>();
  for (const h of happenings) {
    for (const name of h.people) {
      const key = lastWord(name);
      if (!/^\p{Lu}/u.test(key) || key.length < 3) continue;
      if ((people.get(key)?.length ?? 0) < name.length) people.set(key, name);
    }
    for (const name of h.places) {
      if (/^\p{Lu}/u.test(name) && name.length >= 3) places.set(name, name);
    }
  }
  const knownPeople = known(people);
  const knownPlaces = known(places);
  return happenings.map((h) => ({
    people: add(h.people, knownPeople, h, limit),
    places: add(h.places, knownPlaces, h, limit),
  }));
}
