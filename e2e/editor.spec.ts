import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { anchorQuote } from '../src/anchor/anchorQuote.ts';
import { acceptDraft } from '../src/app/editor/acceptDraft.ts';
import type { AuthoredEvent } from '../src/app/editor/AuthoredEvent.ts';
import { mergeEvents } from '../src/app/editor/mergeEvents.ts';
import { moveEvidence } from '../src/app/editor/moveEvidence.ts';
import { rejectEvent } from '../src/app/editor/rejectEvent.ts';
import { buildStory } from '../src/editorApi/buildStory.ts';
import { resetStoryData } from '../src/editorApi/fixtures/makeStoryFolder.ts';
import { formatDataJson } from '../src/dataset/formatDataJson.ts';
import { Dataset } from '../src/model/dataset.ts';
import { editorApiBase, editorTokenMeta } from '../src/model/editorApi.ts';
import { editorStory } from './editorStory.ts';
import { root } from './exportTest.ts';
import { serveStatic } from './staticServer.ts';

// The editor against the dev server, on a story folder of three articles whose events.json holds
// published events and drafts (src/editorApi/fixtures/events.json). Every test starts from it.

const eventsFile = path.join(editorStory, 'data', 'events.json');
const fixture: AuthoredEvent[] = JSON.parse(
  readFileSync(path.join(root, 'src/editorApi/fixtures/events.json'), 'utf8'),
);
const article = (id: string) => readFileSync(path.join(editorStory, 'seeds', `${id}.txt`), 'utf8');
const onDisk = (): AuthoredEvent[] => JSON.parse(readFileSync(eventsFile, 'utf8'));

const drafts = {
  post: 'trump-posts-great-progress',
  call: 'trump-calls-zelensky-and-european-leaders',
  rubio: 'rubio-cautions-on-timing',
  thisYear: 'trump-meets-zelensky-this-year',
  february: 'trump-zelensky-february-meeting',
};
const title = (id: string) => fixture.find((e) => e.id === id)!.title;

test.beforeEach(() => resetStoryData(editorStory));

async function open(page: Page) {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: /Drafts to review/ })).toBeVisible();
}

const draft = (page: Page, id: string) => page.locator(`li[data-draft="${id}"]`);
const notice = (page: Page) => page.locator('.editor-notice');
const picker = (page: Page) => page.getByRole('region', { name: 'Events from the articles' });

/** Selects characters start–end of the article shown in the reader, as a mouse would. */
async function selectInArticle(page: Page, start: number, end: number) {
  const box = page.getByLabel(/Select words in the article/);
  await box.evaluate(
    (el, [a, b]) => {
      el.focus();
      (el as unknown as { setSelectionRange(a: number, b: number): void }).setSelectionRange(
        a!,
        b!,
      );
    },
    [start, end],
  );
  await box.dispatchEvent('mouseup');
}

test('each draft to review shows the date the build gives it and how many articles it quotes', async ({
  page,
}) => {
  await open(page);
  const built = buildStory(editorStory);
  if (!built.ok) throw new Error(built.problems.join('\n'));
  const drafted = built.dataset.events.filter((e) => e.draft);
  expect(drafted.length).toBeGreaterThan(1);
  for (const event of drafted) {
    const articles = new Set(event.evidence.map((e) => e.source)).size;
    const facts = `${event.date.label} · ${articles} ${articles === 1 ? 'article' : 'articles'}`;
    await expect(draft(page, event.id).locator('.draft-facts')).toHaveText(facts);
    await expect(draft(page, event.id).getByLabel('Title')).toHaveAccessibleDescription(facts);
  }
});

