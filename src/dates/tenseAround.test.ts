import { describe, expect, it } from 'vitest';
import { tenseAround } from './tenseAround.ts';

const tense = (sentence: string, words: string) => {
  const start = sentence.indexOf(words);
  return tenseAround(sentence, start, start + words.length);
};

describe('tenseAround', () => {
  it('reads a date next to until, by or deadline as future', () => {
    expect(tense('Russia has until Friday to act.', 'Friday')).toBe('future');
    expect(tense('It must agree by 8/8.', '8/8')).toBe('future');
    expect(tense('Talks came two days before a Friday deadline.', 'Friday')).toBe('future');
  });

  it('lets the nearer cue decide between said and will', () => {
    expect(tense('Trump said on Wednesday that he will meet Putin.', 'Wednesday')).toBe('past');
    expect(tense('He said the envoy will travel on Monday.', 'Monday')).toBe('future');
  });

  it('says unknown when the sentence has no cue', () => {
    expect(tense('Prices on Monday.', 'Monday')).toBe('unknown');
  });

  it('does not look past the end of the sentence', () => {
    expect(tense('Talks ended on Monday. Next talks will follow.', 'Monday')).toBe('past');
  });

  it('reads the present tense of a scheduling verb as future, as news writes plans', () => {
    expect(tense('Apple reports earnings on Thursday.', 'Thursday')).toBe('future');
    expect(tense('Polls open on Thursday.', 'Thursday')).toBe('future');
    expect(tense('The console goes on sale in February.', 'February')).toBe('future');
    expect(tense('Voters head to the polls on Thursday.', 'Thursday')).toBe('future');
    expect(tense('The summit opens Monday.', 'Monday')).toBe('future');
  });

  it('keeps the past tense of the same verbs, and said, as past', () => {
    expect(tense('Polls opened on Thursday.', 'Thursday')).toBe('past');
    expect(tense('The summit opened Monday.', 'Monday')).toBe('past');
    expect(tense('The company said on Thursday it had cut jobs.', 'Thursday')).toBe('past');
    expect(tense('Officials say the talks began on Monday.', 'Monday')).toBe('past');
  });

  it('does not take a plural noun or an adjective for a present-tense verb', () => {
    expect(tense('The head of the agency resigned on Monday.', 'Monday')).toBe('past');
    expect(tense('An open letter was published on Monday.', 'Monday')).toBe('past');
  });
});

describe('tenseAround: words next to the date', () => {
  it('reads "effective" and "through" before a date as a plan', () => {
    expect(tense('U.S. Trust created an office of the chairman, effective Feb. 1.', 'Feb. 1')).toBe(
      'future',
    );
    expect(tense('The bank extended loans through January.', 'January')).toBe('future');
  });

  it('reads a present passive of scheduling before the date as a plan', () => {
    expect(tense('He said he would not go if the case is heard in May.', 'May')).toBe('future');
  });
});
