import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Thursday 24 July 2025.
const JULY = { published: '2025-07-24', locale: 'en-US' } as const;
const news = (text: string) => findMentions(text, JULY).map((m) => `${m.text} ${m.value}`);
const timeml = (text: string) => findTimemlMentions(text, JULY).map((m) => `${m.text} ${m.value}`);

describe('years in the names of software editions', () => {
  it('reads no year in "Office 2016", only the day support ends', () => {
    const text = 'Microsoft will end support for Office 2016 on Oct. 14.';
    expect(news(text)).toEqual(['Oct. 14 2025-10-14']);
    expect(timeml(text)).toEqual(['Oct. 14 2025-10-14']);
  });

  it('reads no year in "Photoshop 2026", "Windows Server 2022" or "Windows 2000"', () => {
    expect(news('Adobe’s Photoshop 2026 adds new AI tools.')).toEqual([]);
    expect(news('Windows Server 2022 is affected, Microsoft said in 2023.')).toEqual(['2023 2023']);
    expect(timeml('Windows 2000 machines are still in use.')).toEqual([]);
  });

  it('still reads a year after a name in lower case or across a comma', () => {
    expect(news('The office 2016 budget was cut.')).toEqual(['2016 2016']);
    expect(news('In the Office, 2016 was a bad year.')).toEqual(['2016 2016']);
  });

  it('reads the year after another body’s "Office", "Exchange" or "Outlook"', () => {
    expect(news('The Home Office 2025 figures show a rise.')).toEqual(['2025 2025']);
    expect(news('The Met Office 2025 report was published.')).toEqual(['2025 2025']);
    expect(news('The London Stock Exchange 2025 listings fell.')).toEqual(['2025 2025']);
    expect(news('Outlook 2026: Economists see slower growth.')).toEqual(['2026 2026']);
    expect(news('Microsoft Office 2016 and Outlook 2019 are affected.')).toEqual([]);
  });
});
