/** The people and places of one happening, and the words they were read from. */
export type NamedHappening = { people: string[]; places: string[]; text: string };

const lastWord = (name: string) => name.split(/\s+/).at(-1)!;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const words = (name: string) => name.toLowerCase().split(/\s+/);

function add(
  names: readonly string[],
  known: ReadonlyMap<string, string>,
  h: NamedHappening,
  limit: number,
) {
  const out = [...names];
  // "Steve" adds nothing to "Steve Jobs", nor a place to a happening that has it as a person:
  // a name all of whose words the happening's names hold is there already.
  const have = new Set([...h.people, ...h.places].flatMap(words));
  for (const [key, full] of known) {
    if (out.length >= limit) break;
    if (words(key).every((w) => have.has(w))) continue;
    // Written as a name (capitalised, a whole word), not the common word it may also be.
    if (!new RegExp(`(?<![\\p{L}\\p{N}])${escape(key)}(?![\\p{L}\\p{N}])`, 'u').test(h.text))
      continue;
    out.push(full);
    for (const w of words(key)) have.add(w);
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
  return happenings.map((h) => ({
    people: add(h.people, people, h, limit),
    places: add(h.places, places, h, limit),
  }));
}
