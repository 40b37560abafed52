import { describe, expect, it } from 'vitest';
import { addKnownNames } from './addKnownNames.ts';

describe('addKnownNames', () => {
  it('adds a person another happening names where these words name them by surname, in full', () => {
    const [, second] = addKnownNames([
      { people: ['Maria Lopez'], places: ['Lisbon'], text: 'Maria Lopez landed in Lisbon.' },
      { people: [], places: [], text: 'a deadline Lopez set in Lisbon' },
    ]);
    expect(second).toEqual({ people: ['Maria Lopez'], places: ['Lisbon'] });
  });

  it('does not add a name its words only hold as a common word or inside another word', () => {
    const [, second] = addKnownNames([
      { people: ['Tom Baker'], places: ['Nice'], text: '' },
      { people: [], places: [], text: 'the baker had a nice day; Bakersfield and Nicer things' },
    ]);
    expect(second).toEqual({ people: [], places: [] });
  });

  it('keeps the names a happening has and adds none past the limit', () => {
    const [, second] = addKnownNames(
      [
        { people: ['Ann Lee', 'Bo Chan'], places: [], text: '' },
        { people: ['Cy Twombly'], places: [], text: 'Lee and Chan met Twombly' },
      ],
      2,
    );
    expect(second!.people).toEqual(['Cy Twombly', 'Ann Lee']);
  });

  it('adds no name one of the happening’s own names already holds', () => {
    const [, second] = addKnownNames([
      { people: ['Steve'], places: [], text: '' },
      { people: ['Steve Rogers'], places: [], text: 'Steve Rogers and Steve met' },
    ]);
    expect(second!.people).toEqual(['Steve Rogers']);
  });

  it('does not add as a place a name the happening already has as a person', () => {
    const [, second] = addKnownNames([
      { people: [], places: ['White House'], text: '' },
      { people: ['White House'], places: [], text: 'the White House said' },
    ]);
    expect(second).toEqual({ people: ['White House'], places: [] });
  });
});
