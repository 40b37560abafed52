import { describe, expect, it } from 'vitest';
import { chronological } from '../model/chronological.ts';
import { exportFormats } from './exportFormats.ts';
import { hostileDataset } from './fixtures/hostileStory.ts';
import { matchGolden } from './fixtures/matchGolden.ts';
import { toTimelineJs } from './toTimelineJs.ts';

const dataset = hostileDataset();
const timeline = toTimelineJs(dataset);
const slide = (id: string) => timeline.events.find((e) => e.unique_id === id)!;

describe('toTimelineJs', () => {
  it('writes the hostile story exactly as the golden file', () => {
    matchGolden('timelinejs.golden.json', exportFormats.timelinejs.render(dataset));
  });

  it('makes a title slide of the story and one slide per event, in reading order', () => {
    expect(timeline.title.text.headline).toBe('A story &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(timeline.events.map((e) => e.unique_id)).toEqual(
      chronological(dataset.events)
        .filter((e) => !e.draft)
        .map((e) => e.id),
    );
  });

  it('leaves drafts out', () => {
    expect(dataset.events.some((e) => e.id === 'unreviewed' && e.draft)).toBe(true);
    expect(timeline.events.map((e) => e.unique_id)).not.toContain('unreviewed');
  });

  it("writes the date as the page writes it, and the kind's label as the group", () => {
    for (const event of dataset.events.filter((e) => !e.draft)) {
      expect(slide(event.id).display_date).toBe(event.date.label);
    }
    expect(slide('sanctions').group).toBe('Sanctions');
    expect(slide('talks-this-year').group).toBe('Talks &amp; &lt;i&gt;diplomacy&lt;/i&gt;');
  });

  it('gives a month-only event no day and a one-day event no end', () => {
    expect(slide('geneva').start_date).toEqual({ year: 2021, month: 6 });
    expect(slide('geneva').end_date).toBeUndefined();
    expect(slide('meeting').start_date).toEqual({ year: 2025, month: 8, day: 6 });
  });

  it('gives a clock time its hour and minute, and names the stated zone in the display date', () => {
    const clocked = dataset.events.find((e) => e.id === 'polls-close')!;
    expect(clocked.date.zone).toBe('EST');
    expect(slide('polls-close').start_date).toEqual({
      year: 2025,
      month: 8,
      day: 6,
      hour: 10,
      minute: 30,
    });
    expect(slide('polls-close').end_date).toBeUndefined();
    expect(slide('polls-close').display_date).toBe(clocked.date.label);
    expect(slide('polls-close').display_date).toMatch(/, 10:30 am EST$/);
    expect(slide('count').start_date).toMatchObject({ day: 6, hour: 21, minute: 0 });
  });

  it('gives an event with no clock time no hour or minute', () => {
    for (const event of timeline.events.filter(
      (e) => !['polls-close', 'count'].includes(e.unique_id!),
    )) {
      for (const date of [event.start_date, event.end_date ?? {}]) {
        expect(date, event.unique_id).not.toHaveProperty('hour');
        expect(date, event.unique_id).not.toHaveProperty('minute');
      }
    }
  });

  it('escapes titles, quotes and article names, which TimelineJS renders as HTML', () => {
    const { headline, text } = slide('meeting').text;
    expect(headline).toBe(
      '&lt;img src=x onerror=alert(1)&gt; Witkoff meets Putin, &quot;in Moscow&quot;',
    );
    expect(text).toContain(
      '<blockquote><p>Envoy &lt;b&gt;Witkoff&lt;/b&gt; met Putin &quot;in Moscow&quot;, on Wednesday</p></blockquote>',
    );
    expect(text).toContain('<cite>Wire &amp; &lt;Co&gt;, published Thu 7 Aug 2025</cite>');
    const tags = [...text.matchAll(/<\/?([a-z]+)/g)].map(([, tag]) => tag);
    expect(new Set(tags)).toEqual(new Set(['p', 'blockquote', 'a', 'cite']));
  });

  it('holds the summary, then every quote as a blockquote with the article it comes from', () => {
    const { text } = slide('meeting').text;
    expect(text.startsWith('<p>Three hours,\nsaid aides.</p>')).toBe(true);
    expect(text.match(/<blockquote>/g)).toHaveLength(2);
    expect(text).toContain('<a href="https://news.example/wire?id=1&amp;lang=en">');
    expect(slide('statement').text.text).toContain(
      '<cite>desk.txt, published Thu 7 Aug 2025</cite>',
    );
  });

  it('says when an event is only scheduled', () => {
    expect(slide('sanctions').text.text).toContain('<strong>Scheduled.</strong>');
    expect(slide('meeting').text.text).not.toContain('<strong>');
  });
});
