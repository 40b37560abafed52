import { describe, expect, it } from 'vitest';
import { isComplementParticiple } from './isComplementParticiple.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Said on Wednesday 11 March 2026: the weekend to come is 2026-W11-WE, the one gone by 2026-W10-WE.
const read = (text: string, published = '2026-03-11') =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, { published, locale: 'en-GB' }).map((m) => `${m.text} = ${m.value}`),
  );

describe('a participle completing a verb, no past tense', () => {
  it('reads "The bridge will remain closed over the weekend" as the weekend to come', () => {
    expect(
      read('The bridge will remain closed over the weekend while engineers inspect it.'),
    ).toEqual([['the weekend = 2026-W11-WE'], ['the weekend = 2026-W11-WE']]);
  });

  it('reads "Negotiators hope to get the deal done over the weekend" as the weekend to come', () => {
    expect(
      read('Negotiators hope to get the deal done over the weekend.', '2026-10-14')[1],
    ).toEqual(['the weekend = 2026-W42-WE']);
  });

  it('reads "Many stores will offer extended hours over the weekend" as the weekend to come', () => {
    expect(
      read('Many stores will offer extended hours over the weekend.', '2026-12-16')[1],
    ).toEqual(['the weekend = 2026-W51-WE']);
  });

  it('still reads "The bridge remained closed over the weekend" as the weekend gone by', () => {
    expect(read('The bridge remained closed over the weekend.')[1]).toEqual([
      'the weekend = 2026-W10-WE',
    ]);
  });

  it('still reads "She claims to have finished the report on Monday" as the Monday gone by', () => {
    // After "to have" the participle is the perfect's own, a deed done.
    expect(read('She claims to have finished the report on Monday.')[1]).toEqual([
      'Monday = 2026-03-09',
    ]);
  });

  it('still reads "Aid will go to families affected on Monday" as the Monday gone by', () => {
    // "to" is a preposition there, and the participle tells what befell the families.
    expect(read('Aid will go to families affected on Monday.')[1]).toEqual(['Monday = 2026-03-09']);
  });

  it('still reads "Human remains discovered on Saturday will be examined" as the Saturday gone by', () => {
    // "remains" after "human" or a determiner is the noun, and its participle a past.
    expect(read('Human remains discovered on Saturday will be examined by pathologists.')).toEqual([
      ['on Saturday = 2026-03-07'],
      ['Saturday = 2026-03-07'],
    ]);
  });

  it('still reads "The needs identified on Monday will be met" as the Monday gone by', () => {
    // A verb of wish takes its participle only after an object.
    expect(read('The needs identified on Monday will be met within a month.')[1]).toContain(
      'Monday = 2026-03-09',
    );
  });

  it('still reads "Police will keep the area sealed off after the stabbing on Sunday" as the Sunday gone by', () => {
    // The Sunday is the stabbing's, an event told between the participle and the day.
    expect(read('Police will keep the area sealed off after the stabbing on Sunday.')[1]).toEqual([
      'Sunday = 2026-03-08',
    ]);
  });

  it('tells a participle after a verb of state or wish, or after a modal’s bare verb', () => {
    expect(isComplementParticiple('The bridge will remain ')).toBe(true);
    expect(isComplementParticiple('Officials want the budget ')).toBe(true);
    expect(isComplementParticiple('Many stores will offer ')).toBe(true);
    expect(isComplementParticiple('The bridge ')).toBe(false);
    expect(isComplementParticiple('She claims to have ')).toBe(false);
    expect(isComplementParticiple('Police want the man who ')).toBe(false);
    expect(isComplementParticiple('Officials would like the count ')).toBe(true);
    expect(isComplementParticiple('It will meet the needs of families ')).toBe(false);
    expect(isComplementParticiple('Cities like Boston ')).toBe(false);
    expect(isComplementParticiple('The film starring Will Smith ')).toBe(false);
    expect(isComplementParticiple('Aid will go to families ')).toBe(false);
    expect(isComplementParticiple('Human remains ')).toBe(false);
    expect(isComplementParticiple('The needs ')).toBe(false);
    expect(isComplementParticiple('The road remains ')).toBe(true);
    expect(isComplementParticiple('Police will keep the area ', ' off after the stabbing ')).toBe(
      false,
    );
  });
});
