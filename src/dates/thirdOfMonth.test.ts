import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { THIRD_OF_MONTH } from './thirdOfMonth.ts';

const APRIL_1998 = { published: '1998-04-10', locale: 'en-US' } as const;
const JUNE_2026 = { published: '2026-06-20', locale: 'en-GB' } as const;
const values = (text: string, options: { published: string; locale: 'en-GB' | 'en-US' }) => [
  ...findMentions(text, options).map((m) => `${m.text} = ${m.value}`),
  ...findTimemlMentions(text, options).map((m) => `timeml: ${m.text} = ${m.value}`),
];

describe('a third of a month by its place', () => {
  it('reads "The talks will resume in the last third of May", said on 10 April 1998, as 1998-05', () => {
    expect(
      values('The talks will resume in the last third of May, a mediator said.', APRIL_1998),
    ).toEqual(['May = 1998-05', 'timeml: May = 1998-05']);
  });

  it('reads "Work on the bridge is due to finish in the first third of June", said on 10 April 1998, as 1998-06', () => {
    expect(
      values('Work on the bridge is due to finish in the first third of June.', APRIL_1998),
    ).toEqual(['June = 1998-06', 'timeml: June = 1998-06']);
  });

  it('reads "Sales slumped in the final third of March", said on 20 June 2026, as 2026-03', () => {
    expect(
      values('Sales slumped in the final third of March, the retailer said.', JUNE_2026),
    ).toEqual(['March = 2026-03', 'timeml: March = 2026-03']);
  });

  it('reads "in the last part of June" told ahead, said on 10 April 1998, as 1998-06', () => {
    expect(values('The talks will resume in the last part of June.', APRIL_1998)).toEqual([
      'June = 1998-06',
      'timeml: June = 1998-06',
    ]);
  });

  it('keeps "on the third of May", said on 10 April 1998, as the day 1998-05-03', () => {
    expect(values('The talks will resume on the third of May.', APRIL_1998)).toEqual([
      'third of May = 1998-05-03',
      'timeml: the third of May = 1998-05-03',
    ]);
  });

  it('keeps "last May" told in the past, said on 10 April 1998, as 1997-05', () => {
    expect(values('Prices fell last May.', APRIL_1998)).toEqual([
      'last May = 1997-05',
      'timeml: last May = 1997-05',
    ]);
  });

  it('matches "third of" after a place only', () => {
    expect('the last third of June'.match(THIRD_OF_MONTH)).toEqual(['third of']);
    expect('the third of June'.match(THIRD_OF_MONTH)).toBeNull();
    expect('a third of June sales'.match(THIRD_OF_MONTH)).toBeNull();
    expect('the first third of June 5'.match(THIRD_OF_MONTH)).toBeNull();
  });

  it('reads "Imports accounted for a third of April\'s sales", said on 20 June 2026, as 2026-04', () => {
    expect(
      values("Imports accounted for a third of April's sales, the association said.", JUNE_2026),
    ).toEqual(['April = 2026-04', 'timeml: April = 2026-04']);
  });

  it('reads "Two thirds of May\'s rainfall came in a single night", said on 20 June 2026, as 2026-05', () => {
    expect(values("Two thirds of May's rainfall came in a single night.", JUNE_2026)).toEqual([
      'May = 2026-05',
      'timeml: May = 2026-05',
    ]);
  });

  it("takes a share only of a month's figure, not a day named with a or the", () => {
    expect("a third of May's sales".match(THIRD_OF_MONTH)).toEqual(['third of']);
    expect('a third of May'.match(THIRD_OF_MONTH)).toBeNull();
    expect("on the third of May's opening day".match(THIRD_OF_MONTH)).toBeNull();
  });
});
