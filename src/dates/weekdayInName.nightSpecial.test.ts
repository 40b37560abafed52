import { describe, expect, it } from 'vitest';
import { format, parseISO, previousSaturday } from 'date-fns';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Monday 30 October 1989.
const read = (text: string, published = '1989-10-30') =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, { published, locale: 'en-US' }).map((m) => `${m.text}=${m.value}`),
  );

describe('"the Saturday Night Special", a name', () => {
  it('reads no day in "The Saturday Night Special, as the raid was called, gave the bidder control", said on Monday 30 October 1989', () => {
    expect(
      read('The Saturday Night Special, as the raid was called, gave the bidder control.'),
    ).toEqual([[], []]);
  });

  it('keeps the night of "The raid was launched Saturday night", said on Monday 30 October 1989, 1989-10-28', () => {
    const [news, timeml] = read('The raid was launched Saturday night.');
    expect(news!.join(' ')).toContain('1989-10-28');
    expect(timeml!.join(' ')).toContain('1989-10-28');
  });
});

// Wednesday 25 March 1998.
const MARCH_25 = '1998-03-25';

describe('a lower-case "Saturday night special", the handgun', () => {
  it('reads no night in "The boys used a cheap Saturday night special, police say", said on 25 March 1998', () => {
    expect(read('The boys used a cheap Saturday night special, police say.', MARCH_25)).toEqual([
      [],
      [],
    ]);
  });

  it('reads no night in "Saturday night specials are sold for as little as fifty dollars"', () => {
    expect(
      read('Saturday night specials are sold for as little as fifty dollars.', MARCH_25),
    ).toEqual([[], []]);
  });

  it('keeps the night of "On Saturday night, special forces stormed the building", the Saturday gone by', () => {
    const saturday = format(previousSaturday(parseISO(MARCH_25)), 'yyyy-MM-dd');
    for (const reading of read('On Saturday night, special forces stormed the building.', MARCH_25))
      expect(reading.join(' ')).toContain(saturday);
  });

  it('keeps the night of "The networks ran on Saturday night specials on the storm"', () => {
    const saturday = format(previousSaturday(parseISO(MARCH_25)), 'yyyy-MM-dd');
    for (const reading of read(
      'The networks ran on Saturday night specials on the storm.',
      MARCH_25,
    ))
      expect(reading.join(' ')).toContain(saturday);
  });
});
