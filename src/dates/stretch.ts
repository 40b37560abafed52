/** A stretch of the sentence around the date, and where it starts in the text. */
export interface Stretch {
  words: string;
  at: number;
}
