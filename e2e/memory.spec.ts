/**
 * Reading memory in the built extension, on two articles written for this test (our own
 * wording): the welcome page asks once, on install; with memory on, a Pakistani minister's
 * remark read on one page shows, verbatim and linked to that page, under "From your reading" in
 * the card of a Taliban denial read next; with memory off nothing is kept; forgetting clears it.
 */
import type { BrowserContext, Worker } from 'playwright-core';
import { test, expect } from './fixtures';
import { ArticlePage } from './pages/article-page';
import { seriousViolations } from './pages/axe-audit';
import { ReadingTab, WelcomePage, allowInIncognito, openPrivateWindow, remembered, tabRecord } from './pages/reading-memory';
import type { FixtureServer } from '../scripts/fixture-server';
import { parsePack } from '../src/core/pack-validate';
import type { Pack } from '../src/core/pack-schema';
import { readFileSync } from 'node:fs';

const ASSERTION =
  'The TTP is using Afghan soil to plan and launch these attacks on Pakistan, and Kabul knows exactly where their camps are';
const DENIAL =
  "Our soil is not used against Pakistan or any other country, and these charges are an attempt to hide Islamabad's own failures";

/** An article page with its metadata (outlet and date) as news sites print them. */
function articleHtml(title: string, outlet: string, date: string, paragraphs: string[]): string {
  return `<!doctype html><meta charset="utf-8"><title>${title}</title>
<meta property="og:site_name" content="${outlet}"><meta property="article:published_time" content="${date}T08:00:00Z">
<article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>`;
}

function serveArticles(server: FixtureServer): { first: string; second: string } {
  server.extra.set(
    '/memory/asif/',
    articleHtml('Islamabad says militants keep crossing from Afghanistan after Bajaur raid', 'Frontier Ledger', '2026-03-02', [
      'ISLAMABAD: Pakistan on Monday again accused the Afghan Taliban of sheltering the banned Tehreek-e-Taliban Pakistan after a raid on a police post in Bajaur killed four officers.',
      `"${ASSERTION}," Defence Minister Khawaja Asif told reporters outside parliament.`,
      'Officials said the attackers had come across the border at night and that a search operation was under way in the district.',
      'The Afghan embassy in Islamabad did not answer a request for comment.',
    ]),
  );
  server.extra.set(
    '/memory/mujahid/',
    articleHtml('Kabul rejects Pakistani charge that TTP plans attacks from Afghanistan', 'Kabul Courier', '2026-03-04', [
      "KABUL: The Afghan Taliban government on Wednesday rejected Pakistan's accusation that militants of the banned TTP who attacked a police post in Bajaur had planned the raid from Afghanistan.",
      `"${DENIAL}," Taliban spokesman Zabihullah Mujahid said in a statement.`,
      'He said Kabul wanted good relations with its neighbours and called for talks rather than accusations after the terrorist attack.',
      'Pakistani officials have said the attackers crossed the border at night before the raid.',
    ]),
  );
  return { first: `${server.origin}/memory/asif/`, second: `${server.origin}/memory/mujahid/` };
}

/** Reads an article until its quotes are highlighted and the background has answered. */
async function read(context: BrowserContext, worker: Worker, url: string, quote: string): Promise<ArticlePage> {
  const article = await ArticlePage.open(context, worker, url);
  const texts = await article.waitForHighlights(1);
  expect(texts.some((t) => t.includes(quote.slice(0, 30)))).toBe(true);
  await expect.poll(() => article.tabStatus()).toBe('ready');
  return article;
}

test('the welcome page opens once, on install, and memory is off until the reader says yes', async ({ context, worker }) => {
  const welcome = await WelcomePage.opened(context);
  await expect(welcome.page.getByTestId('welcome-answer')).toHaveText('Until you say yes, nothing you read is remembered.');
  expect(
    await worker.evaluate(
      async () =>
        ((await chrome.storage.local.get('settings')).settings as { rememberReading?: boolean } | undefined)?.rememberReading,
    ),
  ).not.toBe(true);
  await welcome.answer(true);
  expect(
    await worker.evaluate(
      async () => ((await chrome.storage.local.get('settings')).settings as { rememberReading?: boolean }).rememberReading,
    ),
  ).toBe(true);
  await welcome.page.screenshot({ path: test.info().outputPath('welcome.png'), fullPage: true });
  // An update, and a browser start, open no second welcome page.
  await worker.evaluate(() => {
    const fire = (event: unknown, ...args: unknown[]) => (event as { dispatch(...a: unknown[]): void }).dispatch(...args);
    fire(chrome.runtime.onInstalled, { reason: 'update', previousVersion: '0.0.9' });
    fire(chrome.runtime.onStartup);
  });
  await new Promise((resolve) => setTimeout(resolve, 1000));
  expect(WelcomePage.tabs(context)).toHaveLength(1);
});

