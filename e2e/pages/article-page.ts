/** Page object: an article in a tab, with Counterpoint's highlights and sidebar. */
import type { BrowserContext, Frame, Locator, Page, Worker } from 'playwright-core';
import { expect } from '@playwright/test';

/** What the reading memory did with a page read, as the background records it in the tab's state. */
export interface Remembered {
  decision: string;
  added?: number;
  merged?: number;
  unseen?: number;
}

export class ArticlePage {
  constructor(
    readonly page: Page,
    private readonly worker: Worker,
  ) {}

  static async open(context: BrowserContext, worker: Worker, url: string): Promise<ArticlePage> {
    const page = await context.newPage();
    await page.goto(url);
    return new ArticlePage(page, worker);
  }

  /** Texts of the highlighted ranges, read from the page's highlight registry. */
  highlightTexts(): Promise<string[]> {
    return this.page.evaluate(() => {
      const h = CSS.highlights.get('counterpoint-quote');
      return h ? [...h].map((r) => r.toString()) : [];
    });
  }

  async waitForHighlights(min = 1): Promise<string[]> {
    await expect.poll(async () => (await this.highlightTexts()).length).toBeGreaterThanOrEqual(min);
    return this.highlightTexts();
  }

  /** Clicks the middle of the first highlighted range that contains `text`. */
  async clickHighlight(text: string): Promise<void> {
    const point = await this.page.evaluate((needle) => {
      const h = CSS.highlights.get('counterpoint-quote');
      const range = h ? ([...h] as Range[]).find((r) => r.toString().includes(needle)) : undefined;
      if (!range) return null;
      (range.startContainer.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + Math.min(rect.width / 2, 20), y: rect.top + rect.height / 2 };
    }, text);
    if (!point) throw new Error(`no highlight contains "${text}"`);
    await this.page.mouse.click(point.x, point.y);
  }

  /** Clicks the highlight holding `text`: the sidebar, and its card for that quote, focused. */
  async openCard(text: string): Promise<{ sidebar: Frame; card: Locator }> {
    await this.clickHighlight(text);
    const sidebar = await this.sidebar();
    const card = sidebar.locator('.quote-card.focused');
    await expect(card).toHaveCount(1);
    return { sidebar, card };
  }

  /** What a click on the toolbar button does, for this page's tab. */
  async clickToolbarButton(): Promise<void> {
    await this.page.waitForLoadState('load');
    await this.worker.evaluate(async (address) => {
      const [tab] = await chrome.tabs.query({ url: address });
      (chrome.action.onClicked as unknown as { dispatch(tab: chrome.tabs.Tab): void }).dispatch(tab!);
    }, this.page.url());
  }

  /** The sidebar's frame, once it is loaded. */
  async sidebar(): Promise<Frame> {
    await expect.poll(() => this.page.frames().some((f) => f.url().endsWith('/sidebar.html'))).toBe(true);
    const frame = this.page.frames().find((f) => f.url().endsWith('/sidebar.html'))!;
    await frame.waitForSelector('.sidebar');
    return frame;
  }

  /** Whether Counterpoint's element is on the page at all. */
  hasSidebarHost(): Promise<boolean> {
    return this.page.evaluate(() => document.querySelector('counterpoint-sidebar') !== null);
  }

  /** Whether the sidebar frame is visible. */
  async sidebarVisible(): Promise<boolean> {
    const frame = this.page.frames().find((f) => f.url().endsWith('/sidebar.html'));
    if (!frame) return false;
    const el = await frame.frameElement();
    return el.isVisible();
  }

  /**
   * The background's state for this tab. Found by address in `storage.session`, because the
   * extension has no `tabs` permission and so cannot query tabs by URL.
   */
  private tabState(): Promise<{ tabId: number; status: string; remembered?: Remembered } | undefined> {
    const url = this.page.url();
    return this.worker.evaluate(async (pageUrl) => {
      const all = await chrome.storage.session.get(null);
      for (const [key, value] of Object.entries(all)) {
        const state = value as { url?: string; status?: string; remembered?: Remembered };
        if (key.startsWith('tab:') && state.url === pageUrl)
          return {
            tabId: Number(key.slice(4)),
            status: state.status ?? '',
            ...(state.remembered ? { remembered: state.remembered } : {}),
          };
      }
      return undefined;
    }, url);
  }

  /** The status the background recorded for this tab ('ready', 'off-topic', …), or '' if none. */
  async tabStatus(): Promise<string> {
    return (await this.tabState())?.status ?? '';
  }

  /**
   * What the reading memory did with this tab's last analysis (`keep` with counts, or why not),
   * once it has done it; undefined before.
   */
  async remembered(): Promise<Remembered | undefined> {
    return (await this.tabState())?.remembered;
  }

  /**
   * Puts this tab in a state the sidebar shows (`analysing`, `error` …), written where the
   * background keeps it (`storage.session`, `tab:<id>`), as its own handlers would. The
   * sidebar reads it when it connects: call this before opening the sidebar. A state the real
   * engine reaches only for an instant (analysing) or only on a fault (error) is shown so.
   */
  async setTabState(patch: Record<string, unknown>): Promise<void> {
    await this.page.waitForLoadState('load');
    await this.worker.evaluate(
      async ({ address, patch }) => {
        const [tab] = await chrome.tabs.query({ url: address });
        const key = `tab:${tab!.id}`;
        const current = (await chrome.storage.session.get(key))[key] as object | undefined;
        await chrome.storage.session.set({ [key]: { url: address, title: tab!.title ?? '', open: false, ...current, ...patch } });
      },
      { address: this.page.url(), patch },
    );
  }

  /** The toolbar badge text for this tab. */
  async badge(): Promise<string> {
    const state = await this.tabState();
    if (!state) return '';
    return this.worker.evaluate((tabId) => chrome.action.getBadgeText({ tabId }), state.tabId);
  }
}
