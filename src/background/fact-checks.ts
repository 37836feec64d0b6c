/**
 * Fact-checks on the page being read: a content script on an on-topic page sends the text of its
 * `ld+json` blocks that mention ClaimReview (as data: nothing of it is ever run); they are read
 * here with the same reader as a file (`readClaimReviews`), and the sidebar offers to add them.
 * Adding opens the options page's import preview with them, where the reader confirms; the
 * background writes nothing itself. Also: the engine's claim suggestions for the options page.
 */
import { browser } from '../shared/browser-api';
import type { BackgroundCalls, FactCheckOffer, Req, Res } from '../shared/protocol';
import { readClaimReviews } from '../core/claim-review-pack';
import { claimQuery, suggestClaims } from '../core/claim-suggest';
import { analyseText } from './corpus';
import { getTabState, patchTabState } from './tab-state';

/** Reviews named in the sidebar's offer; the preview lists them all. */
const MAX_OFFERED = 5;

/** storage.session: the markup of the fact-check shown in a tab, kept for "Add". */
const pageKey = (tabId: number) => `factcheck:${tabId}`;
/** storage.session: a fact-check handed to the options page, taken once. */
const pendingKey = (token: string) => `factcheck-pending:${token}`;

/** What a fact-check is kept as until the reader adds it: the file the import preview reads. */
interface KeptFactCheck {
  text: string;
  url: string;
  title: string;
}

/** A page's ld+json blocks as a file the ClaimReview reader takes: each block in its own script element. */
export function markupAsPage(blocks: readonly string[]): string {
  return blocks.map((b) => `<script type="application/ld+json">\n${b}\n</script>`).join('\n');
}

/** Reads a page's ClaimReview markup; offers it in the sidebar when the page is the tab's on-topic article. */
export async function offerFactChecks(
  { url, title, blocks }: Req<BackgroundCalls, 'offerFactChecks'>,
  tabId: number,
): Promise<Res<BackgroundCalls, 'offerFactChecks'>> {
  const text = markupAsPage(blocks);
  const read = readClaimReviews(text, undefined, { url, title });
  const state = await getTabState(tabId);
  // Broken markup is the page's business: nothing is offered, and nothing is said in the sidebar.
  if (!read.ok || state?.url !== url || state.status !== 'ready') return { ok: false };
  const kept: KeptFactCheck = { text, url, title };
  await browser.storage.session.set({ [pageKey(tabId)]: kept });
  const offer: FactCheckOffer = {
    reviews: read.reviews
      .slice(0, MAX_OFFERED)
      .map((r) => ({ claim: r.claimText, by: r.reviewer.name, ...(r.verdict.label ? { rating: r.verdict.label } : {}) })),
  };
  await patchTabState(tabId, (cur) => (cur.url === url ? { factCheck: offer } : {}));
  return { ok: true };
}

/** Hands the tab's fact-check to a new options page, whose import preview asks the reader to confirm. */
export async function addFactCheck(tabId: number): Promise<Res<BackgroundCalls, 'addFactCheck'>> {
  const kept = (await browser.storage.session.get(pageKey(tabId)))[pageKey(tabId)] as KeptFactCheck | undefined;
  if (!kept) return { ok: false };
  const token = [...crypto.getRandomValues(new Uint8Array(12))].map((b) => b.toString(16).padStart(2, '0')).join('');
  await browser.storage.session.set({ [pendingKey(token)]: kept });
  await browser.tabs.create({ url: browser.runtime.getURL(`options.html#factcheck=${token}`) });
  return { ok: true };
}

/** The fact-check handed over with `token`, once. */
export async function takeFactCheck(token: string): Promise<KeptFactCheck | null> {
  const key = pendingKey(token);
  const kept = (await browser.storage.session.get(key))[key] as KeptFactCheck | undefined;
  await browser.storage.session.remove(key);
  return kept ?? null;
}

/** Forgets a tab's fact-check (the tab closed or left the page). */
export async function forgetFactCheck(tabId: number): Promise<void> {
  await browser.storage.session.remove(pageKey(tabId));
}

/** The engine's best corpus claims for each text, in order (the engine as the background has it). */
export async function rankClaims(texts: readonly string[]): Promise<Res<BackgroundCalls, 'rankClaims'>> {
  const suggestions = [];
  for (const text of texts) suggestions.push(await suggestClaims((options) => analyseText(claimQuery(text), options)));
  return { suggestions };
}
