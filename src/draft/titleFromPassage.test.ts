import { describe, expect, it } from 'vitest';
import { titleForHappening, titleFromPassage } from './titleFromPassage.ts';

describe('titleFromPassage', () => {
  it('leaves out the date words and an attribution at the end', () => {
    expect(
      titleFromPassage(
        'On Wednesday, Witkoff met Putin in Moscow, the Kremlin said.',
        'On Wednesday',
      ),
    ).toBe('Witkoff met Putin in Moscow');
  });

  it('leaves out a connective and an attribution at the start', () => {
    expect(
      titleFromPassage(
        'However, minutes later, a senior US official said Washington would still impose secondary sanctions on key Russian trading partners',
        'minutes later',
      ),
    ).toBe('Washington would still impose secondary sanctions on key Russian trading partners');
  });

  it('takes the clause the date stands in when a subordinator opens it', () => {
    expect(
      titleFromPassage(
        'And the Russian leader since former President Joe Biden met Putin in Geneva in June 2021.',
        'in June 2021',
      ),
    ).toBe('Former President Joe Biden met Putin in Geneva');
    expect(
      titleFromPassage(
        'Since the original iPhone was released in 2007, web servers have struggled at every launch.',
        '2007',
      ),
    ).toBe('The original iPhone was released');
    expect(
      titleFromPassage(
        'The nano is the second model to use flash memory, after the Shuffle was introduced in January.',
        'January',
      ),
    ).toBe('The Shuffle was introduced');
    expect(
      titleFromPassage(
        'Since taking office in January, Trump has reopened channels with Russia.',
        'January',
      ),
    ).toBe('Since taking office, Trump has reopened channels with Russia');
  });

  it('leaves out date words that open the sentence without a comma, unless the date is its subject', () => {
    expect(titleFromPassage('and in 1984 the first Macintosh was released.', '1984')).toBe(
      'The first Macintosh was released',
    );
    expect(
      titleFromPassage(
        'The following year the operating system was released.',
        'The following year',
      ),
    ).toBe('The operating system was released');
    expect(titleFromPassage('2007 was the year of the iPhone', '2007')).toBe(
      '2007 was the year of the iPhone',
    );
    expect(
      titleFromPassage(
        'During the first quarter of the year Apple sold more iPods.',
        'the first quarter',
      ),
    ).toBe('During the first quarter of the year Apple sold more iPods');
  });

  it('drops "today" wherever it stands, and the date of a saying rather than what was said', () => {
    expect(
      titleFromPassage('Apple today unveiled its latest addition to the iPod line.', 'today'),
    ).toBe('Apple unveiled its latest addition to the iPod line');
    expect(titleFromPassage("Today's glitches were in the payment process.", 'Today')).toBe(
      "Today's glitches were in the payment process",
    );
    expect(
      titleFromPassage(
        'Apple Computer announced on Tuesday the first products to use Intel processors.',
        'on Tuesday',
      ),
    ).toBe('Apple Computer announced the first products to use Intel processors');
    expect(
      titleFromPassage(
        'Mr Trump said earlier on Wednesday that he updated allies in Europe and that they will work together.',
        'on Wednesday',
      ),
    ).toBe('Mr Trump said he updated allies in Europe');
  });

  it('skips an opening clause that only sets the scene, and an appositive after the subject', () => {
    expect(
      titleFromPassage(
        'In 1996, following the purchase of NeXT, Jobs returned to Apple as its chief.',
        '1996',
      ),
    ).toBe('Jobs returned to Apple as its chief');
    expect(
      titleFromPassage(
        'Steve Jobs, the Apple Chief Executive Officer, announced the phone on Monday.',
        'on Monday',
      ),
    ).toBe('Steve Jobs announced the phone');
  });
});

describe('titleForHappening', () => {
  it('takes its title from the first passage that says what happened, not who told it', () => {
    expect(
      titleForHappening([
        {
          quote: 'a senior White House official confirmed on Wednesday.',
          expression: 'on Wednesday',
        },
        { quote: 'Witkoff met Putin in the Kremlin for three hours.' },
      ]),
    ).toBe('Witkoff met Putin in the Kremlin for three hours');
  });

  it('keeps the first passage’s title when none says more', () => {
    expect(
      titleForHappening([{ quote: 'Officials said on Monday.', expression: 'on Monday' }]),
    ).toBe('Officials said');
  });

  it('keeps date words that the middle of the sentence needs', () => {
    expect(
      titleFromPassage(
        'Mr Witkoff met Mr Putin two days before the White House’s deadline for Russia.',
        'two days before',
      ),
    ).toBe('Mr Witkoff met Mr Putin two days before the White House’s deadline');
  });

  it('drops the preposition the date words leave behind, and keeps a brand’s lower-case letter', () => {
    expect(titleFromPassage('In April, the blog Gizmodo obtained a prototype.', 'April')).toBe(
      'The blog Gizmodo obtained a prototype',
    );
    expect(titleFromPassage('iPhone 4 will be available on June 24.', 'on June 24')).toBe(
      'iPhone 4 will be available',
    );
  });

  it('keeps at most twelve words and never ends on a function word', () => {
    const title = titleFromPassage(
      'Apple Corps filed a lawsuit against Apple Computer in a London court this week over the trademark.',
      'this week',
    );
    expect(title).toBe('Apple Corps filed a lawsuit against Apple Computer in a London court');
  });
});