test('with memory on, a remark read before shows verbatim under "From your reading" in the card of a later denial', async ({
  context,
  worker,
  server,
  extensionId,
}) => {
  const { first, second } = serveArticles(server);
  await (await WelcomePage.opened(context)).answer(true);

  const one = await read(context, worker, first, ASSERTION);
  await expect.poll(async () => (await remembered(worker)).map((r) => r.quote)).toEqual([ASSERTION]);
  const [kept] = await remembered(worker);
  expect(kept).toMatchObject({
    speaker: 'Khawaja Muhammad Asif',
    sources: [
      {
        url: first,
        outlet: 'Frontier Ledger',
        date: '2026-03-02',
        title: 'Islamabad says militants keep crossing from Afghanistan after Bajaur raid',
      },
    ],
    claims: [{ claimId: 'afghan-soil-used-by-ttp', stance: 'asserts' }],
  });
  // The page it was read on never shows its own remark as "from your reading".
  await one.clickHighlight(ASSERTION.slice(0, 30));
  await expect((await one.sidebar()).locator('.quote-card.focused')).toHaveCount(1);
  await expect((await one.sidebar()).locator('.group-reading')).toHaveCount(0);

  const two = await read(context, worker, second, DENIAL);
  await two.clickHighlight(DENIAL.slice(0, 30));
  const sidebar = await two.sidebar();
  const card = sidebar.locator('.quote-card.focused');
  await expect(card.locator('.quote-speaker')).toContainText('Zabihullah Mujahid');
  const group = card.locator('.group-reading');
  await expect(group.locator('.group-title')).toHaveText('From your reading');
  const item = group.locator('.reading-item');
  await expect(item).toHaveCount(1);
  await expect(item.locator('.speaker')).toHaveText('Khawaja Muhammad Asif');
  await expect(item.locator('blockquote q')).toHaveText(ASSERTION);
  await expect(item.locator('.machine-tag')).toHaveText(/machine-assigned/i);
  await expect(item.locator('.machine')).toContainText('Afghan soil is used by the TTP');
  await expect(item.locator('.stance-asserts')).toBeVisible();
  await expect(item.locator('.date')).toContainText(/read .*\d{4}/);
  const link = item.locator('.sources a');
  await expect(link).toHaveAttribute('href', first);
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toContainText('Frontier Ledger');
  // After the corpus's groups, never above them.
  const order = await card.locator('.group').evaluateAll((els) => els.map((e) => e.className));
  expect(order.at(-1)).toContain('group-reading');
  expect(order.length).toBeGreaterThan(1);

  // The options page lists both remarks, newest first, with the machine-assigned label.
  const tab = await ReadingTab.open(context, extensionId);
  await expect(tab.total).toHaveText('2 remarks');
  await expect(tab.remarks.first()).toContainText(DENIAL);
  await expect(tab.remarks.nth(1)).toContainText(ASSERTION);
  await expect(tab.remarks.nth(1).locator('.tag-machine')).toHaveText('machine-assigned');

  // Clicking through opens the page it was read on.
  await two.page.bringToFront();
  const opened = context.waitForEvent('page');
  await link.click();
  expect((await opened).url()).toBe(first);
});

test('with memory off, nothing is kept and nothing is shown', async ({ context, worker, server }) => {
  const { first, second } = serveArticles(server);
  await (await WelcomePage.opened(context)).answer(false);
  await read(context, worker, first, ASSERTION);
  const two = await read(context, worker, second, DENIAL);
  await expect.poll(() => two.remembered()).toEqual({ decision: 'off' });
  expect(await remembered(worker)).toEqual([]);
  await two.clickHighlight(DENIAL.slice(0, 30));
  const card = (await two.sidebar()).locator('.quote-card.focused');
  await expect(card).toHaveCount(1);
  await expect(card.locator('.group-counter')).toHaveCount(1);
  await expect(card.locator('.group-reading')).toHaveCount(0);
});

test('"Forget my reading" clears what was kept, and the next article shows nothing from it', async ({
  context,
  worker,
  server,
  extensionId,
}) => {
  const { first, second } = serveArticles(server);
  await (await WelcomePage.opened(context)).answer(true);
  await read(context, worker, first, ASSERTION);
  await expect.poll(async () => (await remembered(worker)).length).toBe(1);

  const tab = await ReadingTab.open(context, extensionId);
  await expect(tab.total).toHaveText('1 remark');
  await tab.forgetEverything();
  await expect(tab.total).toHaveText('0 remarks');
  await expect(tab.page.getByRole('status')).toContainText('Forgot 1 remark.');
  expect(await remembered(worker)).toEqual([]);

  const two = await read(context, worker, second, DENIAL);
  await two.clickHighlight(DENIAL.slice(0, 30));
  const card = (await two.sidebar()).locator('.quote-card.focused');
  await expect(card).toHaveCount(1);
  await expect(card.locator('.group-reading')).toHaveCount(0);
});

