import { describe, expect, it } from 'vitest';
import { findPassages } from './findPassages.ts';

const article = (text: string) => ({
  id: 'a',
  text,
  published: '2011-01-17',
  locale: 'en-US' as const,
});

describe('findPassages', () => {
  it('quotes the clause of each date where a sentence gives two that do not overlap', () => {
    const { dated } = findPassages(
      article('He fought pancreatic cancer in 2004 and took six months off in early 2009.'),
      [],
    );
    expect(dated.map((p) => [p.mention.text, p.quote])).toEqual([
      ['2004', 'He fought pancreatic cancer in 2004'],
      ['early 2009', 'and took six months off in early 2009.'],
    ]);
  });

  it('keeps a wire dateline that runs into the lead out of the lead and out of the drafts', () => {
    const text =
      'WASHINGTON, Jan. 17, 2011 (Reuters) - Apple said on Monday that Jobs would take leave.';
    const { dated, dateline } = findPassages(article(text), []);
    expect(dated.map((p) => [p.mention.text, p.quote])).toEqual([
      ['on Monday', 'Apple said on Monday that Jobs would take leave.'],
    ]);
    expect(dateline?.quote).toBe('WASHINGTON, Jan. 17, 2011 (Reuters) -');
  });

  it('keeps a date alone on one of the first lines, the day of publication, as the dateline', () => {
    const { dated, dateline, undated, leftOut } = findPassages(
      article(
        'Jobs takes leave\nJanuary 17, 2011\nJobs announced on Monday that he would take leave.',
      ),
      [],
    );
    expect(leftOut).toEqual([]);
    expect(dateline).toMatchObject({ quote: 'January 17, 2011', sentence: 1, words: [] });
    expect(dateline!.range).toEqual({ start: '2011-01-17', end: '2011-01-17' });
    expect(dated.map((p) => p.mention.text)).toEqual(['on Monday']);
    // The headline gives no date: it is offered for joining, the dated sentence is not.
    expect(undated.map((p) => p.quote)).toEqual(['Jobs takes leave']);
  });

  it('leaves out a date that stands alone further down, or is not the day of publication', () => {
    const { dateline, leftOut } = findPassages(
      article(
        'Jobs takes leave\nJanuary 12, 2011\nApple shares fell.\nHe spoke to staff.\nJanuary 17, 2011',
      ),
      [],
    );
    expect(dateline).toBeUndefined();
    expect(leftOut.map((l) => [l.expression, l.reason])).toEqual([
      ['January 12, 2011', 'date-alone'],
      ['January 17, 2011', 'date-alone'],
    ]);
  });

  it('offers a sentence whose every date stands in reported words as a telling', () => {
    const { tellings, dated } = findPassages(
      article(
        [
          'Jobs said that Apple sold 13.7 million Macs last year.',
          'This switch, he said, would happen next year.',
          'In a July 16 press conference, Jobs said that buyers would get a free case.',
          'Jobs announced on Monday that the store will open in June.',
          'If confirmed, the meeting would be the first since June 2021.',
        ].join(' '),
      ),
      [],
    );
    expect(tellings.map((t) => t.sentence)).toEqual([0, 1]);
    expect(tellings[0]!.quote).toBe('Jobs said that Apple sold 13.7 million Macs last year.');
    // The dated passages stay: what was said keeps its own date.
    expect(dated.map((p) => p.mention.text)).toContain('last year');
  });

  it("reads the status words from the date's own clause", () => {
    const { dated } = findPassages(
      article('Jobs announced on Monday that he would take medical leave.'),
      [],
    );
    expect(dated[0]!.clauseWords).toBe('Jobs announced  ');
  });

  it('does not propose a date that an editor already quotes, nor offer that sentence to join', () => {
    const text =
      'Jobs announced on Monday that he would take leave. Cook will run the company daily.';
    const { dated, undated, leftOut } = findPassages(article(text), [{ start: 0, end: 24 }]);
    expect(dated).toEqual([]);
    expect(leftOut.map((l) => [l.expression, l.reason])).toEqual([
      ['on Monday', 'already-quoted'],
      ['daily', 'not-a-calendar-date'],
    ]);
    expect(undated.map((p) => p.quote)).toEqual(['Cook will run the company daily.']);
  });

  it('leaves out durations and vague references, which place nothing on the calendar', () => {
    const { dated, leftOut } = findPassages(
      article('The talks lasted three hours and ended recently.'),
      [],
    );
    expect(dated).toEqual([]);
    expect(leftOut.every((l) => l.reason === 'not-a-calendar-date')).toBe(true);
    expect(leftOut.length).toBeGreaterThan(0);
  });
});

