/**
 * Past verbs of change in a figure ("rose", "fell", "grew", "doubled"), as a regular expression
 * alternation, participles included. Shared by the rule that reads "doubled in two years" as a
 * length and the one that reads "rose 8% in the year to 31 March" as a period gone by.
 */
export const PAST_CHANGE_VERB =
  'rose|risen|fell|fallen|grew|grown|doubled|tripled|trebled|quadrupled|halved|jumped|surged|soared|climbed|dropped|plunged|plummeted|slumped|tumbled|sank|sunk|gained|lost|increased|decreased|declined|shrank|shrunk|slid|rallied|spiked|swelled|expanded|contracted';
