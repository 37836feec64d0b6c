/**
 * Claim matching in the built extension, on an article written for this test (our own wording,
 * nobody's words): a Kabul denial in the first person gets the claim it denies and the side that
 * asserts it as counter-claims; remarks that make no claim (condolences, a condition, a verdict on an act that names
 * no one who did it) get no highlight at all; a quote nobody is named for is read from its words alone; a paraphrase the pack
 * words otherwise still finds its claim; rival tolls of one clash dispute and deny the number claimed; a denial of
 * any part in "the attack" is read for the incident the article is about; a remark naming the weapons by reference is
 * read with the sentence before even when its own words meet another claim's frame in passing.
 */
import { test, expect } from './fixtures';
import type { BrowserContext, Worker } from 'playwright-core';
import type { FixtureServer } from '../scripts/fixture-server';
import { ArticlePage } from './pages/article-page';

const PARAGRAPHS = [
  'PESHAWAR: Pakistan and the Afghan Taliban traded accusations on Tuesday after militants attacked a checkpost in North Waziristan, the latest in a run of cross-border attacks that Islamabad blames on the banned TTP.',
  '"We have never let anyone use our land against a neighbour, and we never will," Taliban spokesman Zabihullah Mujahid told reporters in Kabul.',
  '"We share the grief of the families of the martyred soldiers and pray for the wounded," Foreign Office spokesperson Mumtaz Zahra Baloch said at her weekly briefing.',
  '"If they break the truce again, we will answer with full force," Defence Minister Khawaja Asif said of the Afghan Taliban.',
  'Officials in Islamabad said the attackers had crossed from Khost before dawn, and that the security forces had cleared the area by the afternoon after an exchange of fire.',
  'In Khost, where Pakistani jets struck the night before, a Taliban provincial official said: "Killing women and children is a cruel crime. Our prayers are with the families."',
  "Pakistan's Foreign Office said the killing of innocent women and children was a barbaric crime.",
];

/** An article page with its headline as title and its paragraphs, as a news site serves it. */
const articleHtml = (title: string, paragraphs: readonly string[]) =>
  `<!doctype html><meta charset="utf-8"><title>${title}</title><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>`;

/**
 * Serves an article at `path`, opens it, clicks the highlight holding `click` and returns the sidebar's focused card,
 * after checking it names `speaker` and asserts its claim with a denial among the counter-claims: the card a reader
 * gets for a charge the corpus has answered.
 */
async function answeredCharge(
  { context, worker, server }: { context: BrowserContext; worker: Worker; server: FixtureServer },
  path: string,
  title: string,
  paragraphs: readonly string[],
  click: string,
  speaker: string,
) {
  server.extra.set(path, articleHtml(title, paragraphs));
  const article = await ArticlePage.open(context, worker, `${server.origin}${path}`);
  await article.waitForHighlights(1);
  await article.clickHighlight(click);
  const focused = (await article.sidebar()).locator('.quote-card.focused');
  await expect(focused).toHaveCount(1);
  await expect(focused.locator('.quote-speaker')).toContainText(speaker);
  await expect(focused.locator('.claim').first().locator('.stance-asserts')).toBeVisible();
  await expect(focused.locator('.group-counter .statement-head .stance-denies').first()).toBeVisible();
  return focused;
}

