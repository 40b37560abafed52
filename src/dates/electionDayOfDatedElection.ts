import type { Mention } from '../model/mention.ts';
import { sentenceEnds, sentenceStartAt } from './sentenceEnds.ts';
import { isDayValue } from './valueShape.ts';

// "election day", "election night", "Election Night": the day an election is held, and the
// evening its count comes in. The capitalised "Election Day" is the US one, which readHolidays
// reads by its rule; these are read only from the day the text gives its election.
const ELECTION_DAY = /\b(?:[Oo]n\s+)?(?:election|Election)\s+(?:day|night|Night)\b(?!-)/g;
// "the March 5 election", "the Nov. 8 general election", "the 4 May local elections": a day
// written right before the election it dates, with at most two words of its kind between (not
// "the March 5 attack before the election").
const ELECTION_KIND =
  'general|presidential|parliamentary|legislative|congressional|local|municipal|mayoral|regional|state|national|federal|midterm|mid-term|primary|runoff|run-off|snap|special|leadership';
const ELECTION_AFTER_DAY = new RegExp(`^,?\\s+(?:(?:${ELECTION_KIND})\\s+){0,2}elections?\\b`, 'i');
// "the election on March 5", "elections were held on 4 May", "the election set for Nov. 8": the day
// told of the election right before it. Not an election after a preposition ("the deadline to
// register for the election is Oct. 18"), whose day is another thing's.
const ELECTION_BEFORE_DAY =
  /(?<!\b(?:for|to|before|after|of|until|since|ahead\s+of)\s+(?:the\s+)?(?:[a-z]+\s+)?)\belections?\s+(?:(?:was|were|is|are|will\s+be|to\s+be)\s+)?(?:(?:held|set|scheduled|due|called)\s+)?(?:for\s+|on\s+)?$/i;

// "every election day", "the last election night", "another election night": not the one
// election the text dates.
const OTHER_ELECTION_BEFORE =
  /\b(?:every|each|any|another|last|next|previous|past|future|one|some)\s+$/i;
// Where the words tell the election's own day: with "on" (in the words), opening a sentence or a
// clause, or after a preposition of time ("Election night was grim", "the eve of election day",
// "until election day"). Not the object of a verb ("make election day a federal holiday") nor a
// subject told later in its sentence ("In the United States, election day is Nov. 8"), which
// speak of election days at large.
const DAY_TOLD_BEFORE =
  /(?:^|[.!?;:]["”’]?\s+|\b(?:before|after|until|till|by|since|of|through)\s+)$/;

// A year near the words, in their clause ("the 2012 election night", "On election night in 2012",
// "the last election night, in 2012"), names the election it is of.
const YEAR_BEFORE = /\b((?:19|20)\d{2})(?:['’]s)?\s+$/;
const YEAR_AFTER = /^[^.;!?]{0,12}?\b((?:19|20)\d{2})\b/;

/**
 * Whether the words at [start, end) are of another election than the one dated on `value`: one
 * told of as another, of another year, or in a sentence that dates another day or time gone by
 * ("Four years ago, on election night, Romney conceded"; "In the United States, election day is
 * Nov. 8").
 */
function ofAnotherElection(
  text: string,
  start: number,
  end: number,
  value: string,
  mentions: readonly Mention[],
): boolean {
  const before = text.slice(Math.max(0, start - 12), start);
  if (OTHER_ELECTION_BEFORE.test(before)) return true;
  const from = sentenceStartAt(text, start);
  const to = sentenceEnds(text.slice(end), false)[0];
  const until = to === undefined ? text.length : end + to;
  const otherDate = mentions.some(
    (m) => m.type === 'DATE' && m.start >= from && m.end <= until && !m.value.startsWith(value),
  );
  if (otherDate) return true;
  const year = YEAR_BEFORE.exec(before)?.[1] ?? YEAR_AFTER.exec(text.slice(end, end + 20))?.[1];
  return year !== undefined && year !== value.slice(0, 4);
}

/** The one day the text gives its election, or undefined when it gives none or two. */
function electionDate(text: string, mentions: readonly Mention[]): Mention | undefined {
  const dated = mentions.filter(
    (m) =>
      isDayValue(m.value) &&
      m.value.length === 10 &&
      (ELECTION_AFTER_DAY.test(text.slice(m.end, m.end + 40)) ||
        ELECTION_BEFORE_DAY.test(text.slice(Math.max(0, m.start - 50), m.start))),
  );
  const values = new Set(dated.map((m) => m.value));
  return values.size === 1 ? dated[0] : undefined;
}

/**
 * "The March 5 election was close; on election night the president spoke": "election day" and
 * "election night" are the day of the election the text dates ("the March 5 election", "the
 * election on Nov. 8"), in both readings (TimeML makes "election night" a TIME of that day's
 * night, as it does "Wednesday night"). With no dated election, or two on different days, they
 * stay unread, since a year alone ("election night in 2012") does not say which election, and the
 * US rule would date another country's wrongly; so do words of another election than the dated
 * one ("every election day", "the 2012 election night", "on election night in 2012"), or in a
 * sentence dating another day ("Four years ago, on election night"); and so do words that speak
 * of election days at large ("make election day a federal holiday").
 */
export function electionDayOfDatedElection(text: string, mentions: Mention[]): Mention[] {
  const found = [...text.matchAll(ELECTION_DAY)].filter(
    (m) => !mentions.some((o) => o.start < m.index + m[0].length && o.end > m.index),
  );
  if (found.length === 0) return mentions;
  const election = electionDate(text, mentions);
  if (!election) return mentions;
  const read: Mention[] = found
    .filter(
      (m) =>
        (/^on\s/i.test(m[0]) ||
          DAY_TOLD_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) &&
        !ofAnotherElection(text, m.index, m.index + m[0].length, election.value, mentions),
    )
    .map((m) => ({
      text: m[0],
      start: m.index,
      end: m.index + m[0].length,
      type: 'DATE',
      value: election.value,
      granularity: 'day',
      anchor: {
        kind: 'mention',
        text: election.text,
        start: election.start,
        value: election.value,
      },
    }));
  return [...mentions, ...read].sort((a, b) => a.start - b.start);
}
