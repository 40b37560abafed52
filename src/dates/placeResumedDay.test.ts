import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const MARCH_14 = { published: '2024-03-14', locale: 'en-US' } as const; // a Thursday
const news = (text: string) => findMentions(text, MARCH_14).map((m) => [m.text, m.value] as const);
const timeml = (text: string) =>
  findTimemlMentions(text, MARCH_14).map((m) => [m.text, m.value] as const);

describe('a weekday event reported to go on to a later weekday', () => {
  it("reads 'Monday's hearing would resume on Tuesday' as the Tuesday of that Monday's week", () => {
    expect(news("Lawyers said last week that Monday's hearing would resume on Tuesday.")).toEqual([
      ['last week', '2024-W10'],
      ['Monday', '2024-03-11'],
      ['on Tuesday', '2024-03-12'],
    ]);
    expect(
      news("The union said last week that Monday's talks would continue on Wednesday."),
    ).toEqual([
      ['last week', '2024-W10'],
      ['Monday', '2024-03-11'],
      ['on Wednesday', '2024-03-13'],
    ]);
    expect(
      news("Organisers said last week that Saturday's race would be restarted on Sunday."),
    ).toEqual([
      ['last week', '2024-W10'],
      ['Saturday', '2024-03-09'],
      ['on Sunday', '2024-03-10'],
    ]);
    expect(timeml("Lawyers said last week that Monday's hearing would resume on Tuesday.")).toEqual(
      [
        ['last week', '2024-W10'],
        ['Monday', '2024-03-11'],
        ['Tuesday', '2024-03-12'],
      ],
    );
  });

  it("keeps the coming weekday in 'told the jury on Thursday that Tuesday's testimony would be concluded on Wednesday', the saying being after that Wednesday", () => {
    const march15 = { published: '2024-03-15', locale: 'en-US' } as const; // a Friday
    const read = (text: string) => findMentions(text, march15).map((m) => [m.text, m.value]);
    expect(
      read(
        "Prosecutors told the jury on Thursday that Tuesday's testimony would be concluded on Wednesday.",
      ),
    ).toEqual([
      ['on Thursday', '2024-03-14'],
      ['Tuesday', '2024-03-12'],
      ['on Wednesday', '2024-03-20'],
    ]);
    // Near miss: a saying dated before the later weekday still places it in the same week.
    expect(
      read(
        "Prosecutors told the jury on Tuesday that Monday's testimony would be concluded on Wednesday.",
      ),
    ).toEqual([
      ['on Tuesday', '2024-03-12'],
      ['Monday', '2024-03-11'],
      ['on Wednesday', '2024-03-13'],
    ]);
    expect(
      findTimemlMentions(
        "Prosecutors told the jury on Thursday that Tuesday's testimony would be concluded on Wednesday.",
        march15,
      ).map((m) => m.value),
    ).toEqual(['2024-03-14', '2024-03-12', '2024-03-20']);
  });

  it("leaves the coming weekday when the earlier weekday is the saying's day, not the event's", () => {
    expect(news('Lawyers said Monday that the vote would be held on Tuesday.')).toEqual([
      ['Monday', '2024-03-11'],
      ['on Tuesday', '2024-03-19'],
    ]);
  });

  it('leaves the later weekday as read with "will", with another subject, or an earlier weekday', () => {
    expect(news("Lawyers said Monday's hearing will resume on Tuesday.")).toEqual([
      ['Monday', '2024-03-18'],
      ['on Tuesday', '2024-03-19'],
    ]);
    expect(
      news("Lawyers said Monday's hearing was adjourned and the trial would resume on Tuesday."),
    ).toEqual([
      ['Monday', '2024-03-11'],
      ['on Tuesday', '2024-03-19'],
    ]);
    expect(news("Officials said Friday's talks would resume on Monday.")).toEqual([
      ['Friday', '2024-03-15'],
      ['on Monday', '2024-03-18'],
    ]);
    expect(news("Monday's hearing would resume on Tuesday if the witness appears.")).toEqual([
      ['Monday', '2024-03-18'],
      ['on Tuesday', '2024-03-19'],
    ]);
  });
});
