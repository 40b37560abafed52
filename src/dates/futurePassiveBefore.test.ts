import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { FUTURE_PASSIVE_BEFORE } from './futurePassiveBefore.ts';

// Monday 9 March 2026: 12 December and 12 January are both less than three months gone by.
const MONDAY = { published: '2026-03-09', locale: 'en-GB' } as const;
const read = (text: string) =>
  [findMentions, findTimemlMentions].map((find) => find(text, MONDAY).map((m) => m.value));

describe("a future's passive right before a day and month puts the day ahead", () => {
  it.each([
    ['The road will be closed on 12 December.', '2026-12-12'],
    ['The meeting will be held on 12 January.', '2027-01-12'],
    ['The bridge will stay shut on 12 December.', '2026-12-12'],
    ['The pool will be closed until 12 January.', '2027-01-12'],
  ])('reads "%s" as %s in both readings', (text, value) => {
    expect(read(text)).toEqual([[value], [value]]);
  });

  it('keeps the year of a stretch begun days before publication', () => {
    const june10 = { published: '2025-06-10', locale: 'en-GB' } as const;
    expect(findMentions('Trading will be suspended from 9 to 12 June.', june10)[0]?.value).toBe(
      '2025-06-09/2025-06-12',
    );
    expect(
      findTimemlMentions('Trading will be suspended from 9 to 12 June.', june10).map(
        (m) => m.value,
      ),
    ).toEqual(['2025-06-09', '2025-06-12']);
  });

  it('reads a US day and month alike', () => {
    expect(read('The road will be closed on January 12.')[0]).toEqual(['2027-01-12']);
  });

  it.each([
    ['The meeting was to be held on 12 January.', '2026-01-12'],
    ['Officials said the road would be closed on 12 January.', '2026-01-12'],
    ['The road was closed on 12 January.', '2026-01-12'],
  ])('keeps the day gone by in "%s" (no "will" before the "be")', (text, value) => {
    expect(read(text)[0]).toEqual([value]);
  });

  it.each([
    ['Residents will be compensated for losses on 12 December.', '2025-12-12'],
    ['Staff will be paid for overtime on 28 February.', '2026-02-28'],
  ])('keeps the day gone by in "%s" (what one is paid for, not closed for)', (text, value) => {
    expect(read(text)).toEqual([[value], [value]]);
  });

  it('reads "shut for repairs from 12 January" ahead', () => {
    expect(read('The road will be shut for repairs from 12 January.')).toEqual([
      ['2027-01-12'],
      ['2027-01-12'],
    ]);
  });

  it('needs the participle right before the day', () => {
    expect(FUTURE_PASSIVE_BEFORE.test('The road will be closed on ')).toBe(true);
    expect(FUTURE_PASSIVE_BEFORE.test("The road won't be reopened until ")).toBe(true);
    expect(FUTURE_PASSIVE_BEFORE.test('The road will be closed to traffic on ')).toBe(true);
    expect(FUTURE_PASSIVE_BEFORE.test('The road will be closed for repairs after ')).toBe(false);
    expect(FUTURE_PASSIVE_BEFORE.test('Residents will be compensated for losses on ')).toBe(false);
    expect(FUTURE_PASSIVE_BEFORE.test('The road will be closed after the crash on ')).toBe(false);
  });
});
