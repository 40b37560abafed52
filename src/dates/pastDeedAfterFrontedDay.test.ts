import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { pastDeedAfterFrontedDay } from './pastDeedAfterFrontedDay.ts';

// Wednesday 10 March 1999, British copy: the May to come is this year's, the May gone by last's.
const MARCH_10 = { published: '1999-03-10', locale: 'en-GB' } as const;
const YEAR = Number(MARCH_10.published.slice(0, 4));
const values = (text: string) =>
  [findMentions(text, MARCH_10), findTimemlMentions(text, MARCH_10)].map((read) =>
    read.map((m) => m.value),
  );

describe('a day and month opening the sentence before a main clause in the simple past', () => {
  it('reads "On the fifth of May, nineteen more soldiers arrived", said on 10 March 1999, as 5 May of the year before, in both readings', () => {
    const day = `${YEAR - 1}-05-05`;
    expect(values('On the fifth of May, nineteen more soldiers arrived.')).toEqual([[day], [day]]);
  });

  it.each([
    ['On 12 May, forty more refugees crossed the border.', '05-12'],
    ['On May 12, the rebels seized the airport.', '05-12'],
    ['On 2 April, the last of the hostages went home.', '04-02'],
    ['On 20 April, the privatised railway raised its fares.', '04-20'],
    ["On 3 May, the city's renovated railway raised its fares.", '05-03'],
    ["On 12 May, the council's elected members voted to close the pool.", '05-12'],
    ["On 20 April, the hospital's senior doctors wrote to the minister.", '04-20'],
    ['On 2 October, the union agreed to a pay freeze.', '10-02'],
  ])('reads %j, said on 10 March 1999, as the day gone by', (text, day) => {
    expect(values(text)[0]).toEqual([`${YEAR - 1}-${day}`]);
  });

  it.each([
    ['On 12 May, the council was to vote on the plan.', '05-12'],
    ['On 12 May, the vote was expected to decide the matter.', '05-12'],
    ["On 12 May, the council's elected members will vote to close the pool.", '05-12'],
    ['On 12 May, voters will choose a new council.', '05-12'],
    ['On 12 May, the talks open in Geneva.', '05-12'],
    ['On 1 April, the newly privatised railway raises its fares.', '04-01'],
    ['On 20 April, the privatised railway raises its fares.', '04-20'],
    ["On 1 April, the city's renovated stations reopen to the public.", '04-01'],
    ['The refugees crossed the border, on 12 May, officials expect.', '05-12'],
  ])('still reads %j, said on 10 March 1999, as the day to come', (text, day) => {
    expect(values(text)[0]).toEqual([`${YEAR}-${day}`]);
  });

  it('needs the day to open the sentence and the comma right after it', () => {
    expect(pastDeedAfterFrontedDay('On 12 May, refugees crossed.', 3, 9)).toBe(true);
    expect(pastDeedAfterFrontedDay('He said on 12 May, refugees crossed.', 11, 17)).toBe(false);
    expect(pastDeedAfterFrontedDay('On 12 May refugees crossed.', 3, 9)).toBe(false);
  });
});
