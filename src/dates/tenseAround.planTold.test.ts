import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { weekdayByTense } from './weekdayByTense.ts';
import { weekdayNumber } from './weekdayNames.ts';

const first = (text: string, published: string) =>
  findMentions(text, { published, locale: 'en-GB' })[0]?.value;
const year = (published: string, amount: number) => String(Number(published.slice(0, 4)) + amount);

describe('a plan told in the past after a fronted day and month', () => {
  it('reads "On 9 September, the trust\'s board was to meet in Leeds", said on 15 February 2006, as the coming September', () => {
    const published = '2006-02-15';
    expect(first("On 9 September, the trust's board was to meet in Leeds.", published)).toBe(
      `${year(published, 0)}-09-09`,
    );
  });

  it('reads "On 21 August, the museum\'s restored gallery was to reopen to the public, the trustees said", said on 9 May 2001, as the coming August', () => {
    const published = '2001-05-09';
    expect(
      first(
        "On 21 August, the museum's restored gallery was to reopen to the public, the trustees said.",
        published,
      ),
    ).toBe(`${year(published, 0)}-08-21`);
  });

  it('keeps a day a few weeks gone: "On 9 January, the trust\'s board was to meet in Leeds", said on 15 February 2006', () => {
    const published = '2006-02-15';
    expect(first("On 9 January, the trust's board was to meet in Leeds.", published)).toBe(
      `${year(published, 0)}-01-09`,
    );
  });

  it('keeps a plan that came to nothing gone by: "On 21 August, the museum\'s restored gallery was to have reopened, but the work ran late"', () => {
    const published = '2001-05-09';
    expect(
      first(
        "On 21 August, the museum's restored gallery was to have reopened, but the work ran late.",
        published,
      ),
    ).toBe(`${year(published, -1)}-08-21`);
  });

  it('keeps a deed gone by: "On 9 September, the trust\'s board met in Leeds"', () => {
    const published = '2006-02-15';
    expect(first("On 9 September, the trust's board met in Leeds.", published)).toBe(
      `${year(published, -1)}-09-09`,
    );
  });

  it('keeps a plan undone gone by: "On 9 September, the board was to meet but the meeting was cancelled", said on 15 February 2006', () => {
    const published = '2006-02-15';
    expect(
      first('On 9 September, the board was to meet but the meeting was cancelled.', published),
    ).toBe(`${year(published, -1)}-09-09`);
  });

  it('reads "On 21 August, the gallery was due to reopen, but the work ran late", said on 9 May 2001, as the August gone by', () => {
    const published = '2001-05-09';
    expect(
      first('On 21 August, the gallery was due to reopen, but the work ran late.', published),
    ).toBe(`${year(published, -1)}-08-21`);
  });

  it('reads "On 1 December, the plant was scheduled to close, but it was reprieved", said on 10 April 2008, as the December gone by', () => {
    const published = '2008-04-10';
    expect(
      first('On 1 December, the plant was scheduled to close, but it was reprieved.', published),
    ).toBe(`${year(published, -1)}-12-01`);
  });

  it('reads "On 3 March, the ferry service was due to resume, but storms kept the boats in port", said on 16 June 2004, as that March, not the next', () => {
    const published = '2004-06-16';
    expect(
      first(
        'On 3 March, the ferry service was due to resume, but storms kept the boats in port.',
        published,
      ),
    ).toBe(`${year(published, 0)}-03-03`);
  });

  it('reads "On 1 December, the plant was scheduled to close, but the union said it had not been consulted", said on 10 April 2008, as the coming December (a saying after "but" undoes nothing)', () => {
    const published = '2008-04-10';
    expect(
      first(
        'On 1 December, the plant was scheduled to close, but the union said it had not been consulted.',
        published,
      ),
    ).toBe(`${year(published, 0)}-12-01`);
  });

  it('reads "On 30 November, the pit was due to close, but miners voted last night to fight on", said on 10 April 2008, as the coming November (news of the last day after "but")', () => {
    const published = '2008-04-10';
    for (const text of [
      'On 30 November, the pit was due to close, but miners voted last night to fight on.',
      'On 30 November, the pit was due to close, but the council refused on Tuesday to grant a licence.',
    ])
      expect(first(text, published)).toBe(`${year(published, 0)}-11-30`);
    expect(
      first(
        'On 30 November, the pit was due to close, but the council refused a licence.',
        published,
      ),
    ).toBe(`${year(published, -1)}-11-30`);
  });

  it('keeps a plan ahead when what follows "but" is still to come', () => {
    const published = '2001-05-09';
    for (const text of [
      'On 21 August, the gallery was due to reopen, but the date may slip.',
      'On 21 August, the gallery was due to reopen, but officials said it would open a week late.',
      'On 21 August, the gallery was due to reopen, but the trustees hope to open sooner.',
    ])
      expect(first(text, published)).toBe(`${year(published, 0)}-08-21`);
  });

  it(`reads "On Friday, the trust's board was to meet in Leeds", said on Wednesday 15 February 2006, as the coming Friday`, () => {
    const published = '2006-02-15';
    expect(first("On Friday, the trust's board was to meet in Leeds.", published)).toBe(
      weekdayByTense(weekdayNumber('Friday'), published, 'future'),
    );
    expect(first('On Thursday, ministers were to publish the report.', published)).toBe(
      weekdayByTense(weekdayNumber('Thursday'), published, 'future'),
    );
  });

  it('reads "On Tuesday, the minister was to fly to Brussels; he stayed in London to vote", said on Wednesday 15 February 2006, as the Tuesday gone by (a past after the plan tells what came of it)', () => {
    const published = '2006-02-15';
    expect(
      first(
        'On Tuesday, the minister was to fly to Brussels; he stayed in London to vote.',
        published,
      ),
    ).toBe(weekdayByTense(weekdayNumber('Tuesday'), published, 'past'));
    expect(
      first('On Monday, the board was to meet in Leeds; by Tuesday it had met twice.', published),
    ).toBe(weekdayByTense(weekdayNumber('Monday'), published, 'past'));
    expect(
      first('On Friday, the board was to meet in Leeds; it will vote on the budget.', published),
    ).toBe(weekdayByTense(weekdayNumber('Friday'), published, 'future'));
  });

  it('reads "On Monday, the jury was to begin its deliberations. Instead, the judge declared a mistrial.", said on Wednesday 15 February 2006, as the Monday gone by (the next sentence tells what came of the plan)', () => {
    const published = '2006-02-15';
    const text =
      'On Monday, the jury was to begin its deliberations. Instead, the judge declared a mistrial.';
    expect(first(text, published)).toBe(weekdayByTense(weekdayNumber('Monday'), published, 'past'));
    expect(
      first(
        'On Monday, the jury was to begin its deliberations. The judge will sit at ten.',
        published,
      ),
    ).toBe(weekdayByTense(weekdayNumber('Monday'), published, 'future'));
  });

  it('keeps a weekday gone by where the plan came to nothing or was a deed', () => {
    const published = '2006-02-15';
    const gone = weekdayByTense(weekdayNumber('Friday'), published, 'past');
    for (const text of [
      "On Friday, the trust's board met in Leeds.",
      'On Friday, the board was to have met, but the meeting was cancelled.',
      'On Friday, the board was to meet but the meeting was called off.',
    ])
      expect(first(text, published)).toBe(gone);
  });

  it('reads "On Monday, the board met and was to vote on Friday", said on Wednesday 15 February 2006, as the Monday gone by: a plan joined by "and" to a deed is no plan of the fronted day', () => {
    const published = '2006-02-15';
    for (const text of [
      'On Monday, the board met and was to vote on Friday.',
      'On Monday, the ministers met and then were to publish the report.',
    ])
      expect(first(text, published)).toBe(
        weekdayByTense(weekdayNumber('Monday'), published, 'past'),
      );
    expect(first('On Monday, the mayor and council were to meet.', published)).toBe(
      weekdayByTense(weekdayNumber('Monday'), published, 'future'),
    );
  });

  it('reads "The board was to meet on Friday", said on Wednesday 15 February 2006, as the coming Friday, as "On Friday, the board was to meet" is', () => {
    const published = '2006-02-15';
    const coming = (day: string) => weekdayByTense(weekdayNumber(day), published, 'future');
    expect(first('The board was to meet on Friday.', published)).toBe(coming('Friday'));
    expect(first('Counting was to begin Tuesday.', published)).toBe(coming('Tuesday'));
    expect(first('Ministers were due to vote in Leeds on Thursday.', published)).toBe(
      coming('Thursday'),
    );
  });

  it('keeps a weekday after a plan that came to nothing or a deed gone by', () => {
    const published = '2006-02-15';
    const gone = weekdayByTense(weekdayNumber('Friday'), published, 'past');
    for (const text of [
      'The board was to meet on Friday, but the meeting was cancelled.',
      'The board was to have met on Friday.',
      'The board met on Friday.',
      'The vote was to take place on Friday but has been postponed.',
    ])
      expect(first(text, published)).toBe(gone);
  });
});

