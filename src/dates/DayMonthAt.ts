/**
 * A day and month with no year of its own, where its words stand in `text`, and the publication
 * date its year is reckoned from: what the readers of the year such a day is of are given.
 */
export interface DayMonthAt {
  text: string;
  start: number;
  end: number;
  /** 1 to 12. */
  month: number;
  day: number;
  /** YYYY-MM-DD. */
  published: string;
}
