/**
 * Common irregular past tenses of English verbs, as a regular expression alternation. Regular
 * past tenses end in -ed and are matched apart. Shared by the tense rules and by the rule that
 * reads "soon" in a past narrative, so both know the same verbs. "led" is left out: as often the
 * participle of "a delegation led by the minister" as a past, tenseAround counts it no past cue.
 */
export const IRREGULAR_PAST =
  'met|had|did|took|came|went|began|held|made|gave|spoke|wrote|saw|left|won|lost|fell|rose|sent|got|became|brought|thought|kept|felt|stood|ran|struck|sold|bought|built|caught|chose|drove|fought|knew|spent|threw|understood|sought|taught|broke|flew|grew|drew|withdrew|swore|sank|shot|hung|dealt|tore|wore|stole|froze|woke|rode|hid|shook|fled|sat|stuck|swung|dug|paid|laid|found|heard|meant|lent|bent|slept|swept|wept|forgot|forgave|overtook|told|swam|sang|rang|drank|ate|overran|overcame|sprang|shrank|slid|spun|wove|strode|upheld|withheld|oversaw|foresaw|undertook|mistook|rebuilt|rewrote|outran|outgrew|arose|clung|flung|stung|strove|knelt|leapt';

/**
 * Verbs whose past is written as their present ("Storms hit the coast", "They cut the power"): the
 * tense rules cannot tell which it is, but beside a word saying the days recur or nothing saying
 * so, a report of such a verb tells what happened.
 */
export const UNCHANGED_PAST =
  'hit|cut|put|set|let|hurt|shut|spread|burst|cast|beat|quit|split|shed|upset';

/**
 * Irregular past participles the suffixes of a participle ("-ed", "-en", "-wn", "-ught" …) miss,
 * besides the verbs whose participle is their present (UNCHANGED_PAST): "had made", "had paid",
 * "had lost", "had won", "had come". A past perfect with one of them ("By July Chrysler Corp. had
 * cut its work force") dates its clause as any other past perfect does.
 */
export const IRREGULAR_PARTICIPLE =
  'made|paid|laid|said|lost|won|kept|met|read|come|become|run|begun|struck|stuck|hung|sat|got|shot|found|had|heard|slid|swung|dug|bid|sunk|shrunk|slept|swept|wept|leapt|knelt|cost';
