/**
 * The past participles in "-en" of the irregular verbs ("given", "taken", "seen", "written",
 * "broken", "overtaken"), as a regular expression alternation to be set between word boundaries.
 * A list, not any word in "-en": "open", "green", "often", "golden", "even" or "between" tell a
 * state or stand apart, and a rule that asks for a participle after "was" must not take them.
 *
 * @example new RegExp(`^(?:${PAST_PARTICIPLE_EN})$`, 'i').test('open') // false
 */
export const PAST_PARTICIPLE_EN =
  'given|forgiven|taken|retaken|overtaken|undertaken|mistaken|forsaken|seen|foreseen|overseen|eaten|beaten|fallen|befallen|written|rewritten|underwritten|driven|broken|chosen|spoken|stolen|frozen|forgotten|hidden|bitten|ridden|overridden|risen|arisen|shaken|woken|awoken|proven|gotten|swollen|forbidden|stricken';
