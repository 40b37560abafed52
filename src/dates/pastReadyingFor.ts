import { HABIT_AFTER, SHORT_OBJECT_CHAR } from './pastArrangementFor.ts';
import { namesOtherYear } from './otherYearInSentence.ts';
import { sentenceStartAt } from './sentenceEnds.ts';

// A deed of readying done for a day: people or things put in place ("assigned 8,000 police
// officers to Times Square for", "were assigned to", "deployed troops for", "put extra staff on
// call for"), leave cancelled ("cancelled all leave for"), things added, stocked, hired, booked or
// banned ("added an extra Mass for", "stocked extra turkeys for", "banned fireworks for"), then a
// short object in the clause and "for" right before the day. No "was", "were", "is", "are" nor a
// "have" between the deed and "for": "Police assigned to the square were injured for ..." is no
// readying.
const READYING_VERB = [
  'assigned|deployed|posted|stationed|mobili[sz]ed|drafted|called\\s+in|put|placed',
  'cancell?ed|added|hired|stocked|laid\\s+on|booked|banned|tightened|stepped\\s+up|set\\s+up',
].join('|');
const SHORT_OBJECT = `${SHORT_OBJECT_CHAR}{0,50}?`;
const READYING_BEFORE = new RegExp(
  `\\b(?:${READYING_VERB})\\b${SHORT_OBJECT}\\bfor\\s+(?:the\\s+)?$`,
  'i',
);
// Results reported for a day ("Toys R Us posted a loss for Christmas", "Retailers booked record
// sales for Thanksgiving weekend"): they are counted after the day, so they tell of the one gone
// by, whatever verb of readying brings them. Sales staff and the like are readied, not counted.
const RESULT_BEFORE =
  /\b(?:loss(?:es)?|profits?|gains?|earnings|results|revenues?|sales(?!\s+(?:staff|clerks|workers|help|people))|deficits?|surplus)\b[^.!?;:,]{0,30}?\bfor\s+(?:the\s+)?$/i;
// The rest of the feast's clause: up to a comma, a semicolon or a sentence's end, so a comparison
// after a comma ("up from 5,000 last year") names no other year of the deed.
const CLAUSE_AFTER = /^[^,;.!?]*/;

/**
 * Whether the holiday at `start`, told in the past, is what a deed of readying was done for
 * ("The city assigned 8,000 police officers to Times Square for New Year's Eve", "Police
 * cancelled all leave for New Year's Eve"): done before its day, so the coming one when it is
 * near (readHolidays reads it so within two weeks), the one gone by when it is not ("Extra police
 * were assigned to Times Square for New Year's Eve, and arrests fell", said in March). Not a
 * habit ("Officers have cancelled leave for Christmas every year"), nor a deed of another year
 * (`published`, the day of publication, tells which year is another).
 */
export function pastReadyingFor(
  text: string,
  start: number,
  end: number,
  published?: string,
): boolean {
  const sentenceStart = sentenceStartAt(text, start);
  const before = text.slice(Math.max(sentenceStart, start - 100), start);
  const after = text.slice(end);
  const clause = text.slice(sentenceStart, start) + (CLAUSE_AFTER.exec(after)?.[0] ?? '');
  return (
    READYING_BEFORE.test(before) &&
    !RESULT_BEFORE.test(before) &&
    !HABIT_AFTER.test(after) &&
    // "Last year, the city assigned 7,000 officers to Times Square for New Year's Eve": the deed
    // was done for that year's feast, however near the coming one.
    !namesOtherYear(clause, published)
  );
}
