import { describe, expect, it } from 'vitest';
import { competingInBefore } from './competingInBefore.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Wednesday 22 October 2025: the coming weekend is the 25th and 26th, the last one the 18th and 19th.
const PUBLISHED = { published: '2025-10-22', locale: 'en-GB' } as const;
const news = (text: string) => findMentions(text, PUBLISHED).map((m) => `${m.text} ${m.value}`);
const timeml = (text: string) =>
  findTimemlMentions(text, PUBLISHED).map((m) => `${m.text} ${m.value}`);

describe("a side said in the present to take part in a day's contest", () => {
  it('reads "meet again in Saturday\'s semifinal" as the coming Saturday, in both readings', () => {
    const text = "The two sides meet again in Saturday's semifinal at Wembley.";
    expect(news(text)).toEqual(['Saturday 2025-10-25']);
    expect(timeml(text)).toEqual(['Saturday 2025-10-25']);
  });

  it.each([
    "England play Spain in Sunday's final.",
    "She runs in Sunday's marathon.",
    "Djokovic faces Alcaraz in Sunday's final.",
    "The Dodgers host the Blue Jays in Sunday's Game 6.",
    "The two teams clash again in Sunday's final.",
    "Spain and England square off in Sunday's final.",
    "The veteran competes in Sunday's road race, his last.",
  ])('looks ahead in %j', (text) => {
    expect(news(text)).toEqual(['Sunday 2025-10-26']);
  });

  it('keeps a past, a deed in the contest and a noun gone by', () => {
    expect(news("The teams met in Saturday's semifinal.")).toEqual(['Saturday 2025-10-18']);
    expect(news("He scored twice in Sunday's final.")).toEqual(['Sunday 2025-10-19']);
    expect(news("After a poor start in Sunday's race, he recovered.")).toEqual([
      'Sunday 2025-10-19',
    ]);
  });

  it('reads "Hingis could not play in Saturday\'s final because of a sore wrist", said on Monday 11 September 2000, as the Saturday gone by, 2000-09-09', () => {
    const text = "Hingis could not play in Saturday's final because of a sore wrist.";
    const monday = { published: '2000-09-11', locale: 'en-US' } as const;
    expect(findMentions(text, monday).map((m) => `${m.text} ${m.value}`)).toEqual([
      'Saturday 2000-09-09',
    ]);
    expect(findTimemlMentions(text, monday).map((m) => `${m.text} ${m.value}`)).toEqual([
      'Saturday 2000-09-09',
    ]);
  });

  it('keeps a contest denied with "did not" or "didn\'t" gone by, and one told with "cannot" or "will not" ahead', () => {
    expect(news("Hingis did not play in Saturday's final.")).toEqual(['Saturday 2025-10-18']);
    expect(news("The champion didn't compete in Sunday's race.")).toEqual(['Sunday 2025-10-19']);
    expect(news("Hingis will not play in Saturday's final.")).toEqual(['Saturday 2025-10-25']);
    expect(news("She could play in Saturday's final if fit.")).toEqual(['Saturday 2025-10-25']);
  });

  it('reads a denial under a condition, "could not play in Saturday\'s final if the wrist does not heal", said on Wednesday 13 September 2000, as the coming Saturday, 2000-09-16', () => {
    const wednesday = { published: '2000-09-13', locale: 'en-US' } as const;
    const read = (text: string) => findMentions(text, wednesday).map((m) => `${m.text} ${m.value}`);
    expect(read("He could not play in Saturday's final if the wrist does not heal.")).toEqual([
      'Saturday 2000-09-16',
    ]);
    expect(read("Agassi couldn't play in Sunday's final unless the swelling goes down.")).toEqual([
      'Sunday 2000-09-17',
    ]);
    expect(read("If he did not play in Saturday's final, the team would lose.")).toEqual([
      'Saturday 2000-09-16',
    ]);
  });

  it('needs the present verb of taking part right before "in"', () => {
    expect(competingInBefore('The two sides meet again in ')).toBe(true);
    expect(competingInBefore('The sides were set to meet in ')).toBe(false);
    expect(competingInBefore('Hingis could not play in ')).toBe(false);
    expect(competingInBefore('Hingis did not play in ')).toBe(false);
    expect(competingInBefore('after a poor start in ')).toBe(false);
    expect(competingInBefore('in front of the host in ')).toBe(false);
    expect(competingInBefore('The clash in ')).toBe(false);
    expect(competingInBefore('The sides meet at noon ')).toBe(false);
  });
});
