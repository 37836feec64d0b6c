/**
 * Counterpoint's one message protocol. Every call between contexts is declared here, one
 * interface per receiving side, one entry per call with its request and response types.
 * `send*` and `handle*` helpers check names and payloads at compile time; the receiving side
 * still checks shapes at run time (see `src/background/guard.ts`), because senders are not
 * all trusted.
 */
import type { Analysis } from './types';
import type { ClaimSuggestion } from '../core/claim-suggest';

/** Per-tab state the background keeps in `storage.session` for the sidebar. */
export interface TabState {
  /** Page address the state belongs to. */
  url: string;
  title: string;
  status: 'analysing' | 'ready' | 'off-topic' | 'disabled' | 'error';
  analysis?: Analysis;
  /** The result for text the reader selected ("Find context"), shown before the article's. */
  snippet?: Analysis;
  /** Message for the error state, already written for people. */
  error?: string;
  /**
   * How long the last answer took, for the benchmark: the worker's age when it was ready (since
   * the worker started), the time in the handler, and whether the engine was at hand or was
   * restored from its snapshot or built for it.
   */
  timing?: {
    workerUptimeMs: number;
    handlerMs: number;
    /** Worker age when the handler started. */
    handlerStart?: number;
    engine: 'warm' | 'restored' | 'built';
    /** How the worker's current engine was made, whichever answer this is. */
    made?: 'restored' | 'built';
    /** Worker age at each step of making the engine (start, opened, read, made), on its first answer. */
    steps?: Record<string, number>;
    /** Reading memory: the lookup of the remarks read before on the page's claims (ms). */
    readingMs?: number;
    /** Reading memory: keeping the page's quotes, asking the page which it showed included (ms). */
    keepMs?: number;
  };
  /** Index of the quote the reader clicked, if any. */
  focus?: number;
  /**
   * Remarks from the reader's own reading on the claims of each quote, by quote index: looked up
   * by the background after the analysis, only while reading memory is on; never a remark of this
   * page.
   */
  fromReading?: Record<number, ReadingItem[]>;
  /**
   * What the reading memory did with the last analysis: `keep` with how many remarks were added,
   * merged into ones kept before, dropped by the limit, and not kept because the page did not
   * show them when read (`unseen`); or why nothing was kept (memory off, a private tab …).
   */
  remembered?: { decision: string; added?: number; merged?: number; dropped?: number; unseen?: number };
  /** Whether the sidebar is open in this tab. */
  open: boolean;
  /** The page carries schema.org ClaimReview markup (a fact-check): what it reviews, for the sidebar's offer to add it. */
  factCheck?: FactCheckOffer;
}

/** A fact-check page's reviews, as the sidebar offers them ("Add this fact-check to my corpus"). */
export interface FactCheckOffer {
  reviews: {
    /** `claimReviewed`, as the page gives it. */
    claim: string;
    /** The fact-checker's name. */
    by: string;
    /** The rating's words (or its place on the scale). */
    rating?: string;
  }[];
}

/** Most characters of ClaimReview markup a page may send (its ld+json blocks, together). */
export const MAX_FACT_CHECK_CHARS = 500_000;

/** A remark from the reader's reading memory, as the sidebar shows it under a quote. */
export interface ReadingItem {
  /** Remark id in the `reading` table. */
  id: string;
  /** The speaker's name. */
  speaker: string;
  /** The speaker is a person the article named, not an actor of the corpus: shown by the name written, and said so. */
  unlisted?: true;
  /** The words, verbatim as the page read gave them. */
  quote: string;
  /** The claim of the quote it is shown under, and the stance the engine gave the remark on it (machine-assigned). */
  claimId: string;
  stance: 'asserts' | 'denies' | 'disputes' | 'qualifies';
  /** The engine was unsure of the remark's side. */
  sideUnsure?: true;
  /** The pages it was read on, most recent first (http and https addresses only). */
  sources: { url: string; title: string; outlet?: string }[];
  /** When it was last read (ms since the epoch). */
  readAt: number;
}

/** Calls the background handles. */
export interface BackgroundCalls {
  /** Content script: analyse this page's article text; answers what to highlight. */
  analysePage: {
    req: { url: string; title: string; text: string };
    res: { status: TabState['status']; quotes: { index: number; parts: { start: number; end: number }[] }[]; open: boolean };
  };
  /** Content script: the reader clicked a highlighted quote; focus the sidebar on it. */
  focusQuote: { req: { index: number }; res: { ok: boolean } };
  /** Content script or sidebar: open or close the sidebar in the sender's tab. */
  setSidebarOpen: { req: { open: boolean }; res: { ok: boolean } };
  /** Sidebar: the state of the tab it is shown in (also pushed on the `SIDEBAR_PORT` when it changes). */
  getTabState: { req: Record<string, never>; res: TabState | null };
  /** Sidebar: put away the result for the reader's selection, back to the article's. */
  dismissSnippet: { req: Record<string, never>; res: { ok: boolean } };
  /** Options page: the corpus changed; rebuild the engine and republish the cheap-check words. */
  corpusChanged: { req: Record<string, never>; res: { ok: boolean } };
  /** Sidebar: scroll the page to a quote and flash it. */
  revealQuote: { req: { index: number }; res: { ok: boolean } };
  /** Sidebar: turn Counterpoint off (or on) for the site of its tab. */
  setSiteEnabled: { req: { enabled: boolean }; res: { ok: boolean } };
  /** Content script, on an on-topic page: the text of its `ld+json` blocks that mention ClaimReview, as data (never run). */
  offerFactChecks: { req: { url: string; title: string; blocks: string[] }; res: { ok: boolean } };
  /** Sidebar: the reader wants this page's fact-check in the corpus; open the options page's import preview with it. */
  addFactCheck: { req: Record<string, never>; res: { ok: boolean } };
  /** Options page: the fact-check the sidebar handed over (once), as a file's text with the page's address and title. */
  takeFactCheck: { req: { token: string }; res: { text: string; url: string; title: string } | null };
  /** Options page: the engine's best corpus claims for each fact-check's claim, in order. */
  rankClaims: { req: { texts: string[] }; res: { suggestions: ClaimSuggestion[][] } };
}

