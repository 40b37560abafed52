import { describe, expect, it } from 'vitest';
import { Mention } from '../model/mention.ts';
import { findMentions } from './findMentions.ts';

// Published on Wednesday 5 March 2025: Tuesday is 4 March, Monday 3 March, Thursday 6 March.
const OPTIONS = { published: '2025-03-05', locale: 'en-US' } as const;

/** Every mention's text and value, each checked against the schema and its offsets. */
function read(text: string): [string, string][] {
  return findMentions(text, OPTIONS).map((m) => {
    Mention.parse(m);
    expect(text.slice(m.start, m.end)).toBe(m.text);
    return [m.text, m.value];
  });
}

/**
 * [sentence, the words the mention holds, its value]: the day is what the timeline shows, so
 * the value is the day whatever part of it the words name, in the direction the tense gives.
 */
const DAY_WITH_PART: [string, string, string][] = [
  ['Troops crossed the border early Tuesday.', 'Tuesday', '2025-03-04'],
  ['The fire broke out late Tuesday.', 'Tuesday', '2025-03-04'],
  ['The fire broke out late Tuesday night.', 'Tuesday night', '2025-03-04'],
  ['Police arrived early on Tuesday.', 'Tuesday', '2025-03-04'],
  ['The blast hit Tuesday evening local time.', 'Tuesday evening', '2025-03-04'],
  ['Soldiers moved in before dawn on Tuesday.', 'Tuesday', '2025-03-04'],
  ['The quake struck in the early hours of Tuesday.', 'Tuesday', '2025-03-04'],
  ['Rebels attacked overnight Monday.', 'Monday', '2025-03-03'],
  ['Rebels attacked overnight into Tuesday.', 'Tuesday', '2025-03-04'],
  ['The vote ended mid-afternoon yesterday.', 'yesterday', '2025-03-04'],
  ['The talks collapsed late last night.', 'last night', '2025-03-04'],
  ['The minister resigned early this morning.', 'this morning', '2025-03-05'],
  ["Tuesday's pre-dawn raid killed four.", 'Tuesday', '2025-03-04'],
  ['The deal was signed late on March 3.', 'March 3', '2025-03-03'],
  ['They met on the morning of March 3.', 'March 3', '2025-03-03'],
  ['The vote will be held late Thursday.', 'Thursday', '2025-03-06'],
  ['The fire started late evening Tuesday.', 'Tuesday', '2025-03-04'],
  ['The fire started early morning Tuesday.', 'Tuesday', '2025-03-04'],
  ['The fire started late in the evening on Tuesday.', 'Tuesday', '2025-03-04'],
  ['In the late afternoon on Tuesday, he spoke.', 'Tuesday', '2025-03-04'],
  ['They met early evening Tuesday.', 'Tuesday', '2025-03-04'],
  ['They met late morning on Tuesday.', 'Tuesday', '2025-03-04'],
  ['They will meet late morning Thursday.', 'Thursday', '2025-03-06'],
  ['They met late afternoon March 3.', 'March 3', '2025-03-03'],
  ['He spoke late last evening.', 'last evening', '2025-03-04'],
  ['They met late in the day on Tuesday.', 'Tuesday', '2025-03-04'],
];

describe('findMentions: a day named with a part of the day', () => {
  it.each(DAY_WITH_PART)(
    'reads "%s" as the day itself (%s, %s), and nothing else',
    (text, words, value) => {
      const found = read(text);
      expect(found).toHaveLength(1);
      expect(found[0]![0]).toContain(words);
      expect(found[0]![1]).toBe(value);
    },
  );
});