describe('a plan told in a relative clause or put off before a weekday', () => {
  it('keeps "The thrift\'s sale, which was to be completed Friday, has been delayed", said on Monday 20 November 1989, on the Friday gone by', () => {
    const published = '1989-11-20';
    const gone = weekdayByTense(weekdayNumber('Friday'), published, 'past');
    for (const text of [
      "The thrift's sale, which was to be completed Friday, has been delayed.",
      'The board was to meet on Friday, but it was postponed.',
      'The vote, which was due to take place Friday, went ahead.',
      'The board was to meet Friday; the meeting was postponed.',
    ])
      expect(first(text, published)).toBe(gone);
  });
});

describe('a plan told in the past before a day and month', () => {
  it('reads "The board was to meet on 9 September in Leeds, the chairman said", said on 15 February 2006, as the coming September, as the fronted form is', () => {
    const published = '2006-02-15';
    expect(
      first('The board was to meet on 9 September in Leeds, the chairman said.', published),
    ).toBe(`${year(published, 0)}-09-09`);
    expect(first('The gallery was to reopen on 21 August, the trustees said.', '2001-05-09')).toBe(
      `${year('2001-05-09', 0)}-08-21`,
    );
  });

  it('keeps a day a few months gone, a plan that came to nothing and one put off', () => {
    expect(first('The trial was to begin on 3 March, the court said.', '1997-05-14')).toBe(
      `${year('1997-05-14', 0)}-03-03`,
    );
    const published = '2006-02-15';
    for (const text of [
      'The board was to have met on 9 September.',
      'The board was to meet on 9 September, but the meeting was cancelled.',
      'The board was to meet on 9 September; the meeting was postponed.',
    ])
      expect(first(text, published)).toBe(`${year(published, -1)}-09-09`);
  });
});

