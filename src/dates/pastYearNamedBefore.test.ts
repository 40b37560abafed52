import { describe, expect, it } from 'vitest';
import { pastYearNamedBefore } from './pastYearNamedBefore.ts';

const OCTOBER_2026 = '2026-10-14';

describe('pastYearNamedBefore', () => {
  it.each([
    ['In 2019, analysts had expected the merger to close in ', 2019],
    ['When the war began in 1914, both sides had expected it to be over by ', 1914],
    ['The plant closed in 2025. Managers had expected it to stay open until ', 2025],
    ['Last year, analysts had expected a recovery by ', 2025],
  ])('finds the year gone by named in %j', (before, year) => {
    expect(pastYearNamedBefore(before, OCTOBER_2026)).toBe(year);
  });

  it.each([
    // The year of publication, or none.
    'In 2026, analysts had expected a recovery by ',
    'Analysts had expected a recovery by ',
    // A year two sentences back is no longer the story's.
    'The plant closed in 2019. It reopened. Managers had expected it to stay open until ',
    // A number that is no year.
    'The firm cut 2019 jobs and had expected a recovery by ',
    "Last year's figures aside, analysts had expected a recovery by ",
  ])('finds none in %j', (before) => {
    expect(pastYearNamedBefore(before, OCTOBER_2026)).toBeUndefined();
  });
});
