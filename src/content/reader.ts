/**
 * The content script's second stage, loaded by `main.ts` only on pages that pass the cheap
 * check (or when the reader asks for the sidebar): sends the article text to the background
 * (the engine runs there, off the page's main thread), highlights the quotes that have context,
 * hosts the sidebar frame, and re-checks pages that change.
 */
import { browser, readSettings, sendToBackground, writeSettings } from '../shared/browser-api';
import { DEFAULT_SETTINGS, isEnvelope, MAX_TEXT, RECHECK, StorageKeys, type ContentCalls } from '../shared/protocol';
import { compileQuickChecks, type QuickCheckData } from '../core/topic';
import { collectText, findArticleRoot, rangeFor } from './page-text';
import { atSelection, clear, hitTest, paint, setActive, type QuoteMark } from './highlights';
import { SidebarFrame } from './sidebar-frame';
import { claimReviewMarkup } from './fact-check-markup';
import { noteRead, shownQuotes } from './read-check';

/** Article text below this many characters is not worth a full analysis. */
const MIN_TEXT = 400;

let marks: QuoteMark[] = [];
let frame: SidebarFrame | undefined;
let checkedUrl = '';
let checkedLength = 0;
let rechecks = 0;
let torndown = false;
let quick: ((text: string) => boolean) | undefined;
/** Counts analyses: an answer that arrives after a newer analysis started is dropped. */
let generation = 0;
/** The sidebar width from the settings last read. */
let width = DEFAULT_SETTINGS.sidebarWidth;

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function sidebar(): SidebarFrame {
  frame ??= new SidebarFrame(width, (w) => void writeSettings({ sidebarWidth: w }).catch(() => undefined));
  return frame;
}

/** Set when the first stage has just run the cheap check on this very page: no need to run it again. */
let passedCheck = false;

async function check(): Promise<void> {
  const mine = ++generation;
  const skipQuick = passedCheck;
  passedCheck = false;
  checkedUrl = location.href;
  const bodyText = document.body?.textContent ?? '';
  checkedLength = bodyText.length;
  const [settings, stored] = await Promise.all([readSettings(), browser.storage.local.get(StorageKeys.quickCheck)]);
  width = settings.sidebarWidth;
  if (settings.disabledSites.includes(location.hostname)) return;
  if (!skipQuick) {
    // The cheap first check again, on a page that changed since the first stage ran it.
    const data = stored[StorageKeys.quickCheck] as QuickCheckData[] | undefined;
    if (!Array.isArray(data) || !data.length) return;
    quick ??= compileQuickChecks(data);
    if (!quick(`${document.title}\n${bodyText}`)) return;
  }

  const root = findArticleRoot(document);
  const collected = await collectText(root, pause);
  if (collected.text.length < MIN_TEXT) return;
  // The background refuses more than MAX_TEXT: a longer article is read up to there.
  const text = collected.text.slice(0, MAX_TEXT);
  noteRead(location.href, collected);
  const answer = await sendToBackground('analysePage', { url: location.href, title: document.title, text });
  if (torndown || mine !== generation) return;
  marks = answer.quotes.flatMap((q) => {
    const ranges = q.parts.map((p) => rangeFor(collected, p.start, p.end)).filter((r): r is Range => r !== null);
    return ranges.length ? [{ index: q.index, ranges }] : [];
  });
  paint(marks);
  if (answer.open) sidebar().setOpen(true);
  // A fact-check on an on-topic page: its ClaimReview markup goes to the background as text.
  const blocks = answer.status === 'ready' ? claimReviewMarkup(document) : [];
  if (blocks.length) await sendToBackground('offerFactChecks', { url: location.href, title: document.title, blocks });
}

function run(): void {
  check().catch((error: unknown) => console.debug('Counterpoint: page not analysed:', error));
}

function teardown(): void {
  torndown = true;
  marks = [];
  clear();
  frame?.destroy();
  frame = undefined;
}

function reveal(index: number): boolean {
  const mark = marks.find((m) => m.index === index);
  const first = mark?.ranges[0];
  if (!mark || !first) return false;
  const el = first.startContainer.parentElement;
  el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  setActive(mark);
  return true;
}

