// The bare plural after "did" or "not" is the past's ("The rocket did not lift off on
// Thursday", "The astronauts didn't splash down on Sunday"), no schedule.
const NOT_AFTER_DID = String.raw`(?<!\b(?:did|didn't|didn’t|not)\s)`;

/**
 * A mission's or a sky's event told in the present, as a schedule's: "The rocket lifts off at
 * 9.42am on Thursday", "The capsule docks with the station on Thursday", "The crew splashes down
 * off Florida on Sunday", "The probe flies past Venus on Thursday", "The spacecraft enters orbit
 * on Friday", "The comet makes its closest approach to Earth on Tuesday", "The Perseid meteor
 * shower peaks on Thursday night", "The Geminids peak on Saturday night" (a shower's name in the
 * plural, or "showers", before the bare "peak"), "The eclipse is visible on Sunday morning". Said
 * on Wednesday 23 September 2026, the day is the coming Thursday (2026-09-24), as "The probe
 * arrives on Sunday" already was; it had been the Thursday gone by (2026-09-17). The bare plural
 * of lifting off, blasting off, splashing and touching down is read too ("The astronauts splash
 * down on Sunday"), being no noun, but not after "did" or "not" ("The rocket did not lift off on
 * Thursday" is the Thursday gone by).
 *
 * Leaves "visible" after anything but an eclipse, a comet, an aurora or the lights, a shower, a
 * supermoon or a planet seen with the naked eye ("The damage is visible on Sunday"), "peaks" after
 * anything but a meteor shower's name or "shower" ("Inflation peaks on Thursday" may be a
 * headline's present of what happened), "docks" before anything but "with" ("Strikes closed London
 * docks at dawn on Thursday": the noun), "undocks" before anything but "from", "flies" before
 * anything but "by" or "past", and the past ("The capsule docked with the station on Thursday").
 * A regular expression's source, for PRESENT_SCHEDULE.
 */
export const SPACE_EVENT_PRESENT_SOURCE = [
  String.raw`(?:lifts|blasts)\s+off`,
  String.raw`${NOT_AFTER_DID}(?:lift|blast)\s+off`,
  String.raw`(?:splashes|touches)\s+down`,
  String.raw`${NOT_AFTER_DID}(?:splash|touch)\s+down`,
  String.raw`docks(?=\s+with\b)`,
  String.raw`undocks(?=\s+from\b)`,
  String.raw`flies\s+(?:by|past)`,
  String.raw`enters\s+(?:(?:lunar|Martian|Mars|Jupiter|Saturn|its|an?)\s+)?orbit`,
  String.raw`makes\s+(?:its|a)\s+(?:closest\s+)?(?:approach|flyby|fly-by)`,
  String.raw`(?<=\b(?:eclipse|comet|aurora|lights|shower|supermoon|Venus|Mars|Jupiter|Saturn)\s)(?:is|are)\s+visible`,
  String.raw`(?<=\b(?:shower|Perseids|Geminids|Leonids|Quadrantids|Lyrids|Orionids|Draconids|Taurids)\s)peaks`,
  String.raw`(?<=\b(?:showers|Perseids|Geminids|Leonids|Quadrantids|Lyrids|Orionids|Draconids|Taurids)\s)peak`,
].join('|');
