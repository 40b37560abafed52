/**
 * A word that makes a clause a habit rather than one occasion: "Households put their bins out by
 * 7am every Monday", "The firm regularly ended the year in profit".
 */
export const HABIT_WORD =
  /\b(?:every|each|usually|normally|typically|generally|always|often|routinely|regularly)\b/i;
