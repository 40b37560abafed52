import { describe, expect, it } from 'vitest';
import { clockTakesDay } from './clockTakesDay.ts';
import { findMentions } from './findMentions.ts';

/** Whether the clock `clock` of `text` takes the day named by the words `day` before it. */
function takes(text: string, day: string, clock: string): boolean {
  const at = (words: string) => {
    const start = text.indexOf(words);
    return { start, end: start + words.length };
  };
  return clockTakesDay(text, at(day), at(clock));
}

describe('clockTakesDay', () => {
  it('ties a clock time to the day its sentence told in the same tense', () => {
    expect(takes('On March 3 the ferry left port at 6 a.m.', 'March 3', '6 a.m.')).toBe(true);
  });

  it('does not tie a clock time to a day beyond a blank line', () => {
    expect(
      takes('The ferry left port on March 3.\n\nAt 6 a.m. it sank.', 'March 3', '6 a.m.'),
    ).toBe(false);
  });

  it('ties "shortly after 5pm" to "yesterday" across one blank line, both told in the past', () => {
    const text = "England won at Lord's yesterday.\n\nAustralia were bowled out shortly after 5pm.";
    expect(takes(text, 'yesterday', '5pm')).toBe(true);
    const saturday = 'Crowds gathered on Saturday.\n\nThe first arrived soon after 2am.';
    expect(takes(saturday, 'on Saturday', '2am')).toBe(true);
  });

  it('does not tie a clock time to a weekday across a blank line when the clock looks ahead, nor across two', () => {
    expect(takes('England won yesterday.\n\nAustralia will bat at 5pm.', 'yesterday', '5pm')).toBe(
      false,
    );
    expect(
      takes('England won yesterday.\n\nFans left.\n\nThe bus went at 5pm.', 'yesterday', '5pm'),
    ).toBe(false);
  });

  it('does not carry "late Thursday" across a blank line to "emerged at 4:10 a.m." when the lead also names "early Monday"', () => {
    const text =
      'Rescuers pulled the last of 14 trapped tin miners to the surface early Monday, ending an ordeal that began when a gallery collapsed late Thursday and kept the men underground for nearly four days.\n\nThe final miner, a 52-year-old foreman, emerged at 4:10 a.m. (0810 GMT) and raised both fists.';
    expect(takes(text, 'Thursday', '4:10 a.m.')).toBe(false);
    expect(takes(text, 'Monday', '4:10 a.m.')).toBe(false);
  });

  it('does not carry "on Thursday" across a blank line to "The result was declared at 3am" after polls closed that day', () => {
    const text = 'Polls closed on Thursday.\n\nThe result was declared at 3am.';
    expect(takes(text, 'on Thursday', '3am')).toBe(false);
  });

  it('does not carry a day across a blank line to a clock told in the past perfect, as a habit or as a court heard it', () => {
    for (const [text, day, clock] of [
      [
        'A man was jailed for six years at Leeds Crown Court on Friday.\n\nThe court heard he attacked the victim at about 2am outside a nightclub.',
        'on Friday',
        '2am',
      ],
      [
        'The suspect was arrested on Friday.\n\nHe had been seen leaving the pub at 11pm.',
        'on Friday',
        '11pm',
      ],
      [
        'The bakery closed for good on Saturday.\n\nFor forty years it opened at 6am.',
        'on Saturday',
        '6am',
      ],
      ['The shop closed on Saturday.\n\nIt used to open at 6am.', 'on Saturday', '6am'],
      [
        'Lightning struck the church on Friday.\n\nBells had rung there at noon every day since 1890.',
        'on Friday',
        'noon',
      ],
    ] as const) {
      expect(takes(text, day, clock)).toBe(false);
    }
  });

  it("still carries a weekday across a blank line to a clock of that day's own event, heard by residents", () => {
    const text = 'A fire broke out on Friday.\n\nResidents heard an explosion at 2am.';
    expect(takes(text, 'on Friday', '2am')).toBe(true);
  });

  it('does not tie a clock time told in the future to a day told in the past', () => {
    expect(takes('Talks ended on March 3, and will resume at 9 a.m.', 'March 3', '9 a.m.')).toBe(
      false,
    );
  });

  it('does not tie a clock time to the day, with its year, of a clause describing a noun', () => {
    const text = 'The port, which opened on March 3, 1998, closed at 6 p.m.';
    expect(takes(text, 'March 3, 1998', '6 p.m.')).toBe(false);
  });

  it('ties a clock time to the day of a clause telling the same news, its year unwritten', () => {
    const text = 'The vote, held on March 3, closed at 6 p.m.';
    expect(takes(text, 'March 3', '6 p.m.')).toBe(true);
  });

  it('ties a clock time told as the future seen from the past to the past day of its sentence', () => {
    for (const text of [
      'On Monday, officials said the talks would begin at 3 p.m.',
      'On Monday, the talks were due to begin at 3 p.m., officials said.',
      'On Monday, the minister was to speak at 3 p.m., aides said.',
    ]) {
      expect(takes(text, 'Monday', '3 p.m.')).toBe(true);
    }
  });

  it('ties a clock time to the day, with its year, of a clause set off by commas that only tells the news', () => {
    const text = 'Rescuers, called on Oct. 23, 2024, arrived at 10 p.m.';
    expect(takes(text, 'Oct. 23, 2024', '10 p.m.')).toBe(true);
  });

  it('does not tie a clock time to the day, with its year, of a clause telling a noun’s origin', () => {
    for (const text of [
      'The mill, founded on May 1, 1990, closed at 6 p.m.',
      'Mr. Lee, born on May 1, 1990, spoke at 6 p.m.',
      'The bridge, set up on May 1, 1990, fell at 6 p.m.',
    ]) {
      expect(takes(text, 'May 1, 1990', '6 p.m.')).toBe(false);
    }
  });
});

