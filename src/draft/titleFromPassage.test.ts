import { describe, expect, it } from 'vitest';
import { titleFromPassage } from './titleFromPassage.ts';

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
    expect(
      titleFromPassage(
        'And the Russian leader since former President Joe Biden met Putin in Geneva in June 2021.',
        'in June 2021',
      ),
    ).toBe('The Russian leader since former President Joe Biden met Putin in Geneva');
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