describe('a plan told in the past before a day and month, undone by what never happened', () => {
  it('reads "The couple were to marry on 9 September. The groom never arrived.", said on 15 February 2006, as the September gone by', () => {
    const published = '2006-02-15';
    expect(
      first('The couple were to marry on 9 September. The groom never arrived.', published),
    ).toBe(`${year(published, -1)}-09-09`);
  });

  it('keeps "The couple were to marry on 9 September. The groom never arrives late." the coming September: a never in the present', () => {
    const published = '2006-02-15';
    expect(
      first('The couple were to marry on 9 September. The groom never arrives late.', published),
    ).toBe(`${year(published, 0)}-09-09`);
  });
});

describe('a plan told in the past before a weekday, undone by what was done instead', () => {
  it('reads "She was to marry him on Saturday; instead she fled to Paris", said on Wednesday 9 October 2002, as the Saturday gone by', () => {
    const published = '2002-10-09';
    const gone = (day: string) => weekdayByTense(weekdayNumber(day), published, 'past');
    expect(first('She was to marry him on Saturday; instead she fled to Paris.', published)).toBe(
      gone('Saturday'),
    );
    expect(
      first('The minister was to speak on Tuesday; instead, his deputy read it.', published),
    ).toBe(gone('Tuesday'));
    expect(
      first('The team was to fly home on Monday. Instead, it stayed in Oslo.', published),
    ).toBe(gone('Monday'));
  });

  it('leaves a plan with no "instead" after it ahead, and "instead" inside its own clause', () => {
    const published = '2002-10-09';
    const coming = (day: string) => weekdayByTense(weekdayNumber(day), published, 'future');
    for (const text of [
      'She was to marry him on Saturday, her mother said.',
      'She was to marry him on Saturday; the guests were to arrive on Friday.',
      'She was to marry him instead on Saturday.',
    ])
      expect(first(text, published)).toBe(coming('Saturday'));
  });

  it('leaves "The couple were to marry on Saturday; instead of a church, they chose a beach", said on Wednesday 9 October 2002, as the coming Saturday: "instead of" undoes no plan', () => {
    const published = '2002-10-09';
    const coming = (day: string) => weekdayByTense(weekdayNumber(day), published, 'future');
    expect(
      first(
        'The couple were to marry on Saturday; instead of a church, they chose a beach.',
        published,
      ),
    ).toBe(coming('Saturday'));
    expect(
      first(
        'The team was to fly home on Monday. Instead of flying, the players will take the train.',
        published,
      ),
    ).toBe(coming('Monday'));
  });
});