test('accept, reject, merge, a new event and a passage from the articles, undo: the build publishes exactly that', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await open(page);
  await expect(page.getByRole('heading', { name: 'Drafts to review (5)' })).toBeVisible();

  await draft(page, drafts.post).getByRole('button', { name: 'Accept' }).click();
  await expect(notice(page)).toHaveText(`Saved: accepted “${title(drafts.post)}”.`);
  await draft(page, drafts.call).getByRole('button', { name: 'Accept' }).click();
  await expect(notice(page)).toHaveText(`Saved: accepted “${title(drafts.call)}”.`);
  await draft(page, drafts.rubio).getByRole('button', { name: 'Reject' }).click();
  await expect(notice(page)).toHaveText(`Saved: rejected “${title(drafts.rubio)}”.`);
  await expect(page.getByRole('heading', { name: 'Drafts to review (2)' })).toBeVisible();

  // Merge February's meeting into "this year" from the event's own form.
  await draft(page, drafts.february).getByRole('button', { name: /^Show/ }).click();
  const form = page.locator('.event-editor');
  await expect(form.getByLabel('Title')).toHaveValue(title(drafts.february));
  await form.getByLabel('Merge this event into').selectOption({ label: title(drafts.thisYear) });
  await form.getByRole('button', { name: 'Merge' }).click();
  await expect(notice(page)).toContainText('Saved: merged');
  await expect(form.getByLabel('Title')).toHaveValue(title(drafts.thisYear));

  // Move the meeting's second passage to the post, from the meeting's form.
  const meeting = 'witkoff-meets-putin';
  await page
    .locator('.event-list')
    .getByRole('button', { name: new RegExp(title(meeting)) })
    .click();
  await expect(form.getByLabel('Title')).toHaveValue(title(meeting));
  await form
    .getByLabel('Move this passage to')
    .nth(1)
    .selectOption({ label: title(drafts.post) });
  await form.getByRole('button', { name: 'Move', exact: true }).nth(1).click();
  await expect(notice(page)).toHaveText('Saved: moved a passage.');

  // A new event from words selected in article 001, dated by the date words inside them.
  const source = '001_f6e0c220f98222b1';
  const text = article(source);
  const words = 'The last time Putin and Zelenskiy met was in December 2019.';
  const at = text.indexOf(words);
  await picker(page).getByLabel('Article', { exact: true }).selectOption({ value: source });
  await selectInArticle(page, at, at + words.length);
  await expect(page.getByText(`Selected: “${words}”`)).toBeVisible();
  await page.getByRole('button', { name: 'New event from this passage' }).click();
  const dateWords = picker(page).getByLabel('Words that date it');
  await expect(dateWords.locator('option')).toContainText(['none', 'December 2019']);
  await dateWords.selectOption({
    label: (await dateWords.locator('option').nth(1).textContent())!,
  });
  await page.getByLabel('Title of the new event').fill('Putin and Zelensky last meet');
  await picker(page).getByLabel('Kind', { exact: true }).selectOption('meeting');
  await page.getByRole('button', { name: 'Create event' }).click();
  await expect(notice(page)).toHaveText('Saved: new event “Putin and Zelensky last meet”.');
  await expect(page.locator('.event-editor').getByText(/Dated: December 2019/)).toBeVisible();
  const created = onDisk().find((e) => e.title === 'Putin and Zelensky last meet')!;
  expect(created.evidence).toEqual([
    { source, quote: words, when: { expression: expect.stringContaining('December 2019') } },
  ]);

  // Add a passage that occurs twelve times, selected with the keyboard: the prefix or suffix
  // the editor sets picks the very occurrence selected.
  const other = '000_8337474839ae0089';
  const otherText = article(other);
  const phrase = 'Mr Putin';
  const third = [...otherText.matchAll(/Mr Putin/g)][2]!.index;
  await picker(page).getByLabel('Article', { exact: true }).selectOption({ value: other });
  const box = page.getByLabel(/Select words in the article/);
  await box.evaluate((el, start) => {
    el.focus();
    (el as unknown as { setSelectionRange(a: number, b: number): void }).setSelectionRange(
      start,
      start,
    );
  }, third);
  for (let i = 0; i < phrase.length; i++) await page.keyboard.press('Shift+ArrowRight');
  await expect(page.getByText(`Selected: “${phrase}”`)).toBeVisible();
  // Typing in the article changes nothing: it is there to select from.
  await page.keyboard.type('x');
  await page.keyboard.press('Backspace');
  await expect(box).toHaveValue(otherText);
  await page.getByRole('button', { name: 'Add this passage to …' }).focus();
  await page.keyboard.press('Enter');
  await page.getByLabel('Add it to').selectOption({ label: 'Witkoff meets Putin in Moscow' });
  await page.getByRole('button', { name: 'Add passage' }).click();
  await expect(notice(page)).toHaveText(
    'Saved: added a passage to “Witkoff meets Putin in Moscow”.',
  );
  const added = onDisk()
    .find((e) => e.id === 'witkoff-meets-putin')!
    .evidence.at(-1)!;
  expect(added.quote).toBe(phrase);
  expect(added.prefix ?? added.suffix).toBeTruthy();
  expect(anchorQuote(otherText, added).start).toBe(third);

  // Undo takes the added passage back out.
  await page.getByRole('button', { name: /^Undo: added a passage/ }).click();
  await expect(notice(page)).toHaveText(
    'Undone: added a passage to “Witkoff meets Putin in Moscow”.',
  );
  await page.locator('.changes summary').click();
  await expect(page.locator('.changes li')).toHaveText([
    `Edited “${title(meeting)}”: evidence`,
    `Accepted “${title(drafts.post)}” (edited: evidence)`,
    `Accepted “${title(drafts.call)}”`,
    `Edited “${title(drafts.thisYear)}”: places, evidence`,
    'Added “Putin and Zelensky last meet”',
    `Removed “${title(drafts.rubio)}”`,
    `Removed “${title(drafts.february)}”`,
  ]);

  // The file holds exactly those changes, formatted as the project formats its data.
  let expected = acceptDraft(fixture, drafts.post);
  expected = acceptDraft(expected, drafts.call);
  expected = rejectEvent(expected, drafts.rubio);
  expected = mergeEvents(expected, drafts.february, drafts.thisYear);
  expected = moveEvidence(expected, meeting, 1, drafts.post);
  expected = [...expected, created];
  const bytes = readFileSync(eventsFile, 'utf8');
  expect(JSON.parse(bytes)).toEqual(expected);
  expect(bytes).toBe(await formatDataJson(expected, path.join(root, 'data', 'events.json')));

  // The published page, built from the folder, shows exactly these events, less the one still
  // a draft: a build leaves drafts out until they are reviewed.
  execFileSync('npm', ['run', '-s', 'build', '--', '--story', editorStory], {
    cwd: root,
    stdio: 'pipe',
  });
  const dist = path.join(editorStory, 'dist');
  const built = Dataset.parse(JSON.parse(readFileSync(path.join(dist, 'timeline.json'), 'utf8')));
  const reviewed = expected.filter((e) => !e.draft);
  expect(reviewed.length).toBeLessThan(expected.length);
  expect(built.events.map((e) => e.id).sort()).toEqual(reviewed.map((e) => e.id).sort());
  const served = await serveStatic({ dir: dist, mount: '/story/' });
  try {
    await page.goto(served.url);
    const list = page.locator('.event-list');
    for (const event of built.events) {
      await expect(
        list.getByRole('button', {
          name: new RegExp(event.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
        }),
      ).toBeVisible();
    }
    await expect(list.getByRole('button')).toHaveCount(built.events.length);
    await expect(page.getByText('New event from this passage')).toHaveCount(0);
  } finally {
    await served.close();
  }
});

