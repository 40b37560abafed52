import { describe, expect, it } from 'vitest';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { readTimeml } from './readTimeml.ts';
import { timemlTags, writeTimeml } from './writeTimeml.ts';

const SOURCE = `<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2000-01-07" functionInDocument="CREATION_TIME">2000-01-07</TIMEX3></DCT>
<TEXT>
AT&amp;T <EVENT eid="e1">said</EVENT> on <TIMEX3 tid="t9" type="DATE" value="X">Wednesday</TIMEX3> it would sell the unit. The following day it did, as it had planned three weeks ago.
</TEXT>
<TLINK lid="l1"/>
</TimeML>`;

function tagged() {
  const document = readTimeml(SOURCE);
  const mentions = findTimemlMentions(document.text, { published: document.dct, locale: 'en-US' });
  return { document, tags: timemlTags(mentions, document.dctTid) };
}

describe('writeTimeml', () => {
  it('writes tags that read back to the same text, extents and values', () => {
    const { document, tags } = tagged();
    const back = readTimeml(writeTimeml(document, tags));
    expect(back.text).toBe(document.text);
    expect(back.dct).toBe('2000-01-07');
    expect(back.timexes.map((t) => [t.tid, t.text, t.type, t.value])).toEqual(
      tags.map((t) => [t.tid, t.text, t.type, t.value]),
    );
  });

  it('drops the markup it was given and keeps the DCT', () => {
    const { document, tags } = tagged();
    const written = writeTimeml(document, tags);
    expect(written).not.toContain('<EVENT');
    expect(written).not.toContain('value="X"');
    expect(written).toContain('<DCT><TIMEX3 tid="t0"');
    expect(written).toContain('AT&amp;T');
  });

  it('points a date read against another to its tid, one counted from publication to the DCT', () => {
    const { tags } = tagged();
    expect(tags.map((t) => [t.text, t.value, t.anchorTimeID])).toEqual([
      ['Wednesday', '2000-01-05', undefined],
      ['The following day', '2000-01-06', 't1'],
      ['three weeks ago', '1999-W50', 't0'],
    ]);
  });

  it('gives no anchor to a date read against a count that TimeML marks as a duration', () => {
    const text =
      'The bank failed on March 3. Two days later, the fund closed. Sales fell 5 percent from a year earlier.';
    const mentions = findTimemlMentions(text, { published: '2013-03-22', locale: 'en-US' });
    const tags = timemlTags(mentions, 't0');
    const durations = new Set(tags.filter((t) => t.type === 'DURATION').map((t) => t.tid));
    expect(durations.size).toBeGreaterThan(0);
    for (const tag of tags)
      if (tag.anchorTimeID) expect(durations.has(tag.anchorTimeID), tag.text).toBe(false);
  });
});
