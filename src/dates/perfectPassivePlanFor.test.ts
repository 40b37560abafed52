import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const read = (text: string, published: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, { published, locale: 'en-US' }).map((m) => `${m.text} = ${m.value}`),
  );

describe('the date a present perfect passive has set', () => {
  it('reads "Sentencing has been set for Aug. 12" as the coming Aug. 12', () => {
    expect(read('Sentencing has been set for Aug. 12.', '2026-05-06')).toEqual([
      ['Aug. 12 = 2026-08-12'],
      ['Aug. 12 = 2026-08-12'],
    ]);
  });

  it('reads "Sentencing has been set for Thursday" as the coming Thursday', () => {
    expect(read('Sentencing has been set for Thursday.', '2026-05-06')).toEqual([
      ['Thursday = 2026-05-07'],
      ['Thursday = 2026-05-07'],
    ]);
  });

  it('reads "The retrial has been set for August" as the coming August', () => {
    expect(read('The retrial has been set for August.', '2026-05-06')).toEqual([
      ['August = 2026-08'],
      ['August = 2026-08'],
    ]);
  });

  it('reads "A hearing has been provisionally set for Sept. 8" as the coming Sept. 8', () => {
    expect(read('A hearing has been provisionally set for Sept. 8.', '2026-05-06')).toEqual([
      ['Sept. 8 = 2026-09-08'],
      ['Sept. 8 = 2026-09-08'],
    ]);
  });

  it('leaves "Sentencing had been set for Aug. 12 but was delayed" to its past perfect', () => {
    expect(read('Sentencing had been set for Aug. 12 but was delayed.', '2026-05-06')).toEqual([
      ['Aug. 12 = 2025-08-12'],
      ['Aug. 12 = 2025-08-12'],
    ]);
  });

  it('leaves "Sentencing was set for Aug. 12" to its simple past', () => {
    expect(read('Sentencing was set for Aug. 12.', '2026-05-06')).toEqual([
      ['Aug. 12 = 2025-08-12'],
      ['Aug. 12 = 2025-08-12'],
    ]);
  });
});