/** Handles a call from the background (see `ContentCalls`); `main.ts` forwards them here. */
export function handle(message: unknown): Promise<unknown> | undefined {
  if (!isEnvelope(message)) return undefined;
  const type = message.type as keyof ContentCalls;
  const payload = message.payload as Record<string, unknown>;
  switch (type) {
    case 'showSidebar':
      return readSettings().then((s) => {
        if (torndown) return { ok: false };
        width = s.sidebarWidth;
        sidebar().setOpen(payload.open === true);
        return { ok: true };
      });
    case 'revealQuote':
      return Promise.resolve({ ok: typeof payload.index === 'number' && reveal(payload.index) });
    case 'pageInfo':
      return Promise.resolve(pageInfo());
    case 'pageRead':
      return Promise.resolve({ ...pageInfo(), shown: shownQuotes(location.href, payload.quotes) });
    case 'teardown':
      teardown();
      return Promise.resolve({ ok: true });
    case 'recheck':
      torndown = false;
      rechecks = 0;
      run();
      return Promise.resolve({ ok: true });
    default:
      return undefined;
  }
}

// Clicks and Enter on highlighted quotes: hit-tested, since highlights receive no events.
// The page's own handlers still run: nothing here stops or prevents the event.
document.addEventListener('click', (e) => {
  if (!marks.length || e.button !== 0) return;
  const hit = hitTest(marks, e.clientX, e.clientY);
  if (hit) void focusQuote(hit).catch(() => undefined);
});
document.addEventListener('keydown', (e) => {
  if (!marks.length || e.key !== 'Enter') return;
  const hit = atSelection(marks);
  if (hit) void focusQuote(hit).catch(() => undefined);
});
let hoverQueued = false;
document.addEventListener(
  'mousemove',
  (e) => {
    if (!marks.length || hoverQueued) return;
    hoverQueued = true;
    requestAnimationFrame(() => {
      hoverQueued = false;
      const hit = hitTest(marks, e.clientX, e.clientY);
      setActive(hit);
      if (frame || hit) sidebar().hint(hit ? { x: e.clientX, y: e.clientY } : undefined);
    });
  },
  { passive: true },
);

async function focusQuote(mark: QuoteMark): Promise<void> {
  setActive(mark);
  await sendToBackground('focusQuote', { index: mark.index });
}

// Re-check when the article changes under us: history navigation in single-page sites, or
// article text that arrives after document idle. Debounced, and bounded per address.
let settleTimer: ReturnType<typeof setTimeout> | undefined;
function scheduleRecheck(): void {
  if (torndown) return;
  clearTimeout(settleTimer);
  settleTimer = setTimeout(() => {
    const urlChanged = location.href !== checkedUrl;
    if (urlChanged) rechecks = 0;
    if (rechecks >= RECHECK.maxChecks) return;
    const length = (document.body?.textContent ?? '').length;
    // Only a new address or a real change in the article's size is worth a new analysis.
    if (!urlChanged && Math.abs(length - checkedLength) < Math.max(200, checkedLength * 0.1)) return;
    rechecks++;
    clear();
    marks = [];
    run();
  }, RECHECK.settleMs);
}

/** The page's own date (YYYY-MM-DD) and outlet name, from its metadata, where it gives them. */
function pageInfo(): { date?: string; outlet?: string } {
  const attr = (selector: string, name: string) => document.querySelector(selector)?.getAttribute(name)?.trim() || undefined;
  const raw =
    attr('meta[property="article:published_time"]', 'content') ??
    attr('meta[itemprop="datePublished"]', 'content') ??
    attr('meta[name="date"]', 'content') ??
    attr('article time[datetime], time[datetime]', 'datetime');
  const date = raw?.match(/^\d{4}-\d{2}-\d{2}/)?.[0];
  const outlet = attr('meta[property="og:site_name"]', 'content')?.slice(0, 160);
  return { ...(date ? { date } : {}), ...(outlet ? { outlet } : {}) };
}

/**
 * Starts: analyses the page now, and again when it changes. `checked`: the first stage loaded the
 * reader because the page passed the cheap check a moment ago.
 */
export function start(checked = false): void {
  passedCheck = checked;
  new MutationObserver(scheduleRecheck).observe(document.documentElement, { childList: true, subtree: true, characterData: false });
  addEventListener('popstate', scheduleRecheck);
  run();
}
