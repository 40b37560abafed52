// The hours of the clock (1 to 12) that a part named before a clock holds past noon: after "this
// afternoon", "seven o'clock" is seven in the evening; after "tonight", "eleven o'clock" is 23:00.
export const LATER_HOURS: Readonly<Record<string, readonly [number, number]>> = {
  afternoon: [1, 9],
  evening: [4, 11],
  night: [6, 11],
  tonight: [6, 11],
};
