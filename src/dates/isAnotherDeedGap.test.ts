import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const read = (text: string, published: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, { published, locale: 'en-GB' }).map((m) => `${m.text} = ${m.value}`),
  );

describe('a month told of a further deed after a dated one', () => {
  it('reads "Theresa May called a snap election in April 2017 and lost her majority in June" as June 2017', () => {
    const both = [['April 2017 = 2017-04', 'June = 2017-06']];
    expect(
      read(
        'Theresa May called a snap election in April 2017 and lost her majority in June.',
        '2026-06-17',
      ),
    ).toEqual([...both, ...both]);
  });

  it('reads "The party was founded in March 2019 and won its first seat in May" as May 2019', () => {
    const both = [['March 2019 = 2019-03', 'May = 2019-05']];
    expect(
      read('The party was founded in March 2019 and won its first seat in May.', '2026-06-17'),
    ).toEqual([...both, ...both]);
  });

  it('reads "She joined the board in January 2019 and was made chair on March 4" as 4 March 2019', () => {
    expect(
      read('She joined the board in January 2019 and was made chair on March 4.', '2026-06-17')[0],
    ).toEqual(['January 2019 = 2019-01', 'March 4 = 2019-03-04']);
  });

  it('leaves "The party was founded in March 2019 and holds its conference in May", a present', () => {
    for (const reading of read(
      'The party was founded in March 2019 and holds its conference in May.',
      '2026-06-17',
    )) {
      expect(reading).not.toContain('May = 2019-05');
    }
  });

  it('leaves "The councils were merged in April 2023 and need new maps in May", "need" no past', () => {
    for (const reading of read(
      'The councils were merged in April 2023 and need new maps in May.',
      '2026-03-10',
    )) {
      expect(reading).not.toContain('May = 2023-05');
    }
  });

  it('leaves "She was elected in March 2019 and stood down the following year in May", the time placed apart', () => {
    for (const reading of read(
      'She was elected in March 2019 and stood down the following year in May.',
      '2026-06-17',
    )) {
      expect(reading).not.toContain('May = 2019-05');
    }
  });

  it('leaves "Mr Lee joined the board in March 2015 and said he would step down at the annual meeting in June", the month far from the deed', () => {
    const both = [['March 2015 = 2015-03', 'June = 2026-06']];
    expect(
      read(
        'Mr Lee joined the board in March 2015 and said he would step down at the annual meeting in June.',
        '2026-03-11',
      ),
    ).toEqual([...both, ...both]);
  });

  it('leaves "Mr Lee joined the board in March 2015 and said he would step down in June", a month of what he would do', () => {
    const both = [['March 2015 = 2015-03', 'June = 2026-06']];
    expect(
      read(
        'Mr Lee joined the board in March 2015 and said he would step down in June.',
        '2026-03-11',
      ),
    ).toEqual([...both, ...both]);
  });
});