test('a story drafted by npm run draft is reviewed in the editor and the build publishes exactly what was accepted', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // Start from no events at all and let the drafter propose them from the three articles.
  writeFileSync(eventsFile, '[]\n');
  execFileSync('npm', ['run', '-s', 'draft', '--', '--story', editorStory], {
    cwd: root,
    stdio: 'pipe',
  });
  const drafted = onDisk();
  expect(drafted.length).toBeGreaterThanOrEqual(5);
  expect(drafted.every((e) => e.draft === true)).toBe(true);

  // Reject and merge away only drafts no other draft is dated against, which the build allows.
  const anchored = new Set(drafted.flatMap((e) => e.evidence.map((x) => x.when?.anchor)));
  const free = drafted.filter((e) => !anchored.has(e.id)).map((e) => e.id);
  expect(free.length).toBeGreaterThanOrEqual(3);
  const [rejected, mergedAway, mergedInto] = free as [string, string, string];
  const accepted = drafted
    .map((e) => e.id)
    .filter((id) => id !== rejected && id !== mergedAway && id !== mergedInto)
    .slice(0, 2);
  expect(accepted).toHaveLength(2);
  const titleOf = (id: string) => drafted.find((e) => e.id === id)!.title;

  await open(page);
  await expect(
    page.getByRole('heading', { name: `Drafts to review (${drafted.length})` }),
  ).toBeVisible();
  for (const id of accepted) {
    await draft(page, id).getByRole('button', { name: 'Accept' }).click();
    await expect(notice(page)).toHaveText(`Saved: accepted “${titleOf(id)}”.`);
  }
  await draft(page, rejected).getByRole('button', { name: 'Reject' }).click();
  await expect(notice(page)).toHaveText(`Saved: rejected “${titleOf(rejected)}”.`);
  await draft(page, mergedAway).getByRole('button', { name: /^Show/ }).click();
  const form = page.locator('.event-editor');
  await form.getByLabel('Merge this event into').selectOption({ value: mergedInto });
  await form.getByRole('button', { name: 'Merge' }).click();
  await expect(notice(page)).toContainText('Saved: merged');

  let expected = drafted;
  for (const id of accepted) expected = acceptDraft(expected, id);
  expected = rejectEvent(expected, rejected);
  expected = mergeEvents(expected, mergedAway, mergedInto);
  expect(onDisk()).toEqual(expected);

  // The published site holds the two accepted events and no draft.
  execFileSync('npm', ['run', '-s', 'build', '--', '--story', editorStory], {
    cwd: root,
    stdio: 'pipe',
  });
  const built = Dataset.parse(
    JSON.parse(readFileSync(path.join(editorStory, 'dist', 'timeline.json'), 'utf8')),
  );
  expect(built.events.map((e) => e.id).sort()).toEqual([...accepted].sort());
});