test('a first-person Kabul denial is matched to the claim it denies, with the assertions as its counter-claims; condolences and conditions get nothing', async ({
  context,
  worker,
  server,
}) => {
  server.extra.set('/denial/', articleHtml('Taliban deny TTP uses Afghan soil after Waziristan attack', PARAGRAPHS));
  const article = await ArticlePage.open(context, worker, `${server.origin}/denial/`);
  const texts = await article.waitForHighlights(1);
  expect(texts.some((t) => t.includes('use our land against a neighbour'))).toBe(true);
  expect(texts.some((t) => t.includes('share the grief'))).toBe(false);
  // Condolences after words that sound like a charge still say nothing of who killed whom.
  expect(texts.some((t) => t.includes('cruel crime'))).toBe(false);
  // Nor does a verdict on killing that names no one who did it: Islamabad's condemnation denies no strike of its own.
  expect(texts.some((t) => t.includes('barbaric crime'))).toBe(false);
  expect(texts.some((t) => t.includes('break the truce'))).toBe(false);

  await article.clickHighlight('use our land against a neighbour');
  const sidebar = await article.sidebar();
  const focused = sidebar.locator('.quote-card.focused');
  await expect(focused).toHaveCount(1);
  await expect(focused.locator('.quote-speaker')).toContainText('Zabihullah Mujahid');
  const claim = focused.locator('.claim').first();
  await expect(claim).toContainText('Afghan soil is used by the TTP');
  await expect(claim.locator('.stance-denies')).toBeVisible();
  // Its counter-claims assert the claim (or its mirror), under a heading that says so: never a denial, never another subject.
  await expect(focused.locator('.group-counter .group-title')).toHaveText('Asserted by');
  const counters = focused.locator('.group-counter .statement');
  await expect(counters.first()).toBeVisible();
  await expect(focused.locator('.group-counter .statement-head .stance-denies')).toHaveCount(0);
  await expect(focused.locator('.group-counter .statement-head .stance-asserts').first()).toBeVisible();
});

test('a remark whose side the engine cannot tell shows what was said on its claim by side, and calls nothing a counter-claim', async ({
  context,
  worker,
  server,
}) => {
  server.extra.set(
    '/unsure/',
    articleHtml('Kunar villagers count the damage after overnight strikes', [
      PARAGRAPHS[0]!,
      'A shopkeeper in the town told reporters that "Pakistani air strikes did not kill civilians here: no women or children were killed, and no civilian homes were hit by the bombing."',
      'Officials in Islamabad said the attackers had crossed from Khost before dawn, and that the security forces had cleared the area by the afternoon after an exchange of fire.',
    ]),
  );
  const article = await ArticlePage.open(context, worker, `${server.origin}/unsure/`);
  await article.waitForHighlights(1);
  await article.clickHighlight('did not kill civilians');
  const sidebar = await article.sidebar();
  const focused = sidebar.locator('.quote-card.focused');
  await expect(focused).toHaveCount(1);
  await expect(focused.locator('.claim').first()).toContainText('killed civilians');
  await expect(focused.locator('.claim .stance-unsure')).toHaveText(/side unclear/i);
  await expect(focused.locator('.unsure-note')).toBeVisible();
  // No counter group at all: each statement sits under its own side.
  await expect(focused.locator('.group-counter')).toHaveCount(0);
  await expect(focused.locator('.group-support')).toHaveCount(0);
  await expect(focused.locator('.group-context-denial .group-title')).toHaveText('Denied or disputed by');
  await expect(focused.locator('.group-context-assertion .group-title')).toHaveText('Asserted by');
  await expect(focused.locator('.group-context-denial .statement-head .stance-asserts')).toHaveCount(0);
  await expect(focused.locator('.group-context-assertion .statement-head .stance-denies')).toHaveCount(0);
  await expect(focused.locator('.group-context-assertion .statement').first()).toBeVisible();
  await article.page.screenshot({ path: test.info().outputPath('unsure-card.png') });
});