test('only what the page showed when it was read is kept: not a hidden quote, nor one changed or revealed later', async ({
  context,
  worker,
  server,
}) => {
  const url = `${server.origin}/memory/changing/`;
  server.extra.set(
    url.slice(server.origin.length),
    articleHtml('Islamabad and Kabul trade charges after the Bajaur raid', 'Frontier Ledger', '2026-03-05', [
      'ISLAMABAD: Pakistan and the Afghan Taliban traded charges on Thursday over the raid on a police post in Bajaur.',
      `"${ASSERTION}," Defence Minister Khawaja Asif told reporters outside parliament.`,
      `<span class="later">"${DENIAL}," Taliban spokesman Zabihullah Mujahid said in a statement.</span>`,
      'Officials said the attackers had come across the border at night and that a search operation was under way in the district.',
    ]).replace('</title>', '</title><style>.later { display: none }</style>'),
  );
  await (await WelcomePage.opened(context)).answer(true);
  const article = await ArticlePage.open(context, worker, url);
  // The engine reads both quotes (the hidden one is in the page's text), but the memory keeps
  // only the one a reader could see.
  await expect.poll(async () => (await article.highlightTexts()).length).toBe(2);
  await expect.poll(() => article.remembered()).toEqual({ decision: 'keep', added: 1, merged: 0, dropped: 0, unseen: 1 });
  expect((await remembered(worker)).map((r) => r.quote)).toEqual([ASSERTION]);

  // The page then changes the remark's words, reveals the hidden one and grows enough to be read again.
  await article.page.evaluate(() => {
    const quote = [...document.querySelectorAll('p')].find((p) => p.textContent?.includes('Kabul knows exactly'))!;
    quote.firstChild!.textContent = quote.firstChild!.textContent!.replace('Kabul knows exactly', 'Kabul has long known');
    document.querySelector('style')!.remove();
    const more = document.createElement('p');
    more.textContent =
      'Security officials in Khyber Pakhtunkhwa said the police post had been attacked twice before this year. '.repeat(12);
    document.querySelector('article')!.append(more);
  });
  await expect.poll(async () => (await article.highlightTexts()).some((t) => t.includes('Kabul has long known'))).toBe(true);
  await expect.poll(() => article.remembered()).toEqual({ decision: 'keep', added: 0, merged: 0, dropped: 0, unseen: 2 });
  // What was there when read stays, verbatim; nothing the page showed only afterwards joins it.
  expect((await remembered(worker)).map((r) => r.quote)).toEqual([ASSERTION]);
});

test('a private window keeps nothing, with the extension allowed in private windows and memory on', async ({
  context,
  server,
  extensionId,
}) => {
  const { first } = serveArticles(server);
  await (await WelcomePage.opened(context)).answer(true);
  const options = await allowInIncognito(context, extensionId);

  const tabId = await openPrivateWindow(options, first);
  // The article is read there (Counterpoint works in the private window) …
  await expect.poll(async () => (await tabRecord(options, tabId))?.status).toBe('ready');
  const privatePage = context.pages().find((p) => p.url() === first);
  expect(await privatePage?.evaluate(() => CSS.highlights.get('counterpoint-quote')?.size ?? 0)).toBeGreaterThan(0);
  // … and the memory refuses it, because the window is private.
  await expect.poll(async () => (await tabRecord(options, tabId))?.remembered).toEqual({ decision: 'private' });
  expect(await remembered(options)).toEqual([]);

  // The same article in an ordinary window is kept: the memory is on and working.
  const article = await context.newPage();
  await article.goto(first);
  await expect.poll(async () => (await remembered(options)).map((r) => r.quote)).toEqual([ASSERTION]);
});

/** The defence minister's remark as a second outlet printed it (a dash for the comma), and an analyst the corpus does not hold. */
const ASSERTION_WIRE = ASSERTION.replace(', and Kabul', ' — and Kabul');
const ANALYST = 'The TTP uses Afghan soil to plan and launch these attacks inside Pakistan, and everyone in Bajaur knows it';

/** Saves what a button of the options page downloads, and reads it as a pack. */
async function exported(tab: ReadingTab, button: string): Promise<Pack> {
  const [download] = await Promise.all([
    tab.page.waitForEvent('download'),
    tab.page.getByRole('button', { name: button }).click(),
  ]);
  const parsed = parsePack(readFileSync((await download.path())!, 'utf8'), download.suggestedFilename());
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('\n'));
  return parsed.pack;
}

