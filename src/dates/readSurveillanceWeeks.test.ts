import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { nearestWeekOfYear } from './readSurveillanceWeeks.ts';

const DEC_4 = { published: '2026-12-04', locale: 'en-US' } as const; // a Friday

function read(text: string, options: { published: string; locale: 'en-US' | 'en-GB' } = DEC_4) {
  const values = (all: { text: string; value: string }[]) =>
    all.map((m) => `${m.text} = ${m.value}`);
  return {
    news: values(findMentions(text, options)),
    timeml: values(findTimemlMentions(text, options)),
  };
}

describe('a week of the year by its number', () => {
  it('reads "in week 47" in a sentence of flu figures as that week of the year', () => {
    const { news, timeml } = read('Flu activity rose in week 47, the CDC said.');
    expect(news).toEqual(['week 47 = 2026-W47']);
    expect(timeml).toEqual(['week 47 = 2026-W47']);
  });

  it('reads "epidemiological week 45" with no figures named', () => {
    expect(read('The report covers epidemiological week 45.').timeml).toEqual([
      'epidemiological week 45 = 2026-W45',
    ]);
  });

  it('reads "week 52 of 2025" as that year\'s week', () => {
    expect(read('Norovirus cases peaked in week 52 of 2025.').timeml).toEqual([
      'week 52 of 2025 = 2025-W52',
    ]);
  });

  it('reads "week 52" said in January as the week of the year before', () => {
    expect(nearestWeekOfYear(52, '2027-01-08')).toBe('2026-W52');
    expect(nearestWeekOfYear(1, '2026-12-28')).toBe('2027-W01');
  });

  it('does not read a trial\'s "week 52" as a week of the year', () => {
    expect(read('Patients on the drug lost 15% of their weight at week 52.').timeml).toEqual([]);
    expect(read('Hospital admissions fell among patients in week 12 of treatment.').timeml).toEqual(
      [],
    );
  });

  it("does not read a league's week nor a week counted from an event", () => {
    expect(read('The Bears play the Lions in Week 10 of the NFL season.').timeml).toEqual([]);
    expect(read('Cases kept rising in week 3 of the lockdown.').timeml).toEqual([]);
  });
});

describe('a week of the year by its number after other words of time', () => {
  it('reads "since week 44" and "week 52 or week 1" in a sentence of flu figures', () => {
    expect(read('RSV activity has been rising since week 44.').timeml).toEqual([
      'week 44 = 2026-W44',
    ]);
    expect(read('Flu activity is expected to peak in week 52 or week 1.').timeml).toEqual([
      'week 52 = 2026-W52',
      'week 1 = 2027-W01',
    ]);
  });

  it("does not read a team's week nor a week counted from an event named after it", () => {
    expect(read('The coach said flu cases hit the squad in week 9.').timeml).toEqual([]);
    expect(read('Flu cases in the school rose in week 3 after the holidays.').news).toEqual([]);
    expect(read('Flu cases rose in week 2 since the vaccine drive began.').news).toEqual([]);
  });

  it('does not read a count of deaths or cases after "reporting week" as the week\'s number', () => {
    expect(read('In the latest reporting week 12 deaths were recorded.').news).toEqual([]);
    expect(read('During the surveillance week 40 new cases were confirmed.').news).toEqual([]);
    expect(read('Flu deaths rose in week 47 as admissions fell.').news).toEqual([
      'week 47 = 2026-W47',
    ]);
  });

  it('does not read a trial\'s "by week 68"', () => {
    expect(read('Patients had lost 14% of their body weight by week 68.').timeml).toEqual([]);
  });
});
