/**
 * The reading memory's decisions, as pure functions (no browser API, unit-tested in Node):
 * whether a page read may be remembered, which of its quotes are kept, and what the sidebar is
 * given of the remarks found.
 */
import type { Analysis, PageQuote } from '../core/analysis';
import { remarkKey, siteOf, type ReadQuote } from '../db/reading-keep';
import type { ReadingRow } from '../db/schema';
import { isUnlisted } from '../db/reading-remark';
import type { ReadingItem, Settings } from '../shared/protocol';

/** Why a page read is not remembered, or `keep`. */
export type MemoryDecision = 'keep' | 'off' | 'private' | 'not-web' | 'site-off' | 'excluded' | 'off-topic';

/** Whether `host` is `site` or one of its subdomains. */
export function onSite(host: string, site: string): boolean {
  const s = site.trim().toLowerCase().replace(/^\.+/, '');
  return s !== '' && (host === s || host.endsWith(`.${s}`));
}

/**
 * Whether a page read may be remembered: only with memory on, never in a private (incognito)
 * tab, only web pages, never on a site where Counterpoint is off or that the reader excluded,
 * and only an on-topic article.
 */
export function memoryDecision(
  settings: Pick<Settings, 'rememberReading' | 'readingExcludedSites' | 'disabledSites'>,
  page: { url: string; incognito: boolean; onTopic: boolean },
): MemoryDecision {
  if (!settings.rememberReading) return 'off';
  if (page.incognito) return 'private';
  if (!/^https?:\/\//i.test(page.url)) return 'not-web';
  const host = siteOf(page.url);
  if (!host) return 'not-web';
  if (settings.disabledSites.includes(host)) return 'site-off';
  if (settings.readingExcludedSites.some((site) => onSite(host, site))) return 'excluded';
  return page.onTopic ? 'keep' : 'off-topic';
}

/**
 * Whether the curated corpus already holds this very remark: the engine read its stance from
 * it, or a related statement by the same speaker has the same words.
 */
function inCorpus(quote: PageQuote, key: string): boolean {
  if (quote.claims.some((c) => c.stanceFrom === 'remark')) return true;
  return quote.related.some((r) => r.quote !== undefined && remarkKey(r.actorId, r.quote) === key);
}

/**
 * The quotes of an analysis worth remembering: direct quotes (not fragments or reported speech)
 * with a recognised speaker, with the claims the engine gave them, and not already in the curated
 * corpus as that very remark. The speaker is an actor of the corpus, or a person the article names
 * whom the corpus does not hold (`unlisted:`), kept by the name the article writes and shown so.
 */
export function quotesToKeep(analysis: Analysis): (ReadQuote & Pick<PageQuote, 'index' | 'parts'>)[] {
  return analysis.quotes.flatMap((q) => {
    const speaker = q.speaker;
    if (q.kind !== 'direct' || !speaker || !q.claims.length) return [];
    const text = q.text.trim();
    if (!text || inCorpus(q, remarkKey(speaker.actorId, text))) return [];
    const claims = q.claims.map((c) => ({
      claimId: c.claimId,
      stance: c.stance,
      ...(c.sideUnsure ? { sideUnsure: true as const } : {}),
      ...(c.stanceFrom ? { stanceFrom: c.stanceFrom } : {}),
    }));
    return [{ index: q.index, parts: q.parts, actorId: speaker.actorId, speaker: speaker.name, text, claims }];
  });
}

/** The remark keys of every quote with a speaker on a page: its own remarks, never shown on it. */
export function pageKeys(analysis: Analysis): Set<string> {
  return new Set(analysis.quotes.flatMap((q) => (q.speaker ? [remarkKey(q.speaker.actorId, q.text)] : [])));
}

/** What the sidebar shows of a remembered remark under a quote's claim. */
export function toReadingItem(row: ReadingRow, claimId: string): ReadingItem {
  const claim = row.claims.find((c) => c.claimId === claimId) ?? row.claims[0]!;
  const sources = [...row.sources]
    .sort((a, b) => b.readAt - a.readAt)
    .filter((s) => /^https?:\/\//i.test(s.url))
    .map((s) => ({ url: s.url, title: s.title, ...(s.outlet ? { outlet: s.outlet } : {}) }));
  return {
    id: row.id,
    speaker: row.speaker,
    ...(isUnlisted(row) ? { unlisted: true as const } : {}),
    quote: row.quote,
    claimId: claim.claimId,
    stance: claim.stance,
    ...(claim.sideUnsure ? { sideUnsure: true as const } : {}),
    sources,
    readAt: row.readAt,
  };
}
