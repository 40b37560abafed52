import { describe, expect, it } from 'vitest';
import { isFragment, titleForHappening, titleFromPassage } from './titleFromPassage.ts';

describe('titleFromPassage', () => {
  it('drops the whole phrase a date heads in an appositive, leaving no dangling participle', () => {
    expect(
      titleFromPassage(
        'The operator, founded on May 1, 1990, runs four terminals on the lake.',
        'May 1, 1990',
      ),
    ).toBe('The operator runs four terminals on the lake');
  });

  it('never cuts a duration in two at the length limit', () => {
    expect(
      titleFromPassage(
        'Earlier today, the union rejected a revised offer after a meeting that lasted half an hour.',
        'Earlier today',
      ),
    ).toBe('The union rejected a revised offer after a meeting that lasted half an hour');
  });

  it('ends on no comma when the saying was set in single quotes', () => {
    expect(titleFromPassage('‘Talks will resume,’ the minister said on Monday.', 'Monday')).toBe(
      'Talks will resume',
    );
    expect(titleFromPassage("'Talks will resume,' the minister said on Monday.", 'Monday')).toBe(
      'Talks will resume',
    );
  });
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

describe('titleFromPassage, clumsy classes', () => {
  it('leaves out words that only announce what follows', () => {
    expect(
      titleFromPassage('It should be noted that the firm doubled its sales in 2019.', 'in 2019'),
    ).toBe('The firm doubled its sales');
  });

  it('skips an opening phrase with no verb that only says where', () => {
    expect(
      titleFromPassage(
        'In a crowded press room on Tuesday, the minister unveiled the budget.',
        'on Tuesday',
      ),
    ).toBe('The minister unveiled the budget');
  });

  it('takes out an attribution set in the middle, and keeps a clause break before a participle', () => {
    expect(titleFromPassage('The merger, she said, would close by June.', 'by June')).toBe(
      'The merger would close',
    );
    expect(
      titleFromPassage(
        'Bread prices will rise soon,” the baker said on Monday, pointing to the cost of flour.',
        'on Monday',
      ),
    ).toBe('Bread prices will rise soon');
  });

  it('takes out an appositive with no verb after the subject', () => {
    expect(
      titleFromPassage(
        'Ana Costa, with the city council, proposed the plan on Monday.',
        'on Monday',
      ),
    ).toBe('Ana Costa proposed the plan');
  });

  it('leaves no doubled comma, "as of" or "beginning" where the date words were', () => {
    expect(titleFromPassage('Earlier, on March 3, the club sacked its coach.', 'on March 3')).toBe(
      'The club sacked its coach',
    );
    expect(titleFromPassage('and that as of March, the firm employs 300 people', 'March')).toBe(
      'The firm employs 300 people',
    );
    expect(
      titleFromPassage('The new fares, he said, would apply beginning next month.', 'next month'),
    ).toBe('The new fares would apply');
  });

  it('keeps who said it when what was said opens on his or her', () => {
    expect(titleFromPassage('Lopez said her team won the cup last year.', 'last year')).toBe(
      'Lopez said her team won the cup',
    );
  });

  it('never cuts a name in two at the twelfth word', () => {
    expect(
      titleFromPassage(
        'On Monday the chairman of the football club held a long meeting with Prime Minister Pedro Sanchez in Madrid.',
        'On Monday',
      ),
    ).toBe(
      'The chairman of the football club held a long meeting with Prime Minister Pedro Sanchez',
    );
  });
});

describe('isFragment', () => {
  it('finds titles that open on a verb with no subject, a relative or "to"', () => {
    for (const title of [
      'Took six months off',
      'To unveil the tablet',
      'Which is scheduled for release',
    ]) {
      expect(isFragment(title), title).toBe(true);
    }
    expect(isFragment('The club sacked its coach')).toBe(false);
  });

  it('lets a happening take its title from a passage that stands alone rather than a fragment', () => {
    expect(
      titleForHappening([
        { quote: 'Prompting the club to appeal on Friday.', expression: 'on Friday' },
        { quote: 'The league fined the club heavily.' },
      ]),
    ).toBe('The league fined the club heavily');
  });

  it('names who a leading he is from the text before the passage', () => {
    expect(
      titleForHappening([
        {
          quote: 'He resigned on Friday.',
          expression: 'on Friday',
          before: 'John Smith led the club for ten years. John Smith was loved by fans.',
        },
      ]),
    ).toBe('John Smith resigned');
  });
});
