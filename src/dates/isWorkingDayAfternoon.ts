import { sentenceAround } from './tenseAround.ts';

// The words of a court's or a market's working day, which runs through the afternoon: an hour of
// one to six there is past noon ("The judge ruled at around three thirty"), where a night's or a
// morning's words would put it before dawn. Not a witness or testimony, which tell of any hour
// ("The witness said she left the bar at about two thirty").
const WORKING_DAY =
  /\b(?:judge|jury|jurors|court|courtroom|hearing|trial|verdict|deliberations|exchange|trading|market|stocks|Dow|Nasdaq)\b/i;
// A part of the day other than the afternoon anywhere in the sentence tells the hour itself.
const OTHER_PART = /\b(?:morning|night|overnight|dawn|daybreak|tonight|a\.\s?m\.)/i;

/**
 * Whether an hour of one to six with no part of the day of its own, at `start` in `text`, is in
 * the afternoon because its sentence tells of a court's or a market's working day and names no
 * other part of the day: "The jury returned its verdict at about five o'clock", said on 10 March
 * 1998, is 17:00.
 */
export function isWorkingDayAfternoon(text: string, start: number, end: number, hour: number) {
  if (hour < 1 || hour > 6) return false;
  const { before, after } = sentenceAround(text, start, end);
  const sentence = `${before} ${after}`;
  return WORKING_DAY.test(sentence) && !OTHER_PART.test(sentence);
}
