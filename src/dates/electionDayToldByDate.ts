import type { Mention } from '../model/mention.ts';
import { isDayValue } from './valueShape.ts';

// "Election Day is Nov. 3, 2020", "Election Day this year falls on Nov. 3", "Election Day, which
// is Nov. 3, 2020": a copula (or "falls on") joining the capitalised US Election Day to a written
// day right after it. Not "Election Day is a holiday", "Election Day is two weeks after Nov. 3"
// (the day must follow the copula at once), nor "Election Day is over, and on Nov. 4 …".
const COPULA_AFTER =
  /^(?:\s+(?:this|next|last)\s+year)?(?:,\s+which)?\s+(?:is|was|will\s+be|would\s+be|falls\s+on|fell\s+on|will\s+fall\s+on)\s+(?:on\s+)?$/i;

// A day written out by its month and number ("Nov. 3, 2020", "3 November"), not a count from one
// ("two weeks after Nov. 3"), whose words the copula does not give as the day itself.
const WRITTEN_DAY = /^(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b|\d{1,2}\s+[A-Z][a-z]{2,8}\b)/;

// "The deadline to register before Election Day is Oct. 13", "A week before Election Day is Oct.
// 29": a preposition (or a count and one) before "Election Day" makes it no subject of the copula,
// whose day is another's; only ", which is" tells of "Election Day" wherever it stands.
const PREPOSITION_BEFORE =
  /\b(?:before|after|ahead\s+of|until|till|since|by|from|to|on|of|through|around|near|for|past)\s+$/i;

/**
 * "Election Day is Nov. 3, 2020", said in 2015 copy: the holiday rule dates "Election Day" by the
 * publication's year (and tense), while the words give its day; in both readings it takes the
 * written day ("Election Day" = 2020-11-03), anchored on it. Only the capitalised "Election Day"
 * that the holiday rule read, and only a whole day written right after the copula: "Election Day
 * is a holiday in some states" and "Election Day was grim" keep the holiday's reading.
 */
export function electionDayToldByDate(text: string, mentions: Mention[]): Mention[] {
  return mentions.map((m) => {
    if (m.text !== 'Election Day' || m.type !== 'DATE') return m;
    const day = mentions.find(
      (d) =>
        d.start >= m.end &&
        d.type === 'DATE' &&
        isDayValue(d.value) &&
        d.value.length === 10 &&
        WRITTEN_DAY.test(d.text) &&
        COPULA_AFTER.test(text.slice(m.end, d.start)) &&
        (/^,\s+which\b/i.test(
          text.slice(m.end, d.start).replace(/^\s+(?:this|next|last)\s+year/i, ''),
        ) ||
          !PREPOSITION_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start))),
    );
    if (!day || day.value === m.value) return m;
    return {
      ...m,
      value: day.value,
      granularity: 'day',
      anchor: { kind: 'mention', text: day.text, start: day.start, value: day.value },
    };
  });
}