test('a quote whose speaker the engine cannot name, stating a claim plainly and naming the side it accuses, asserts it with counter-claims; "they opened fire first" tells no side', async ({
  context,
  worker,
  server,
}) => {
  server.extra.set(
    '/plain/',
    articleHtml('Pakistan and Afghanistan trade charges after border raid', [
      PARAGRAPHS[0]!,
      '"The khawarij run their operations against Pakistan from Afghan soil, and the men who planned this raid crossed back the same night," a senior police officer in Bannu told this newspaper.',
      '"They opened fire on our posts first and without any provocation," a man in the crowd said.',
    ]),
  );
  const article = await ArticlePage.open(context, worker, `${server.origin}/plain/`);
  const texts = await article.waitForHighlights(1);
  expect(texts.some((t) => t.includes('opened fire on our posts'))).toBe(false);
  await article.clickHighlight('run their operations against Pakistan');
  const sidebar = await article.sidebar();
  const focused = sidebar.locator('.quote-card.focused');
  await expect(focused).toHaveCount(1);
  await expect(focused.locator('.quote-speaker')).toHaveCount(0);
  const claim = focused.locator('.claim').first();
  await expect(claim).toContainText('Afghan soil is used by the TTP');
  await expect(claim.locator('.stance-asserts')).toBeVisible();
  // Its counter-claims deny or dispute the claim: never another assertion of it.
  await expect(focused.locator('.group-counter .statement').first()).toBeVisible();
  await expect(focused.locator('.group-counter .statement-head .stance-asserts')).toHaveCount(0);
});

test('a reported clause whose subject is a long phrase ("air strikes in the Barmal and Gayan districts of Paktika had killed …") gets its card and counter-claims', async ({
  context,
  worker,
  server,
}) => {
  const focused = await answeredCharge(
    { context, worker, server },
    '/long-subject/',
    'Kabul says Pakistani strikes killed civilians in Paktika',
    [
      PARAGRAPHS[0]!,
      'Taliban spokesman Zabihullah Mujahid said overnight air strikes in the Barmal and Gayan districts of Paktika had killed nine civilians in their homes.',
    ],
    'Barmal and Gayan districts',
    'Zabihullah Mujahid',
  );
  await expect(focused.locator('.claim').first()).toContainText('killed civilians');
  // The side is known, so what answers it is a counter-claim (Islamabad's denial among them), never "side unclear".
  await expect(focused.locator('.group-context-assertion')).toHaveCount(0);
});

test('a remark that refers back ("these weapons") takes the part of its claim it lacks from the sentence before', async ({
  context,
  worker,
  server,
}) => {
  const focused = await answeredCharge(
    { context, worker, server },
    '/refers-back/',
    'Pakistan shows seized rifles it says came from US stocks in Afghanistan',
    [
      PARAGRAPHS[0]!,
      'Officials in Islamabad laid out rifles and night-vision sights from the stocks the US left behind in Afghanistan in 2021. "These weapons have reached TTP terrorists, who use them in their attacks on Pakistan," Foreign Office spokesperson Mumtaz Zahra Baloch said.',
    ],
    'These weapons have reached',
    'Mumtaz Zahra Baloch',
  );
  // The US weapons claim, answered by Kabul's denials that the arms reach the TTP.
  await expect(focused.locator('.claim').first()).toContainText('weapons');
  // So is one naming the weapons by reference whose own words meet another claim's frame in passing ("terrorist groups").
  const turned = await answeredCharge(
    { context, worker, server },
    '/turned-on-pakistan/',
    'Pakistan says arms the US left in Afghanistan are killing its soldiers',
    [
      PARAGRAPHS[0]!,
      'Officials in Islamabad laid out rifles and night-vision sights from the stocks the US left behind in Afghanistan in 2021. "The TTP and other terrorist groups have turned these modern weapons on Pakistan and used them to kill our soldiers and civilians," Foreign Office spokesperson Mumtaz Zahra Baloch said.',
    ],
    'turned these modern weapons',
    'Mumtaz Zahra Baloch',
  );
  await expect(turned.locator('.claim').first()).toContainText('US weapons left in Afghanistan');
});

test('a statement by an institution is the institution\'s: "A statement by the Pakistani foreign ministry said …"', async ({
  context,
  worker,
  server,
}) => {
  await answeredCharge(
    { context, worker, server },
    '/statement-by/',
    'Pakistan blames TTP bases in Afghanistan for Waziristan raid',
    [
      PARAGRAPHS[0]!,
      'A statement by the Pakistani foreign ministry said Afghan soil was being used by the TTP to plan attacks on Pakistan.',
      PARAGRAPHS[2]!,
    ],
    'Afghan soil was being used',
    'Ministry of Foreign Affairs of Pakistan',
  );
});