test('a change the build refuses is refused in its words and leaves the file byte for byte', async ({
  page,
}) => {
  await open(page);
  const before = readFileSync(eventsFile);
  // "Witkoff meets Putin" is dated "earlier in the day" against the call: the call cannot go.
  await draft(page, drafts.call).getByRole('button', { name: 'Reject' }).click();
  await expect(notice(page)).toContainText('not saved: the build refuses this change');
  await expect(notice(page)).toContainText('data/events.json › event "witkoff-meets-putin"');
  expect(readFileSync(eventsFile).equals(before)).toBe(true);
  await expect(draft(page, drafts.call)).toBeVisible();
});

test('a write from a tab holding an older version is refused, and that tab shows the file as it is', async ({
  page,
  context,
}) => {
  await open(page);
  const second = await context.newPage();
  await open(second);
  await draft(page, drafts.post).getByRole('button', { name: 'Accept' }).click();
  await expect(notice(page)).toHaveText(`Saved: accepted “${title(drafts.post)}”.`);
  const afterFirst = readFileSync(eventsFile);

  await draft(second, drafts.rubio).getByRole('button', { name: 'Reject' }).click();
  await expect(notice(second)).toContainText('changed on disk since this page read it');
  expect(readFileSync(eventsFile).equals(afterFirst)).toBe(true);
  // Reloaded: the draft the first tab accepted is no longer offered for review.
  await expect(draft(second, drafts.post)).toHaveCount(0);
  await expect(draft(second, drafts.rubio)).toBeVisible();
});

