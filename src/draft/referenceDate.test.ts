import { describe, expect, it } from 'vitest';
import { referenceDate } from './referenceDate.ts';

/** The sentence cut around the date words in brackets. */
const read = (sentence: string) => {
  const [before, expression, after] = sentence.split(/[[\]]/) as [string, string, string];
  return referenceDate(before, expression, after);
};

describe('referenceDate', () => {
  it.each([
    'Turnout was the highest since [1992], the commission said.',
    'Rents in Porto fell for the first time since [2015].',
    'It was the worst drought since the [1976] heatwave.',
    'Sales grew the most since [March 2020] in the quarter.',
    'Prices have posted their biggest rise since [2019].',
    'The first time since [2019] that the river froze, ferries have stopped.',
  ])('reads a comparison in “%s”', (sentence) => {
    expect(read(sentence)).toBe('comparison');
  });

  it.each([
    'The lighthouse keeper has lived on the island since [1998].',
    '[Since Monday], the ferry has not sailed.',
    'The two mayors have not spoken since [May 2021].',
    'Wages have risen at least since [2018].',
    'The largest union has been on strike since [March 3].',
    'Most residents have stayed indoors since [Monday].',
    'The first patients have been in hospital since [Friday].',
    'It is the first visit since the queen opened the bridge in [1994].',
    'Turnout was the highest since [1992], when the old mayor won a third term.',
  ])('reads no comparison in “%s”, which dates a stretch or what its clause tells', (sentence) => {
    expect(read(sentence)).toBeUndefined();
  });

  it.each([
    "Growers met the minister ahead of [Friday]'s vote on subsidies.",
    'The council adjourned before the [April 2] hearing.',
    'Unions marched in the run-up to the [2024] election.',
    'Pilots walked out before the vote on [Thursday].',
    "Ahead of [Friday]'s vote, the growers met the minister.",
    'Before her [Sunday night] speech, the mayor toured the harbour.',
  ])('reads a later happening the event came before in “%s”', (sentence) => {
    expect(read(sentence)).toBe('later-happening');
  });

  it.each([
    "Growers will meet the minister ahead of [Friday]'s vote on subsidies.",
    'The council must decide before [Friday].',
    'The strike comes before a [Friday] deadline set by the port authority.',
    'Ministers met before [Thursday] to agree a text.',
    "Ahead of [Friday]'s vote, the growers will meet the minister.",
    "The Senate was expected to vote before [Friday]'s recess.",
    'The growers were due to meet the minister ahead of the [Friday] vote.',
  ])('keeps “%s” dated by it: a plan, a bare bound, or a later happening it tells', (sentence) => {
    expect(read(sentence)).toBeUndefined();
  });
});