test('an institution named by where it sits speaks: "The UN mission in Afghanistan said …" is UNAMA, a neutral voice', async ({
  context,
  worker,
  server,
}) => {
  // Asserting the civilian deaths, answered by Islamabad's denials.
  await answeredCharge(
    { context, worker, server },
    '/un-mission/',
    'UN mission says civilians died in Pakistani strikes on Paktika',
    [
      PARAGRAPHS[0]!,
      'The UN mission in Afghanistan said it had received credible reports that civilians, including women and children, were killed in the Pakistani air strikes on Paktika.',
    ],
    'credible reports',
    'UN Assistance Mission in Afghanistan',
  );
});

test('a paraphrase of a claim the pack words otherwise gets its card: "born in Pakistan, to be solved inside its own borders"', async ({
  context,
  worker,
  server,
}) => {
  server.extra.set(
    '/paraphrase/',
    articleHtml('Kabul rejects Pakistani charges after Paktika strikes', [
      'KABUL: The Afghan Taliban on Wednesday rejected Pakistan’s charge that militants of the banned TTP attack its border posts from Afghanistan, a day after Pakistani jets struck targets in Paktika province.',
      '"The TTP is a problem that was born in Pakistan, and Pakistan has to solve it inside its own borders," Taliban spokesman Zabihullah Mujahid told reporters in Kabul, saying Islamabad should stop blaming its neighbours.',
    ]),
  );
  const article = await ArticlePage.open(context, worker, `${server.origin}/paraphrase/`);
  await article.waitForHighlights(1);
  await article.clickHighlight('born in Pakistan');
  const sidebar = await article.sidebar();
  const focused = sidebar.locator('.quote-card.focused');
  await expect(focused).toHaveCount(1);
  await expect(focused.locator('.quote-speaker')).toContainText('Zabihullah Mujahid');
  const claim = focused.locator('.claim').first();
  await expect(claim).toContainText("Pakistan's internal problem");
  await expect(claim.locator('.stance-asserts')).toBeVisible();
  // What answers it asserts a claim that cannot be true with it (Afghan soil used, the Taliban facilitating the TTP).
  await expect(focused.locator('.group-counter .statement').first()).toBeVisible();
  await expect(focused.locator('.group-counter .statement-head .stance-denies')).toHaveCount(0);
});

test('a transcript: a guest’s turn is the guest’s remark, and "That is simply not true." denies what the host just said', async ({
  context,
  worker,
  server,
}) => {
  const turn = (label: string, words: string) => `<strong>${label}:</strong> ${words}`;
  server.extra.set(
    '/transcript/',
    articleHtml('Transcript: Islamabad and Kabul trade charges over the TTP on a panel show', [
      turn(
        'HOST (AYESHA MALIK)',
        "Good evening. Talks between Pakistan and Afghanistan resume next week. With me is Defence Minister Khawaja Asif. Minister, the Taliban keep saying the TTP is Pakistan's internal problem.",
      ),
      turn(
        'KHAWAJA ASIF',
        'That is simply not true. The TTP leadership lives in Afghanistan and the attacks on our soldiers are planned there.',
      ),
      turn('HOST', 'What do you want from Kabul in the talks?'),
      turn(
        'KHAWAJA ASIF (by phone)',
        'We want them to stop the use of Afghan soil for attacks on Pakistan. What else is there to discuss?',
      ),
    ]),
  );
  const article = await ArticlePage.open(context, worker, `${server.origin}/transcript/`);
  const texts = await article.waitForHighlights(2);
  expect(texts.some((t) => t.includes('Good evening'))).toBe(false);
  await article.clickHighlight('That is simply not true');
  const focused = (await article.sidebar()).locator('.quote-card.focused');
  await expect(focused).toHaveCount(1);
  await expect(focused.locator('.quote-speaker')).toContainText('Khawaja Muhammad Asif');
  const claim = focused.locator('.claim').first();
  await expect(claim).toContainText("Pakistan's internal problem");
  await expect(claim.locator('.stance-denies')).toBeVisible();
  // What answers a denial is the claim asserted: by Kabul, whose position it is.
  await expect(focused.locator('.group-counter .statement-head .stance-asserts').first()).toBeVisible();
});

