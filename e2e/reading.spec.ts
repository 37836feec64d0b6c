/** The reading use, end to end: highlights, the sidebar, clicking a quote, off-topic pages. */
import { test, expect } from './fixtures';
import { ArticlePage } from './pages/article-page';
import { DURAND_LINE_QUARREL, HELMAND_CLASH, type Article } from '../test/helpers/near-misses';

const US_ARMS = 'seed-003-us-arms';

test('the content script highlights quotes with context on a seed article and badges the tab', async ({
  context,
  worker,
  server,
}) => {
  const article = await ArticlePage.open(context, worker, server.url(US_ARMS));
  const texts = await article.waitForHighlights(2);
  expect(texts.some((t) => t.includes('sufficient proof'))).toBe(true);
  await expect.poll(() => article.badge()).toMatch(/^[1-9]\d*$/);
  expect(await article.hasSidebarHost()).toBe(false);
});

test("clicking the Foreign Office quote on US weapons opens the sidebar with the Taliban's denial", async ({
  context,
  worker,
  server,
}) => {
  const article = await ArticlePage.open(context, worker, server.url(US_ARMS));
  await article.waitForHighlights(2);
  const { card: focused } = await article.openCard('sufficient proof');
  await expect(focused.locator('.quote-text')).toContainText('sufficient proof');
  const counter = focused.locator('.group-counter .statement');
  await expect(counter.first()).toBeVisible();
  await expect(focused.locator('.group-counter')).toContainText(/Fitrat|Mujahid/);
  await expect(focused.locator('.group-counter .stance-denies').first()).toBeVisible();
});

test('a near-miss page (earthquake relief) passes the cheap check, is turned down by the full score, and shows nothing', async ({
  context,
  worker,
  server,
}) => {
  const paragraphs = [
    'Pakistan sent forty trucks of earthquake relief to eastern Afghanistan on Tuesday, as aid convoys crossed the Torkham border for the third day after the quake in Kunar killed hundreds of villagers.',
    'Relief officials in Peshawar said tents, blankets and medicine were loaded overnight, and that cross-border aid would continue while the roads stay open. The Taliban administration thanked Islamabad for the help.',
    'The earthquake relief effort is coordinated with UN agencies; doctors from Khyber Pakhtunkhwa joined the aid convoy, and engineers are checking the damaged roads before the snow.',
  ];
  server.extra.set(
    '/quake/',
    `<!doctype html><meta charset="utf-8"><title>Pakistan sends earthquake relief to Afghanistan</title><article><h1>Pakistan sends earthquake relief to Afghanistan</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>`,
  );
  const article = await ArticlePage.open(context, worker, `${server.origin}/quake/`);
  // The page names both sides and a cross-border convoy, so it passes the cheap check; the full score must turn it down.
  await expect.poll(() => article.tabStatus()).toBe('off-topic');
  expect(await article.highlightTexts()).toEqual([]);
  expect(await article.hasSidebarHost()).toBe(false);
  expect(await article.badge()).toBe('');
});

test("a near miss whose remarks sound like the pack's claims shows nothing, while a quarrel with no attack in it does", async ({
  context,
  worker,
  server,
}) => {
  const serve = (path: string, a: Article) =>
    server.extra.set(
      path,
      `<!doctype html><meta charset="utf-8"><title>${a.title}</title><article><h1>${a.title}</h1>${a.paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>`,
    );
  // The Helmand clash names both sides and a security signal, so it passes the cheap check; it names Iran far more
  // often than Pakistan, so the full score turns it down, and its Taliban remarks cannot lift it.
  serve('/helmand/', HELMAND_CLASH);
  const clash = await ArticlePage.open(context, worker, `${server.origin}/helmand/`);
  await expect.poll(() => clash.tabStatus()).toBe('off-topic');
  expect(await clash.highlightTexts()).toEqual([]);
  expect(await clash.badge()).toBe('');
  // Both sides named and no attack: below the bar, but its remarks on the border put it on topic.
  serve('/durand/', DURAND_LINE_QUARREL);
  const quarrel = await ArticlePage.open(context, worker, `${server.origin}/durand/`);
  const texts = await quarrel.waitForHighlights(1);
  expect(texts.some((t) => t.includes('international border'))).toBe(true);
  // "…," its spokesperson said, after the Foreign Office answered: the Foreign Office's spokesperson.
  const { card } = await quarrel.openCard('international border');
  await expect(card.locator('.quote-speaker')).toContainText('Ministry of Foreign Affairs of Pakistan');
  await expect(card.locator('.claim').first()).toContainText('Durand Line');
});

test('with "open by itself" on, the sidebar opens on an article with context', async ({ context, worker, server }) => {
  await worker.evaluate(() => chrome.storage.local.set({ settings: { autoOpen: true, disabledSites: [], sidebarWidth: 420 } }));
  const article = await ArticlePage.open(context, worker, server.url(US_ARMS));
  const sidebar = await article.sidebar();
  await expect(sidebar.locator('.quote-card').first()).toBeVisible();
  await expect.poll(() => article.sidebarVisible()).toBe(true);
});

test('the sidebar stays open in its tab across a reload', async ({ context, worker, server }) => {
  const article = await ArticlePage.open(context, worker, server.url(US_ARMS));
  await article.waitForHighlights(2);
  await article.clickHighlight('sufficient proof');
  await article.sidebar();
  await article.page.reload();
  await article.waitForHighlights(2);
  await expect.poll(() => article.sidebarVisible()).toBe(true);
});

test('a ministry named only by its description speaks for the institution the article introduced, with its denial and counter-claims', async ({
  context,
  worker,
  server,
}) => {
  const paragraphs = [
    'KABUL: The Taliban Ministry of National Defence said on Sunday that Pakistani aircraft had struck houses in Paktika province, and Islamabad said its air strikes targeted TTP militants and their hideouts in the border areas, after a wave of cross-border attacks.',
    'At her weekly briefing in Islamabad, Foreign Office spokeswoman Mumtaz Zahra Baloch declined to discuss any operation. “Pakistan believes in dialogue with Afghanistan, and the channels stay open,” Baloch said. The ministry gave no further details.',
    'The Ministry of National Defence said on Monday that its forces had hit several positions beyond what it called the “imaginary line”, in answer to the strikes.',
  ];
  const title = 'Kabul and Islamabad trade charges over strikes across the Durand Line';
  server.extra.set(
    '/durand-line/',
    `<!doctype html><meta charset="utf-8"><title>${title}</title><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>`,
  );
  const article = await ArticlePage.open(context, worker, `${server.origin}/durand-line/`);
  await article.waitForHighlights(1);
  const { sidebar, card: focused } = await article.openCard('imaginary line');
  // Not the Pakistani ministry that "The ministry" referred to just before.
  await expect(focused.locator('.quote-speaker')).toContainText('Ministry of National Defence of Afghanistan');
  // A speaker's long name wraps inside the card instead of pushing the cards past the sidebar's edge.
  const overflow = await sidebar.evaluate(() => {
    const list = document.querySelector('ol.quotes')!;
    return list.scrollWidth - list.clientWidth;
  });
  expect(overflow).toBeLessThanOrEqual(1);
  await expect(focused.locator('.claim .stance-denies')).toBeVisible();
  await expect(focused.locator('.group-counter .statement').first()).toBeVisible();
});