/** Calls the content script handles (sent by the background with `tabs.sendMessage`). */
export interface ContentCalls {
  /** Show or hide the sidebar frame. */
  showSidebar: { req: { open: boolean }; res: { ok: boolean } };
  /** Scroll to a quote and flash it. */
  revealQuote: { req: { index: number }; res: { ok: boolean } };
  /** Counterpoint was turned off for this site: remove highlights and sidebar. */
  teardown: { req: Record<string, never>; res: { ok: boolean } };
  /** What the page says of itself, for a statement added from it: its date and outlet, where it says them. */
  pageInfo: { req: Record<string, never>; res: { date?: string; outlet?: string } };
  /**
   * The reading memory is about to keep these quotes of the page's last analysis (offsets and
   * words of each part): the page's date and outlet, and which quotes it showed, unchanged and
   * visible, at its first reading at this address and shows still.
   */
  pageRead: {
    req: { quotes: { index: number; parts: { start: number; end: number; text: string }[] }[] };
    res: { date?: string; outlet?: string; shown: number[] };
  };
  /** Analyse again (settings changed, or the site was turned back on). */
  recheck: { req: Record<string, never>; res: { ok: boolean } };
}

/** The envelope every message travels in. */
export interface Envelope<Calls, K extends keyof Calls = keyof Calls> {
  /** Marks Counterpoint's own messages. */
  cp: 1;
  type: K;
  payload: Calls[K] extends { req: infer R } ? R : never;
}

/** Request type of a call. */
export type Req<Calls, K extends keyof Calls> = Calls[K] extends { req: infer R } ? R : never;
/** Response type of a call. */
export type Res<Calls, K extends keyof Calls> = Calls[K] extends { res: infer R } ? R : never;

/** Builds an envelope. */
export function envelope<Calls, K extends keyof Calls>(type: K, payload: Req<Calls, K>): Envelope<Calls, K> {
  return { cp: 1, type, payload } as Envelope<Calls, K>;
}

/** Whether a value looks like one of our envelopes (shape only; the handler checks the payload). */
export function isEnvelope(value: unknown): value is { cp: 1; type: string; payload: unknown } {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { cp?: unknown }).cp === 1 &&
    typeof (value as { type?: unknown }).type === 'string' &&
    typeof (value as { payload?: unknown }).payload === 'object' &&
    (value as { payload?: unknown }).payload !== null
  );
}

/**
 * The port a sidebar opens to the background: the background posts `{ cp: 1, type: 'tabState',
 * payload: TabState | null }` on it whenever the tab's state changes. A port, not
 * `storage.onChanged`, because an extension frame inside a web page does not get
 * `storage.session` in Firefox.
 */
export const SIDEBAR_PORT = 'cp-sidebar';

/**
 * How a page that keeps changing is checked again (the background's text check, the first stage, the
 * reader): after it has been still for `settleMs`, at most `maxChecks` times, and no longer
 * watched after `maxMutationBatches` batches of changes (tickers, ads).
 */
export const RECHECK = { settleMs: 1000, maxChecks: 8, maxMutationBatches: 2000 } as const;

/** Longest article text the background analyses (characters): a 5 MB page's text fits. */
export const MAX_TEXT = 6_000_000;

/** Storage keys shared by contexts. */
export const StorageKeys = {
  /** storage.local: user settings. */
  settings: 'settings',
  /** storage.local: the cheap first-check words of the installed packs, for the content script. */
  quickCheck: 'quickCheck',
  /** storage.session: per-tab state, `tab:<id>`. */
  tab: (tabId: number) => `tab:${tabId}`,
} as const;

/** User settings, in storage.local. */
export interface Settings {
  /** Open the sidebar by itself on on-topic articles. */
  autoOpen: boolean;
  /** Hostnames where Counterpoint is off. */
  disabledSites: string[];
  /** Sidebar width in CSS pixels. */
  sidebarWidth: number;
  /**
   * Reading memory: keep the direct quotes of the on-topic articles read, on this device, and show
   * them beside later articles. Off until the reader says yes (welcome page or options page).
   */
  rememberReading: boolean;
  /** Hostnames (and their subdomains) whose pages are never remembered. */
  readingExcludedSites: string[];
}

/** Settings of a fresh install. */
export const DEFAULT_SETTINGS: Settings = {
  autoOpen: false,
  disabledSites: [],
  sidebarWidth: 400,
  rememberReading: false,
  readingExcludedSites: [],
};
