import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Saturday 21 August 1999.
const AUGUST_21_1999 = { published: '1999-08-21', locale: 'en-US' } as const;
const weekdays = (text: string, published: string = AUGUST_21_1999.published) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, { published, locale: 'en-US' })
      .filter((m) => /day$/i.test(m.text) && !/^a day$/i.test(m.text))
      .map((m) => m.value),
  );

describe('a weekday declared a day observed', () => {
  it('reads "Ecevit declared Wednesday a day of national mourning", said on Saturday 21 August 1999, as the coming Wednesday, 1999-08-25', () => {
    expect(
      weekdays('Ecevit declared Wednesday a day of national mourning for the victims.'),
    ).toEqual([['1999-08-25'], ['1999-08-25']]);
  });

  it('reads "Gov. Bill Owens declared Wednesday a day of mourning", said on Wednesday 21 April 1999, as that day', () => {
    expect(weekdays('Gov. Bill Owens declared Wednesday a day of mourning.', '1999-04-21')).toEqual(
      [['1999-04-21'], ['1999-04-21']],
    );
  });

  it('reads "The president declared Friday a national holiday", said on Saturday 21 August 1999, as 1999-08-27', () => {
    expect(weekdays('The president declared Friday a national holiday.')).toEqual([
      ['1999-08-27'],
      ['1999-08-27'],
    ]);
  });

  it('keeps "declared on Wednesday a state of emergency" and "declared Wednesday a day after the quake" the Wednesday gone by', () => {
    expect(weekdays('Ecevit declared on Wednesday a state of emergency.')[1]).toEqual([
      '1999-08-18',
    ]);
    expect(
      weekdays('Officials declared Wednesday a day after the quake that the dam was safe.')[1],
    ).toEqual(['1999-08-18']);
  });

  it('keeps "Ecevit had declared Wednesday a day of national mourning, and flags flew at half-staff", said on Thursday 19 August 1999, the Wednesday gone by', () => {
    expect(
      weekdays(
        'Ecevit had declared Wednesday a day of national mourning, and flags flew at half-staff across Turkey.',
        '1999-08-19',
      ),
    ).toEqual([['1999-08-18'], ['1999-08-18']]);
  });

  it('keeps "Demirel on Saturday declared Monday a day of mourning", said on Tuesday 16 November 1999, the Monday gone by: the declaring has its own day', () => {
    expect(
      weekdays(
        'Demirel on Saturday declared Monday a day of mourning, and schools were closed.',
        '1999-11-16',
      ).map((values) => values.at(-1)),
    ).toEqual(['1999-11-15', '1999-11-15']);
  });

  it('keeps "The government declared Monday a national holiday, and offices were closed", said on Tuesday 16 November 1999, the Monday gone by (post-merge)', () => {
    expect(
      weekdays(
        'The government declared Monday a national holiday, and offices were closed.',
        '1999-11-16',
      ),
    ).toEqual([['1999-11-15'], ['1999-11-15']]);
  });

  it('reads "The government declared Monday a national holiday, and offices will be closed", said on Saturday 13 November 1999, as the coming Monday, 1999-11-15', () => {
    expect(
      weekdays(
        'The government declared Monday a national holiday, and offices will be closed.',
        '1999-11-13',
      ),
    ).toEqual([['1999-11-15'], ['1999-11-15']]);
  });
});