test('a write without the session token, or from another origin, is refused and writes nothing', async ({
  page,
  request,
}) => {
  await open(page);
  const before = readFileSync(eventsFile);
  const token = await page.locator(`meta[name="${editorTokenMeta}"]`).getAttribute('content');
  const body = { file: 'events.json', base: 'x', json: [] };
  const origin = new URL(page.url()).origin;

  const tokenless = await page.evaluate(
    async ([url, json]) => {
      const response = await fetch(url!, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: json,
      });
      return { status: response.status, body: (await response.json()) as { code: string } };
    },
    [`${editorApiBase}/write`, JSON.stringify(body)],
  );
  expect(tokenless.status).toBe(403);
  expect(tokenless.body.code).toBe('no-token');

  const foreign = await request.post(`${origin}${editorApiBase}/write`, {
    headers: { Origin: 'http://evil.example', 'X-Sourceline-Token': token! },
    data: body,
  });
  expect(foreign.status()).toBe(403);
  expect((await foreign.json()).code).toBe('cross-origin');

  // A page on another origin cannot even ask: the browser's preflight finds no CORS answer.
  const elsewhere = await serveStatic({
    mount: '/',
    pages: {
      'index.html': ['text/html; charset=utf-8', '<!doctype html><title>elsewhere</title>'],
    },
  });
  try {
    await page.goto(elsewhere.url);
    const failed = await page.evaluate(
      async ([url, json, t]) => {
        try {
          await fetch(url!, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'X-Sourceline-Token': t! },
            body: json,
          });
          return 'answered';
        } catch {
          return 'blocked';
        }
      },
      [`${origin}${editorApiBase}/write`, JSON.stringify(body), token],
    );
    expect(failed).toBe('blocked');
  } finally {
    await elsewhere.close();
  }
  expect(readFileSync(eventsFile).equals(before)).toBe(true);
});

test('choosing other words to date a quote shows the date the build derives, and saving keeps it', async ({
  page,
}) => {
  await open(page);
  // Words the resolver cannot read as a date: the preview says so in the build's words.
  await draft(page, drafts.post).getByRole('button', { name: /^Show/ }).click();
  let form = page.locator('.event-editor');
  await form.getByLabel('Words that date it').first().selectOption('in the days and weeks to come');
  await expect(form.locator('.editor-date')).toContainText(
    'The build would refuse this: ✖ date expression could not be resolved',
  );

  await draft(page, drafts.february).getByRole('button', { name: /^Show/ }).click();
  form = page.locator('.event-editor');
  await expect(form.getByLabel('Title')).toHaveValue(title(drafts.february));
  const words = form.getByLabel('Words that date it').first();
  const fixed = fixture.find((e) => e.id === drafts.february)!;
  await expect(words).toHaveValue(fixed.evidence[0]!.when!.expression);
  const other = 'this year';
  await words.selectOption(other);
  // What the build itself makes of that choice, computed here the way the server computes it.
  const proposed = fixture.map((e) =>
    e.id === fixed.id
      ? {
          ...e,
          evidence: e.evidence.map((q, i) => (i === 0 ? { ...q, when: { expression: other } } : q)),
        }
      : e,
  );
  const outcome = buildStory(editorStory, { name: 'events.json', json: proposed });
  if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
  const date = outcome.dataset.events.find((e) => e.id === fixed.id)!.date;
  await expect(form.locator('.editor-date')).toContainText(`Dated: ${date.label}`);
  const before = buildStory(editorStory);
  if (!before.ok) throw new Error(before.problems.join('\n'));
  expect(date.label).not.toBe(before.dataset.events.find((e) => e.id === fixed.id)!.date.label);
  // A preview writes nothing.
  expect(readFileSync(eventsFile, 'utf8')).toBe(
    readFileSync(path.join(root, 'src/editorApi/fixtures/events.json'), 'utf8'),
  );
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(notice(page)).toHaveText(`Saved: edited “${fixed.title}”.`);
  expect(onDisk().find((e) => e.id === fixed.id)!.evidence[0]!.when).toEqual({ expression: other });
  await expect(page.locator('#event-details .details')).toContainText(date.label);
});

