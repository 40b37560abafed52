// "from 1 July", "from 2 May", "from 30 June": chrono reads the number after "from" as a clock hour
// on the first of the month when the month is May, June or July (its "from 2 ..." time pattern
// takes the month's first letters for a unit), so the day was lost and a month read, gone by or
// to come by tense alone. Without "from" chrono reads the day, which it is; the month's other
// names ("from 1 August") and a day written after the month ("from July 1") were read right.
// A stretch "from 9 to 12 June" is FROM_BEFORE_DAYS's; a year after the month keeps the day
// already, and is left as it is.
/** "from" before a day and one of the months chrono would read after a clock hour. */
export const FROM_BEFORE_DAY_OF_MONTH =
  /\bfrom(?=\s+\d{1,2}(?:st|nd|rd|th)?\s+(?:May|June?|July?)\b\.?(?!\s*,?\s*\d{4}\b))/gi;
