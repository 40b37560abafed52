import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const DECEMBER = { published: '2025-12-10', locale: 'en-GB' } as const;
const read = (text: string) => findMentions(text, DECEMBER).map((m) => [m.text, m.value]);
const readTimeml = (text: string) =>
  findTimemlMentions(text, DECEMBER).map((m) => [m.text, m.value]);

describe('a month after a present of change that opens its sentence', () => {
  it.each([
    ['The price cap rises in January.', 'January', '2026-01'],
    ['Energy bills rise in January by 2%.', 'January', '2026-01'],
    ['Bus fares go up in February to $2.50.', 'February', '2026-02'],
    ['The minimum wage increases in early March.', 'early March', '2026-03'],
    // A subject word ending in "-ed" is no past form.
    ['Red Line fares rise in January.', 'January', '2026-01'],
    ['The speed camera fine rises in January to $150.', 'January', '2026-01'],
    ['Bed tax rises in February to 6 percent.', 'February', '2026-02'],
    // Plural verbs.
    ['Fares increase in January by 3 percent.', 'January', '2026-01'],
    ['Water bills double in January.', 'January', '2026-01'],
    // Up to four months ahead.
    ['The minimum wage rises in April to $15.', 'April', '2026-04'],
    ['The state pension rises in April by 4.1%.', 'April', '2026-04'],
    // The amount told before the month.
    ['The state pension rises by 4.8% in April.', 'April', '2026-04'],
    ['The price cap rises to £1,758 in January.', 'January', '2026-01'],
    ['Energy bills rise 2% in January.', 'January', '2026-01'],
    ['Rents go up by £50 a month in February.', 'February', '2026-02'],
    ['Bus fares rise by 5p in February.', 'February', '2026-02'],
  ])('reads %j, said in December, as the coming month', (text, words, value) => {
    expect(read(text)).toEqual([[words, value]]);
    expect(readTimeml(text)).toEqual([[words, value]]);
  });

  it.each([
    // A noun that looks like a verb, with its own verb after the month.
    ['Power cuts in January left 40,000 homes without heat.', 'January', '2025-01'],
    ['Salary increases in January averaged 3.1 percent.', 'January', '2025-01'],
    // A past in the sentence.
    ['A man was shot dead in Sioux Falls in January.', 'January', '2025-01'],
    ['The price cap rises in January, Ofgem said.', 'January', '2025-01'],
    // A month behind publication: figures perhaps just out.
    ['Unemployment rises in November.', 'November', '2025-11'],
    // More than four months ahead.
    ['The state pension rises in May by 4.1%.', 'May', '2025-05'],
    // A generic change, not a price, charge or rate a schedule changes.
    ['Heavy snow falls in January.', 'January', '2025-01'],
    ['Gym attendance drops in February.', 'February', '2025-02'],
    ['Heating costs rise in January.', 'January', '2025-01'],
    // An amount before a month behind publication, or before a generic change.
    ['Prices rise 0.4% in November.', 'November', '2025-11'],
    ['Heating costs rise 8% in January.', 'January', '2025-01'],
    // A word that is no amount between the verb and the month.
    ['Fares rise sharply in January.', 'January', '2025-01'],
  ])('keeps %j, said in December, on the month gone by', (text, words, value) => {
    expect(read(text)).toContainEqual([words, value]);
  });

  it('reads a habit ("Unemployment usually rises in January"), said in December, as any year\'s month, not the coming one', () => {
    expect(read('Unemployment usually rises in January.')).toContainEqual(['January', 'XXXX-01']);
  });
});
