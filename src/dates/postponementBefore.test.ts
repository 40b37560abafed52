import { describe, expect, it } from 'vitest';
import { postponementBefore } from './postponementBefore.ts';

describe('postponementBefore', () => {
  it('finds a verb of putting off with to or until right before the new date', () => {
    for (const before of [
      'The ballot was pushed back to ',
      'Organisers moved the final forward to ',
      'The vote, shifted to ',
      'The final has been moved to ',
      'Organisers postponed the concert until ',
      'The judge adjourned the hearing to ',
      'The launch, delayed twice, was rescheduled for ',
      'The council put the decision off until ',
      'Talks were deferred till the ',
    ])
      expect(postponementBefore(before, before.length), before).toBe('to');
  });

  it('finds the same verbs with from right before the date given up', () => {
    for (const before of ['The vote was postponed from ', 'Officials moved the summit from '])
      expect(postponementBefore(before, before.length), before).toBe('from');
  });

  it('finds moved, pushed or shifted without a passive when the thing moved stands before the to', () => {
    for (const before of [
      'Lawmakers pushed the vote to ',
      'The board moved the meeting to ',
      'The league shifted the final two games until ',
      'Organisers moved the annual summit to ',
    ])
      expect(postponementBefore(before, before.length), before).toBe('to');
  });

  it('does not take a move to a place or a date after another word for one put off', () => {
    for (const before of [
      'The company moved to Paris in ',
      'The flight was delayed on ',
      'He moved to the capital. On ',
      'Shares rose to a high on ',
      'Prices are down from ',
      'The focus shifted to ',
      'Investors moved to ',
      'Voters pushed the party to ',
    ])
      expect(postponementBefore(before, before.length), before).toBeUndefined();
  });
});
