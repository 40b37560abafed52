import { describe, expect, it } from 'vitest';
import { isWorkingDayAfternoon } from './isWorkingDayAfternoon.ts';

/** Whether the hour `hour` of the words `clock` in `text` is a working day's afternoon. */
const afternoon = (text: string, clock: string, hour: number) => {
  const start = text.indexOf(clock);
  return isWorkingDayAfternoon(text, start, start + clock.length, hour);
};

describe("an hour of one to six in a court's or a market's working day", () => {
  it('reads "The jury returned its verdict at about five o\'clock" as the afternoon', () => {
    expect(
      afternoon("The jury returned its verdict at about five o'clock.", "five o'clock", 5),
    ).toBe(true);
  });

  it('leaves "The jury returned its verdict at about seven o\'clock" alone: past the working day\'s small hours', () => {
    expect(
      afternoon("The jury returned its verdict at about seven o'clock.", "seven o'clock", 7),
    ).toBe(false);
  });

  it('leaves "The jury returned its verdict at about five o\'clock in the morning" alone: the morning tells the hour', () => {
    expect(
      afternoon(
        "The jury returned its verdict at about five o'clock in the morning.",
        "five o'clock",
        5,
      ),
    ).toBe(false);
  });

  it('leaves "The witness said she left the bar at about two o\'clock" alone: no court or market', () => {
    expect(
      afternoon("The witness said she left the bar at about two o'clock.", "two o'clock", 2),
    ).toBe(false);
  });
});
