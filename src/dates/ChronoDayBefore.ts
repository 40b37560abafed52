/** The last day or month read with a year, or the last day gone by, and where its words end. */
export interface ChronoDayBefore {
  end: number;
  value: string;
}
