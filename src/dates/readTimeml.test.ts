import { describe, expect, it } from 'vitest';
import { DateResolutionError } from './DateResolutionError.ts';
import { readTimeml } from './readTimeml.ts';

const DOC = `<?xml version="1.0" ?>
<TimeML>
<DOCID>X</DOCID>
<DCT><TIMEX3 tid="t0" type="TIME" value="1998-08-07T06:18:00" functionInDocument="CREATION_TIME">1998-08-07</TIMEX3></DCT>
<TEXT>
AT&amp;T <EVENT eid="e1">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3> it <TIMEX3 tid="t2" type="DURATION" value="P1M" mod="APPROX">about a month</TIMEX3>.
</TEXT>
<TLINK lid="l1"/>
</TimeML>`;

describe('readTimeml', () => {
  it('takes the day of the DCT as the publication date', () => {
    expect(readTimeml(DOC).dct).toBe('1998-08-07');
  });

  it('strips every tag from the text and decodes its entities', () => {
    expect(readTimeml(DOC).text).toBe('\nAT&T said Friday it about a month.\n');
  });

  it('gives each TIMEX3 of the text its offsets in the stripped text', () => {
    const { text, timexes } = readTimeml(DOC);
    expect(timexes.map((t) => [t.tid, text.slice(t.start, t.end), t.type, t.value, t.mod])).toEqual(
      [
        ['t1', 'Friday', 'DATE', '1998-08-07', undefined],
        ['t2', 'about a month', 'DURATION', 'P1M', 'APPROX'],
      ],
    );
  });

  it('keeps everything before the text as the head', () => {
    expect(readTimeml(DOC).head).toMatch(/<DCT>.*<\/DCT>\n$/s);
  });

  it('refuses a document without a DCT, naming the file', () => {
    expect(() => readTimeml('<TimeML><TEXT>x</TEXT></TimeML>', 'a.tml')).toThrow(
      DateResolutionError,
    );
  });
});
