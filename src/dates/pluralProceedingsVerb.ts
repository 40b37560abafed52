import { PLURAL_SUBJECT_BEFORE } from './pluralSubjectBefore.ts';

/**
 * A plural subject's bare "hold", "sign" or "elect" with the proceedings it names: "The two
 * presidents hold talks on Friday", "Palestinians hold elections on Saturday", "The leaders hold a
 * summit in Moscow on Saturday", "Both sides sign the accord Friday in Paris", "Voters elect a new
 * parliament on Sunday". In the present such a verb is a schedule's, as "The president holds talks
 * on Friday" already was. Read only right after a plural (`PLURAL_SUBJECT_BEFORE`) and before one
 * of the nouns of proceedings, at most three words on ("hold a joint news conference") and with no
 * preposition or conjunction between, so that "Prices hold steady on Friday" and "Shares hold
 * gains after the vote on Friday" (a market's day gone by) are not taken. A regular expression's
 * source, for PRESENT_SCHEDULE.
 */
// What is held: talks, votes, meetings and ceremonies.
const HELD = [
  'talks|negotiations|elections?|polls|primaries|referendum|vote|summit|meetings?|conference',
  'hearings?|rally|rallies|ceremony|ceremonies|funeral|service|memorial|sessions?|debate',
].join('|');
// What is signed.
const SIGNED = 'treaty|accord|agreement|deal|pact|contract|declaration|protocol|communique';
// Who or what is elected.
const ELECTED = 'president|parliament|legislature|assembly|mayor|governor|leader|government';
// The words that cannot stand between the verb and its object: a preposition, particle or
// conjunction opens another phrase, whose noun is no object of the verb ("Shares hold gains after
// the vote on Friday", "Exit polls hold up after the vote", "Troops hold the line as talks stall").
const NOT_IN_OBJECT = [
  'on|in|at|after|before|as|up|out|off|for|of|over|ahead|with|to|that|while|when|amid|despite',
  'into|from|by|and|but|or|than|until|since|during|following',
].join('|');
const OBJECT_AHEAD = (nouns: string) =>
  String.raw`(?=(?:\s+(?!(?:${NOT_IN_OBJECT})\b)[\w'’-]+){0,3}?\s+(?:${nouns})\b)`;

export const PLURAL_PROCEEDINGS_VERB_SOURCE = [
  PLURAL_SUBJECT_BEFORE,
  '(?:',
  `hold${OBJECT_AHEAD(HELD)}`,
  `|sign${OBJECT_AHEAD(SIGNED)}`,
  `|elect${OBJECT_AHEAD(ELECTED)}`,
  ')',
].join('');
