import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// A Monday.
const at = { published: '1998-02-23', locale: 'en-US' } as const;
const both = (text: string) => [
  findMentions(text, at).map((m) => `${m.text} ${m.value}`),
  findTimemlMentions(text, at).map((m) => `${m.text} ${m.value}`),
];

describe('a spoken clock a thing ended around last night', () => {
  it('reads "the talks ended around one thirty last night", said on 23 February 1998, as 1998-02-23T01:30', () => {
    const found = ['around one thirty last night 1998-02-23T01:30'];
    expect(both('the talks ended around one thirty last night.')).toEqual([found, found]);
  });

  it('reads "the meeting ended around eleven fifteen last night" as 1998-02-22T23:15', () => {
    const found = ['around eleven fifteen last night 1998-02-22T23:15'];
    expect(both('the meeting ended around eleven fifteen last night.')).toEqual([found, found]);
  });

  it('keeps "the dollar ended around one twenty-five yesterday" a price', () => {
    for (const reading of both('the dollar ended around one twenty-five yesterday.'))
      expect(reading).toEqual(['yesterday 1998-02-22']);
  });
});

describe('a price a market ended around at night stays a price (review)', () => {
  it('reads no clock in "the yen ended around one twenty-eight last night in New York"', () => {
    for (const reading of both('the yen ended around one twenty-eight last night in New York.'))
      expect(reading.join(' ')).not.toContain('T01:28');
  });

  it('reads no clock in "the dollar ended about one thirty-two last night"', () => {
    for (const reading of both('the dollar ended about one thirty-two last night.'))
      expect(reading.join(' ')).not.toContain('T01:32');
  });

  it('reads "the vigil ended about eleven forty-five last night" as 1998-02-22T23:45', () => {
    for (const reading of both('the vigil ended about eleven forty-five last night.'))
      expect(reading.join(' ')).toContain('1998-02-22T23:45');
  });
});