test('a remark read on two sites is one remark with two sources; a speaker the corpus lacks is kept by name; both exports are valid packs', async ({
  context,
  worker,
  server,
  extensionId,
}) => {
  const { first, second } = serveArticles(server);
  const wire = `${server.origin}/memory/wire/`;
  server.extra.set(
    '/memory/wire/',
    articleHtml('Pakistan says militants plan Bajaur raids from Afghan soil', 'Border Wire', '2026-03-03', [
      'ISLAMABAD: Pakistan on Tuesday repeated its charge that the banned Tehreek-e-Taliban Pakistan plans its attacks from Afghanistan, a day after a raid on a police post in Bajaur killed four officers.',
      `"${ASSERTION_WIRE}," Defence Minister Khawaja Asif said.`,
      `"${ANALYST}," said analyst Ayesha Tariq.`,
      'Officials said a search operation was under way in the district and that the border crossing had been closed.',
    ]),
  );
  await (await WelcomePage.opened(context)).answer(true);
  await read(context, worker, first, ASSERTION);
  await expect.poll(async () => (await remembered(worker)).length).toBe(1);
  const two = await read(context, worker, wire, ASSERTION_WIRE);
  await expect.poll(() => two.remembered()).toEqual({ decision: 'keep', added: 1, merged: 1, dropped: 0, unseen: 0 });

  const rows = await remembered(worker);
  const asif = rows.find((r) => r.speaker === 'Khawaja Muhammad Asif')!;
  // One remark, both pages, each page's words verbatim.
  expect(asif.quote).toBe(ASSERTION);
  expect(asif.sources.map((s) => [s.url, s.quote])).toEqual([
    [first, undefined],
    [wire, ASSERTION_WIRE],
  ]);
  expect(rows.find((r) => r.quote === ANALYST)).toMatchObject({ actorId: 'unlisted:ayesha-tariq', speaker: 'Ayesha Tariq' });

  const tab = await ReadingTab.open(context, extensionId);
  await expect(tab.total).toHaveText('2 remarks');
  const analyst = tab.remarks.filter({ hasText: ANALYST });
  await expect(analyst.locator('.speaker')).toHaveText('Ayesha Tariq');
  await expect(analyst.getByText('named in the article, not in your corpus')).toBeVisible();
  await expect(tab.remarks.filter({ hasText: ASSERTION }).locator('.read-sources li')).toHaveCount(2);
  await tab.page.screenshot({ path: test.info().outputPath('options-reading.png'), fullPage: true });
  for (const colorScheme of ['dark', 'light'] as const) {
    await tab.page.emulateMedia({ colorScheme });
    expect(await seriousViolations(tab.page.mainFrame()), `the tab with remarks, ${colorScheme}`).toEqual([]);
  }

  // Apart from the corpus: the remark is one remark (two statements, one per wording, one remark id), with its speakers and claims.
  const apart = await exported(tab, 'Export my reading');
  const reports = apart.statements.filter((st) => st.actorId === 'khawaja-asif');
  expect(reports.map((st) => [st.quote, st.sources.map((x) => x.url)])).toEqual([
    [ASSERTION, [first]],
    [ASSERTION_WIRE, [wire]],
  ]);
  expect(reports[0]!.remark).toBeDefined();
  expect(reports[1]!.remark).toBe(reports[0]!.remark);
  expect(apart.actors.find((a) => a.id === 'ayesha-tariq')).toMatchObject({ name: 'Ayesha Tariq', kind: 'person' });
  expect(apart.statements).toHaveLength(3);
  // With the corpus: every corpus statement, and the same three.
  const whole = await exported(tab, 'Export with the corpus');
  expect(whole.statements.filter((st) => st.keywords?.includes('from-my-reading'))).toHaveLength(3);
  expect(whole.statements.length).toBeGreaterThan(200);

  // The denial read next shows the remark once, linked to both pages, and the analyst's, named as written and marked so.
  const three = await read(context, worker, second, DENIAL);
  await three.clickHighlight(DENIAL.slice(0, 30));
  const items = (await three.sidebar()).locator('.quote-card.focused .group-reading .reading-item');
  await expect(items).toHaveCount(2);
  await expect(items.filter({ hasText: ASSERTION }).locator('.sources a')).toHaveCount(2);
  const named = items.filter({ hasText: ANALYST });
  await expect(named.locator('.speaker')).toHaveText('Ayesha Tariq');
  await expect(named.locator('.unlisted-tag')).toHaveText('named in the article, not in your corpus');
  await named.scrollIntoViewIfNeeded();
  // The pointer off the quote, so that its hint does not cover the page in the picture.
  await three.page.mouse.move(400, 600);
  await three.page.screenshot({ path: test.info().outputPath('from-your-reading.png') });
  const sidebar = await three.sidebar();
  for (const colorScheme of ['dark', 'light'] as const) {
    await three.page.emulateMedia({ colorScheme });
    expect(await seriousViolations(sidebar), `the sidebar's reading group, ${colorScheme}`).toEqual([]);
  }
});