test('rival tolls: the other side\'s count disputes the claimed number, and "a number made up" denies it, both answered by those who gave it', async ({
  context,
  worker,
  server,
}) => {
  server.extra.set(
    '/tolls/',
    articleHtml('Pakistan and Afghanistan give rival tolls after a night of border fighting', [
      'KABUL/ISLAMABAD: Afghan Taliban forces and Pakistani troops exchanged heavy fire along the Durand Line overnight, with fighting reported at border posts in Kunar and Kurram before mediators arranged a halt.',
      'Taliban spokesman Zabihullah Mujahid told a news conference in Kabul that 58 Pakistani soldiers had been killed in the retaliatory operations.',
      'The Inter-Services Public Relations said 23 of its soldiers had been martyred and 29 wounded while repulsing the attack on its posts.',
      'A Pakistani security official, who spoke on condition of anonymity, called the Taliban\'s figure "a number made up for the cameras".',
    ]),
  );
  const article = await ArticlePage.open(context, worker, `${server.origin}/tolls/`);
  await article.waitForHighlights(3);
  for (const [click, stance] of [
    ['23 of its soldiers', 'disputes'],
    ['a number made up', 'denies'],
  ] as const) {
    await article.clickHighlight(click);
    const focused = (await article.sidebar()).locator('.quote-card.focused');
    await expect(focused).toHaveCount(1);
    const claim = focused.locator('.claim').first();
    await expect(claim).toContainText('58 Pakistani soldiers');
    await expect(claim.locator(`.stance-${stance}`)).toBeVisible();
    await expect(focused.locator('.group-counter .group-title')).toHaveText('Asserted by');
    await expect(focused.locator('.group-counter .statement-head').first()).toContainText('Zabihullah Mujahid');
  }
});

test('a denial of any part in "the attack" is read for the incident the article is about, with those who assert it as counters', async ({
  context,
  worker,
  server,
}) => {
  server.extra.set(
    '/incident/',
    articleHtml('Pakistan says Jaffar Express hijackers were steered from Afghanistan', [
      'QUETTA: Pakistan said on Friday that the separatists who hijacked the Jaffar Express in Balochistan this week had been in contact with handlers in Afghanistan throughout the siege.',
      'Islamabad has long accused the Afghan Taliban of letting the TTP and Baloch militants use Afghan soil for attacks on Pakistan.',
      'A Taliban foreign ministry spokesman said Afghanistan had nothing to do with the attack.',
    ]),
  );
  const article = await ArticlePage.open(context, worker, `${server.origin}/incident/`);
  await article.waitForHighlights(2);
  await article.clickHighlight('nothing to do with the attack');
  const focused = (await article.sidebar()).locator('.quote-card.focused');
  await expect(focused).toHaveCount(1);
  const claim = focused.locator('.claim').first();
  await expect(claim).toContainText('Jaffar Express');
  await expect(claim.locator('.stance-denies')).toBeVisible();
  await expect(focused.locator('.group-counter .group-title')).toHaveText('Asserted by');
});

test("a source whose outlet the report does not name says so, with the curator's note beside it, not as its name", async ({
  context,
  worker,
  server,
}) => {
  const article = await ArticlePage.open(context, worker, server.url('seed-003-us-arms'));
  await article.waitForHighlights(2);
  await article.clickHighlight('sufficient proof');
  const sources = (await article.sidebar()).locator('.quote-card.focused .sources li');
  const unnamed = sources.filter({ hasText: /^Outlet not named: / }).first();
  await expect(unnamed).toBeVisible();
  // The note is text on the card, not a tooltip: a keyboard, a touch screen and a screen reader reach it too.
  await expect(unnamed.locator('.source-note')).toBeVisible();
  await expect(unnamed.locator('.source-note')).toHaveText(/names no outlet/);
  await expect(sources.filter({ hasText: 'Unknown outlet' })).toHaveCount(0);
});