describe('findPassages, two dates of one passage that overlap', () => {
  it('dates the passage by the more precise one', () => {
    const { dated, leftOut } = findPassages(
      {
        ...article('Mr Trump has met Mr Zelensky several times this year, including in February.'),
        published: '2025-08-07',
      },
      [],
    );
    expect(dated.map((p) => p.mention.text)).toEqual(['February']);
    expect(leftOut.map((l) => [l.expression, l.reason])).toEqual([
      ['this year', 'same-date-in-passage'],
    ]);
  });
});

describe('findPassages, the date someone said it beside the date of what happened', () => {
  const wire = (text: string) => ({ ...article(text), published: '2025-03-05' });

  it('dates the passage by the stretch the event took, not by when officials said it', () => {
    const { dated, leftOut } = findPassages(
      wire(
        'Dock workers struck on March 3-5, halting all shipping, union officials said on Wednesday.',
      ),
      [],
    );
    expect(dated.map((p) => [p.mention.text, p.range])).toEqual([
      ['March 3-5', { start: '2025-03-03', end: '2025-03-05' }],
    ]);
    expect(leftOut.map((l) => l.reason)).not.toContain('same-date-in-passage');
  });

  it('lists the date of the saying it leaves out, with where it stands and why', () => {
    const text =
      'Dock workers struck on March 3-5, halting all shipping, union officials said on Wednesday.';
    const { leftOut } = findPassages(wire(text), []);
    const saying = leftOut.filter((l) => l.reason === 'date-of-saying');
    expect(saying).toHaveLength(1);
    const { expression, start } = saying[0]!;
    expect(expression).toMatch(/Wednesday$/);
    expect(text.slice(start, start + expression.length)).toBe(expression);
    expect(text.slice(start + expression.length)).toBe('.');
  });

  it('lists no date of a saying where the sentence gives no other date', () => {
    const { leftOut } = findPassages(
      wire('The strike will go on, union officials said on Wednesday.'),
      [],
    );
    expect(leftOut.map((l) => l.reason)).not.toContain('date-of-saying');
  });

  it('leaves out "police said Tuesday" and "a statement released Tuesday" inside the event date', () => {
    const a = findPassages(wire('Two men were arrested this week, police said Tuesday.'), []);
    expect(a.dated.map((p) => p.mention.text)).toEqual(['this week']);
    const b = findPassages(
      wire(
        'The gates stayed closed between March 3 and 5, according to a statement released Tuesday.',
      ),
      [],
    );
    expect(b.dated.map((p) => p.range)).toEqual([{ start: '2025-03-03', end: '2025-03-05' }]);
  });

  it('keeps a saying on another day as a clause of its own', () => {
    const { dated } = findPassages(
      wire('Trump could meet Putin as early as next week, an official confirmed on Wednesday.'),
      [],
    );
    expect(dated.map((p) => p.mention.text)).toEqual(['as early as next week', 'on Wednesday']);
  });

  it('keeps the date of a saying where it is the only date the sentence gives', () => {
    const { dated } = findPassages(
      wire('The strike will go on, union officials said on Wednesday.'),
      [],
    );
    expect(dated.map((p) => p.mention.text)).toEqual(['on Wednesday']);
  });
  it('leaves the bare clock of a habit ("Buses run every 10 minutes until 7pm", T19:00) off the calendar', () => {
    const text = 'Buses run every 10 minutes until 7pm. The council met on Monday.';
    const { dated } = findPassages(article(text), []);
    expect(dated.map((p) => p.mention.text)).toEqual(['on Monday']);
  });
});
