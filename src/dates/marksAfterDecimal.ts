/**
 * "marks" after a figure with decimals is the German currency, not the verb of a schedule: "The
 * dollar closed at 1.6850 marks Wednesday", "The dollar fell to 1.45 marks on Wednesday", as wire
 * copy of the 1990s quotes the dollar. PRESENT_SCHEDULE read "marks Wednesday" as "The anniversary
 * marks Wednesday", the Wednesday to come; after a rate it is a Wednesday gone by, as tense gives it.
 *
 * Only right after a figure with a stop and two digits or more, as a rate is quoted; "Apollo 11
 * marks its anniversary on Tuesday", after a bare figure that ends a name, "Windows 4.1 marks Friday
 * as its release date", after a version of one place, and "The ceremony marks Wednesday", with no
 * figure, stay verbs of schedule.
 *
 * @example new RegExp(MARKS_AFTER_DECIMAL).test('marks') // true, when 'at 1.45 ' stands before it
 */
export const MARKS_AFTER_DECIMAL = String.raw`(?<=\d\.\d{2,}\s+)marks\b`;