test('a new kind is written to story.json and offered for events; undo takes it back', async ({
  page,
}) => {
  await open(page);
  const storyFile = path.join(editorStory, 'data', 'story.json');
  const before = readFileSync(storyFile, 'utf8');
  await page.getByLabel('New kind').fill('Court case');
  await page.getByRole('button', { name: 'Add kind (court-case)' }).click();
  await expect(notice(page)).toHaveText('Saved: added the kind “Court case”.');
  const kinds = JSON.parse(readFileSync(storyFile, 'utf8')).kinds as { id: string }[];
  expect(kinds.at(-1)).toEqual({ id: 'court-case', label: 'Court case' });
  await draft(page, drafts.post).getByRole('button', { name: /^Show/ }).click();
  await expect(
    page
      .locator('.event-editor')
      .getByLabel('Kind', { exact: true })
      .locator('option', { hasText: 'Court case' }),
  ).toHaveCount(1);
  await page.getByRole('button', { name: /^Undo: added the kind/ }).click();
  await expect(notice(page)).toHaveText('Undone: added the kind “Court case”.');
  expect(readFileSync(storyFile, 'utf8')).toBe(before);
});

test('edit mode has no axe violations, with an event’s form and a passage open', async ({
  page,
}) => {
  await open(page);
  await draft(page, drafts.post).getByRole('button', { name: /^Show/ }).click();
  await expect(page.locator('.event-editor')).toBeVisible();
  const text = article('000_8337474839ae0089');
  await selectInArticle(page, 0, text.indexOf(' could'));
  await page.getByRole('button', { name: 'New event from this passage' }).click();
  await expect(page.getByLabel('Title of the new event')).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

test('every action is reachable with the keyboard, with a visible focus', async ({ page }) => {
  await open(page);
  const accept = draft(page, drafts.post).getByRole('button', { name: 'Accept' });
  await accept.focus();
  const outline = await page.evaluate('getComputedStyle(document.activeElement).outlineStyle');
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(notice(page)).toHaveText(`Saved: accepted “${title(drafts.post)}”.`);
  // The accepted draft's buttons are gone: the focus goes to the list of drafts, not the page.
  await expect(page.getByRole('heading', { name: /Drafts to review/ })).toBeFocused();
  await page.getByRole('button', { name: /^Undo/ }).focus();
  await page.keyboard.press('Enter');
  await expect(notice(page)).toHaveText(`Undone: accepted “${title(drafts.post)}”.`);
  expect(readFileSync(eventsFile, 'utf8')).toBe(
    readFileSync(path.join(root, 'src/editorApi/fixtures/events.json'), 'utf8'),
  );
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('an editor can accept, reject and retitle drafts, and nothing scrolls sideways', async ({
    page,
  }) => {
    await open(page);
    await draft(page, drafts.post).getByRole('button', { name: 'Accept' }).tap();
    await expect(notice(page)).toHaveText(`Saved: accepted “${title(drafts.post)}”.`);
    await draft(page, drafts.rubio).getByRole('button', { name: 'Reject' }).tap();
    await expect(notice(page)).toHaveText(`Saved: rejected “${title(drafts.rubio)}”.`);
    const retitled = draft(page, drafts.thisYear);
    await retitled.getByLabel('Title').fill('Trump and Zelensky meet twice this year');
    await retitled.getByRole('button', { name: 'Save title' }).tap();
    await expect(notice(page)).toHaveText(
      'Saved: retitled “Trump and Zelensky meet twice this year”.',
    );
    const events = onDisk();
    expect(events.find((e) => e.id === drafts.post)).not.toHaveProperty('draft');
    expect(events.some((e) => e.id === drafts.rubio)).toBe(false);
    expect(events.find((e) => e.id === drafts.thisYear)?.title).toBe(
      'Trump and Zelensky meet twice this year',
    );
    const width = await page.evaluate('document.documentElement.scrollWidth');
    expect(width).toBeLessThanOrEqual(390);
  });
});
