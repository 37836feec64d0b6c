/**
 * The reading memory in the background: after the engine's analysis of a page, the remarks the
 * reader read before on its quotes' claims (for the sidebar), and the page's own quotes kept for
 * later (when the reader said yes, and never in a private tab). Everything stays in the
 * extension's IndexedDB; no page can reach it.
 */
import type { Analysis } from '../core/analysis';
import { keepRead, type KeepResult } from '../db/reading-keep';
import { readingOnClaim } from '../db/reading-query';
import type { ContentCalls, ReadingItem, Req, Res, Settings } from '../shared/protocol';
import { database } from './corpus';
import { memoryDecision, pageKeys, quotesToKeep, toReadingItem, type MemoryDecision } from './reading-policy';

type ContentReq<K extends keyof ContentCalls> = Req<ContentCalls, K>;
type ContentRes<K extends keyof ContentCalls> = Res<ContentCalls, K>;

/** Remarks shown under one quote at most: the most recently read. */
const PER_QUOTE = 5;

/**
 * The remembered remarks on the claims of each quote of a page, by quote index, while memory is
 * on; none of this page's own. One index range per claim, read newest first and stopped early.
 */
export async function readingFor(
  analysis: Analysis,
  url: string,
  settings: Settings,
): Promise<Record<number, ReadingItem[]> | undefined> {
  if (!settings.rememberReading || !analysis.topic.onTopic || !analysis.quotes.length) return undefined;
  const db = await database();
  const exclude = { url, keys: pageKeys(analysis) };
  const byClaim = new Map<string, Promise<ReadingItem[]>>();
  const lookup = (claimId: string) => {
    let found = byClaim.get(claimId);
    if (!found) {
      found = readingOnClaim(db, claimId, exclude, PER_QUOTE).then((rows) => rows.map((r) => toReadingItem(r, claimId)));
      byClaim.set(claimId, found);
    }
    return found;
  };
  const out: Record<number, ReadingItem[]> = {};
  for (const quote of analysis.quotes) {
    const lists = await Promise.all(quote.claims.map((c) => lookup(c.claimId)));
    const seen = new Set<string>();
    const items = lists.flat().filter((item) => !seen.has(item.id) && seen.add(item.id));
    if (items.length) out[quote.index] = items.sort((a, b) => b.readAt - a.readAt).slice(0, PER_QUOTE);
  }
  return Object.keys(out).length ? out : undefined;
}

/** The page read, as the content script and the tab describe it. */
export interface PageRead {
  url: string;
  title: string;
  /** The text analysed: the quotes' offsets point into it. */
  text: string;
  /** The tab is in a private (incognito) window. */
  incognito: boolean;
  /**
   * Asks the content script for the page's date and outlet (from its metadata), and which of
   * these quotes it showed, unchanged and visible, when first read at this address and still shows.
   */
  read: (quotes: ContentReq<'pageRead'>['quotes']) => Promise<ContentRes<'pageRead'>>;
}

/** What became of a page read in the memory: kept (with counts), or why not. */
export type MemoryOutcome = (KeepResult & { decision: 'keep'; unseen: number }) | { decision: Exclude<MemoryDecision, 'keep'> };

/**
 * Keeps the quotes of a page read, where `memoryDecision` allows and the page showed them when
 * read (`unseen` counts those it did not); answers what was done, or why not.
 */
export async function rememberRead(page: PageRead, analysis: Analysis, settings: Settings): Promise<MemoryOutcome> {
  const decision = memoryDecision(settings, { url: page.url, incognito: page.incognito, onTopic: analysis.topic.onTopic });
  if (decision !== 'keep') return { decision };
  const candidates = quotesToKeep(analysis);
  const none = { decision, added: 0, merged: 0, dropped: 0, unseen: 0 } as const;
  if (!candidates.length) return none;
  const asked = candidates.map((q) => ({
    index: q.index,
    parts: q.parts.map((p) => ({ ...p, text: page.text.slice(p.start, p.end) })),
  }));
  const info = await page.read(asked).catch(() => ({ shown: [] as number[] }) as ContentRes<'pageRead'>);
  const shown = new Set(Array.isArray(info.shown) ? info.shown : []);
  const quotes = candidates.filter((q) => shown.has(q.index));
  const unseen = candidates.length - quotes.length;
  if (!quotes.length) return { ...none, unseen };
  const meta = {
    ...(typeof info.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(info.date) ? { date: info.date } : {}),
    ...(typeof info.outlet === 'string' && info.outlet ? { outlet: info.outlet.slice(0, 160) } : {}),
  };
  const kept = await keepRead(await database(), { url: page.url, title: page.title.slice(0, 400), ...meta }, quotes);
  return { decision, ...kept, unseen };
}