test("a statement's date note opens from the keyboard under its date, and closes again", async ({ context, worker, server }) => {
  const article = await ArticlePage.open(context, worker, server.url('seed-003-us-arms'));
  await article.waitForHighlights(2);
  await article.clickHighlight('sufficient proof');
  const card = (await article.sidebar()).locator('.quote-card.focused');
  const toggle = card.locator('.statement .date-toggle').first();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  const note = (await toggle.getAttribute('title'))!;
  expect(note.length).toBeGreaterThan(0);
  await toggle.focus();
  await toggle.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const shown = card.locator(`#${await toggle.getAttribute('aria-controls')}`);
  await expect(shown).toBeVisible();
  await expect(shown).toHaveText(note);
  await toggle.press('Space');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(shown).toHaveCount(0);
});

/**
 * Clicks the highlight holding `words` and checks the card it focuses: its speaker, its claim on the given side, and
 * counter-claims from the other side only.
 */
async function expectCardWithCounters(
  article: ArticlePage,
  words: string,
  want: { speaker: string; claim: string; stance: 'asserts' | 'denies' },
): Promise<void> {
  await article.waitForHighlights(1);
  await article.clickHighlight(words);
  const focused = (await article.sidebar()).locator('.quote-card.focused');
  await expect(focused).toHaveCount(1);
  await expect(focused.locator('.quote-speaker')).toContainText(want.speaker);
  const claim = focused.locator('.claim').first();
  await expect(claim).toContainText(want.claim);
  await expect(claim.locator(`.stance-${want.stance}`)).toBeVisible();
  await expect(focused.locator(`.group-counter .statement-head .stance-${want.stance}`)).toHaveCount(0);
  await expect(focused.locator('.group-counter .statement').first()).toBeVisible();
}

test('a remark only the learned reading names gets its claim, with the side its speaker is on record on and the other side as counter-claims', async ({
  context,
  worker,
  server,
}) => {
  // Written for this test. The evidence alone gives the remark no card; the learned reading of its words names the claim
  // that Pakistan should negotiate with the TTP, and the speaker's record tells the side (test/core/claim-matching.test.ts).
  server.extra.set(
    '/learned/',
    articleHtml('Kabul urges Islamabad to settle with the TTP by talking', [
      ...PARAGRAPHS,
      '"Islamabad should sit down with its own people and settle this by talking," Taliban spokesman Zabihullah Mujahid said.',
    ]),
  );
  const article = await ArticlePage.open(context, worker, `${server.origin}/learned/`);
  await expectCardWithCounters(article, 'settle this by talking', {
    speaker: 'Zabihullah Mujahid',
    claim: 'resolve the TTP issue through',
    stance: 'asserts',
  });
  await article.page.screenshot({ path: test.info().outputPath('learned-card.png') });
});

test('a claim the evidence names too weakly alone gets its card when the learned reading agrees, with its denial read from the words', async ({
  context,
  worker,
  server,
}) => {
  // Written for this test. The evidence alone names the Afghan-soil claim in the remark under a card's least score; the
  // learned reading of the words gives the same claim enough to show it (learned-reading.ts, test/core/claim-matching.test.ts).
  server.extra.set(
    '/agreed/',
    articleHtml('Taliban deputy spokesman speaks after the checkpost attack', [
      ...PARAGRAPHS,
      'Funerals were held on Wednesday. "It is our firm position that no one will be allowed to use our territory to disturb the peace of any other country," the Taliban\'s deputy spokesman Hamdullah Fitrat said.',
    ]),
  );
  const article = await ArticlePage.open(context, worker, `${server.origin}/agreed/`);
  await expectCardWithCounters(article, 'disturb the peace of any other country', {
    speaker: 'Hamdullah Fitrat',
    claim: 'Afghan soil is used by the TTP',
    stance: 'denies',
  });
  await article.page.screenshot({ path: test.info().outputPath('agreed-card.png') });
});
