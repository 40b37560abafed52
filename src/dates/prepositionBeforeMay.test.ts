import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { prepositionBeforeMay } from './prepositionBeforeMay.ts';

const PUBLISHED = { published: '2025-03-12', locale: 'en-US' } as const; // a Wednesday

/** Each mention's words and value. */
function read(text: string): string[] {
  return findMentions(text, PUBLISHED).map((m) => `${m.text} = ${m.value}`);
}

describe('prepositionBeforeMay', () => {
  it('reads May after a preposition as the month, as June is read there', () => {
    for (const [may, june] of [
      ['The trial was adjourned until May.', 'The trial was adjourned until June.'],
      ['The office will stay closed until May.', 'The office will stay closed until June.'],
      ['Talks continue through May.', 'Talks continue through June.'],
      ['The work will be done by May.', 'The work will be done by June.'],
      ['Prices have risen since May.', 'Prices have risen since June.'],
      ['The vote was delayed to May.', 'The vote was delayed to June.'],
      ['It rained throughout May.', 'It rained throughout June.'],
      ['Fares rise from May.', 'Fares rise from June.'],
    ]) {
      const [month] = findMentions(june!, PUBLISHED);
      expect(month, june).toBeDefined();
      const expected = `May = ${month!.value.slice(0, 5)}05`;
      expect(read(may!), may).toEqual([expected]);
    }
  });

  it('reads May after a plan and "for" as the month, as June is read there', () => {
    for (const [may, june] of [
      [
        "The company's annual meeting is scheduled for May.",
        "The company's annual meeting is scheduled for June.",
      ],
      ['The launch is planned for May.', 'The launch is planned for June.'],
      ['Talks are set for May.', 'Talks are set for June.'],
      ['A ruling is due for May.', 'A ruling is due for June.'],
    ]) {
      const [month] = findMentions(june!, PUBLISHED);
      expect(month, june).toBeDefined();
      expect(read(may!), may).toEqual([`May = ${month!.value.slice(0, 5)}05`]);
    }
  });

  it('does not read May after a plan and "for" when "to" and a verb follow it, nor after "needed" or "based"', () => {
    for (const text of [
      'The stage is set for May to face a confidence vote.',
      'He was set for May to win.',
      'Support was needed for May to survive the vote.',
      'Support was needed for May.',
      'The test was based for May in the lab.',
    ])
      expect(read(text), text).toEqual([]);
  });

  it('does not read May after "for" without a plan before it', () => {
    for (const text of ['It was a victory for May.', 'Support for May grew.'])
      expect(read(text), text).toEqual([]);
  });

  it('does not read the verb, the question or the person called May', () => {
    expect(read('He may resign.')).toEqual([]);
    expect(read('May I ask a question?')).toEqual([]);
    expect(read('Theresa May said it was over.')).toEqual([]);
    expect(read('The plan was a blow to May, who said she would stay.')).toEqual([]);
  });

  it('leaves every May alone in a text that names a person May', () => {
    const text = 'Theresa May met the cabinet. The vote was a blow to May.';
    expect(prepositionBeforeMay(text)).toBe(text);
    const month = 'Theresa May said she would leave in May.';
    expect(read(month)).toEqual(['May = 2025-05']);
  });

  it('does not read May as the month when the words after it make it a name or the holiday', () => {
    expect(read('The report was sent to May and Johnson.')).toEqual([]);
    expect(read('It will be up to May to decide.')).toEqual([]);
    expect(read('The march was organised by May Day protesters.')).toEqual([]);
    expect(read('He was appointed by May in 2016.')).toEqual(['2016 = 2016']);
  });

  it('still reads May as the month before "and" another month', () => {
    const [june] = findMentions('Sales will rise by June.', PUBLISHED);
    expect(read('Sales will rise by May and June.')).toEqual([
      `May = ${june!.value.slice(0, 5)}05`,
      `June = ${june!.value}`,
    ]);
  });

  it('does not take a capitalised article before May for a first name', () => {
    const text = 'The May elections were held. The count runs until May.';
    expect(prepositionBeforeMay(text)).not.toBe(text);
  });

  it('does not take the capital a sentence or clause starts with for a first name', () => {
    for (const text of [
      'Between May and July, sales rose 5%, and they have fallen since May, data showed.',
      'Starting May, fares rise, and they will stay high through May.',
      'Sales fell. Between May and July, they have fallen since May.',
    ])
      expect(prepositionBeforeMay(text), text).not.toBe(text);
    const june = findMentions('Fares will stay high through June.', PUBLISHED)[0];
    expect(read('Starting May, fares rise, and they will stay high through May.')).toContain(
      `May = ${june!.value.slice(0, 5)}05`,
    );
  });

  it('still takes a name a sentence starts with for a person when a verb follows May', () => {
    const text = 'Sales fell. Theresa May met the cabinet. The vote was a blow to May.';
    expect(prepositionBeforeMay(text)).toBe(text);
  });

  it('reads May after "between" as the start of a range of months', () => {
    const [july] = findMentions('Prices rose in July.', PUBLISHED);
    const year = july!.value.slice(0, 4);
    expect(read('Between May and July, prices rose.')).toEqual([
      `Between May and July = ${year}-05/${year}-07`,
    ]);
    expect(read('A rift opened between May and Johnson.')).toEqual([]);
  });

  it('reads May after "between" as the month only when a date follows "and"', () => {
    expect(read('Relations between May and her ministers soured.')).toEqual([]);
    expect(read('The feud between May and the unions grew.')).toEqual([]);
    const [july] = findMentions('Sales rose in July.', PUBLISHED);
    const may = `May = ${july!.value.slice(0, 5)}05`;
    expect(read('Sales rose between May and early July.')).toContain(may);
    expect(read('Prices rose between May and the end of the year.')).toContain(may);
  });

  it('does not read May after a word of writing, address, turning or loyalty and "to" as the month', () => {
    expect(read('Voters turned to May in the 2017 election.')).toEqual(['2017 = 2017']);
    expect(read('In a letter to May, the minister wrote that talks had failed.')).toEqual([]);
    expect(read('The envoy wrote to May last week.')).toEqual(['last week = 2025-W10']);
    expect(read('Rebel MPs stayed loyal to May.')).toEqual([]);
    expect(read('Farmers appealed to May for help.')).toEqual([]);
  });

  it('reads May after "turned to" as the month in a text that names no person May', () => {
    for (const [may, june] of [
      ['Attention turned to May elections.', 'Attention turned to June elections.'],
      ['Investors turned to May contracts.', 'Investors turned to June contracts.'],
      ['Focus turned to May and June sales.', 'Focus turned to June and July sales.'],
      [
        'Attention now turns to May, when the vote is held.',
        'Attention now turns to June, when the vote is held.',
      ],
    ]) {
      const month = findMentions(june!, PUBLISHED).find((m) => m.text === 'June');
      expect(month, june).toBeDefined();
      const found = findMentions(may!, PUBLISHED).find((m) => m.text === 'May');
      expect(found?.value, may).toMatch(/^\d{4}-05$/);
    }
    expect(read('Theresa May won. Voters turned to May in droves.')).toEqual([]);
  });

  it('still reads May after a verb of putting off and "to" as the month', () => {
    const june = findMentions('The vote was moved to June.', PUBLISHED)[0]!.value;
    expect(read('The vote was moved to May.')).toEqual([`May = ${june.slice(0, 5)}05`]);
    expect(read('The vote was delayed to May.')).toEqual([`May = ${june.slice(0, 5)}05`]);
    const june5 = findMentions('Attention turned to June 5, when polls open.', PUBLISHED)[0]!;
    expect(read('Attention turned to May 5, when polls open.')).toEqual([
      `May 5 = ${june5.value.slice(0, 5)}05-05`,
    ]);
  });

  it('keeps a range of months whole, its connector unchanged', () => {
    expect(read('The sale runs from March until May.')).toEqual([
      'March until May = 2025-03/2025-05',
    ]);
    expect(prepositionBeforeMay('from March until May')).toBe('from March until May');
  });

  it('keeps the words before May at their length, so offsets stay', () => {
    const text = 'The exhibit runs until May.';
    expect(prepositionBeforeMay(text)).toHaveLength(text.length);
    const [m] = findMentions(text, PUBLISHED);
    expect(text.slice(m!.start, m!.end)).toBe('May');
  });

  it('reads "on the first of May", said on 10 April 1998, as 1998-05-01', () => {
    const at = { published: '1998-04-10', locale: 'en-US' } as const;
    const day = (text: string) => findMentions(text, at).map((m) => `${m.text} = ${m.value}`);
    expect(day('the vote is on the first of May.')).toEqual(['first of May = 1998-05-01']);
    expect(day('the vote is on the twenty first of May.')).toEqual([
      'twenty first of May = 1998-05-21',
    ]);
    expect(day('the talks run from the second of May to the fifth of June.')).toEqual([
      'second of May = 1998-05-02',
      'fifth of June = 1998-06-05',
    ]);
  });

  it('keeps "a third of May sales", said on 10 April 1998, as the month of May', () => {
    const at = { published: '1998-04-10', locale: 'en-US' } as const;
    expect(
      findMentions('a third of May sales were lost.', at).map((m) => `${m.text} = ${m.value}`),
    ).toEqual(['May = 1997-05']);
  });

  it('keeps "Prices fell in the last third of May", said on 15 June 1998, as the month of May (review)', () => {
    const at = { published: '1998-06-15', locale: 'en-US' } as const;
    expect(
      findMentions('Prices fell in the last third of May, traders said.', at).map(
        (m) => `${m.text} = ${m.value}`,
      ),
    ).toEqual(['May = 1998-05']);
  });
});
