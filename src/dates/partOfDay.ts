/** TIMEX3 parts of day: "Wednesday night" is `…TNI`, "Friday morning" `…TMO`. */
export const PART_OF_DAY: Readonly<Record<string, string>> = {
  morning: 'MO',
  afternoon: 'AF',
  evening: 'EV',
  night: 'NI',
};
