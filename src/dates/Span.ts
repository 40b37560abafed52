/** A stretch of text: where it starts and where it ends. */
export interface Span {
  start: number;
  end: number;
}