describe('a news day told with its clock or part of the day, across one blank line', () => {
  it.each([
    [
      'Polls opened yesterday at 7 a.m. across the country.\n\nVoting ended at noon.',
      'yesterday at 7 a.m.',
    ],
    [
      'Polls opened on Monday morning across the country.\n\nVoting ended at noon.',
      'on Monday morning',
    ],
  ])('ties "at noon" in %j to the day of %j', (text, day) => {
    expect(takes(text, day, 'at noon')).toBe(true);
  });

  it("reads the noon on that day, not publication's", () => {
    const found = findMentions(
      'Polls opened yesterday at 7 a.m. across the country.\n\nVoting ended at noon and counting began.',
      { published: '2024-03-13', locale: 'en-US' },
    );
    expect(found.map((m) => m.value)).toEqual(['2024-03-12T07:00', '2024-03-12T12:00']);
  });

  it('still ties no clock that looks ahead, nor one after a paragraph that names two days', () => {
    expect(
      takes(
        'Polls opened yesterday at 7 a.m.\n\nCounting will begin at noon.',
        'yesterday at 7 a.m.',
        'at noon',
      ),
    ).toBe(false);
    expect(
      takes(
        'Polls opened yesterday at 7 a.m. and closed on Sunday.\n\nVoting ended at noon.',
        'yesterday at 7 a.m.',
        'at noon',
      ),
    ).toBe(false);
  });

  it.each([
    [
      'Polls opened yesterday at 7 a.m. across the state.\n\nResults will be announced at noon.',
      '2024-11-05T12:00',
    ],
    [
      'Polls opened yesterday at 7 a.m. across the state.\n\nResults will be announced at 9 p.m.',
      '2024-11-05T21:00',
    ],
  ])('gives no day gone by to a clock told with "will" across the break: %j', (text, value) => {
    const found = findMentions(text, { published: '2024-11-05', locale: 'en-US' });
    expect(found.map((m) => m.value)).toEqual(['2024-11-04T07:00', value]);
  });
});
