/** Page objects for the reading memory: the welcome page, the "From my reading" tab, and what the background kept. */
import type { BrowserContext, Locator, Page, Worker } from 'playwright-core';
import { expect } from '@playwright/test';

/** The welcome page the background opens on install. */
export class WelcomePage {
  constructor(readonly page: Page) {}

  /** The welcome tabs open in the browser. */
  static tabs(context: BrowserContext): Page[] {
    return context.pages().filter((p) => p.url().endsWith('/welcome.html'));
  }

  /** The welcome page, once the background has opened it. */
  static async opened(context: BrowserContext): Promise<WelcomePage> {
    await expect.poll(() => WelcomePage.tabs(context).length).toBe(1);
    const page = WelcomePage.tabs(context)[0]!;
    await page.waitForLoadState();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome to Counterpoint');
    return new WelcomePage(page);
  }

  /** Answers the memory question. */
  async answer(yes: boolean): Promise<void> {
    await this.page.getByRole('button', { name: yes ? 'Yes, remember on this device' : 'No, thanks' }).click();
    await expect(this.page.getByTestId('welcome-answer')).toContainText(yes ? 'Reading memory is on' : 'Reading memory stays off');
  }
}

/** A remembered remark as the database holds it (the fields the tests read). */
export interface Remembered {
  quote: string;
  speaker: string;
  sources: { url: string; title: string; outlet?: string; date?: string }[];
  claims: { claimId: string; stance: string }[];
}

/** What the reading memory holds, read from the extension's IndexedDB in the service worker. */
export function remembered(worker: Worker): Promise<Remembered[]> {
  return worker.evaluate(
    () =>
      new Promise<Remembered[]>((resolve, reject) => {
        const open = indexedDB.open('counterpoint');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('reading')) return resolve([]);
          const req = db.transaction('reading').objectStore('reading').getAll();
          req.onsuccess = () => resolve(req.result as Remembered[]);
          req.onerror = () => reject(req.error);
        };
      }),
  );
}

/** The options page's "From my reading" tab. */
export class ReadingTab {
  constructor(readonly page: Page) {}

  static async open(context: BrowserContext, extensionId: string): Promise<ReadingTab> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await page.getByRole('tab', { name: 'From my reading' }).click();
    await expect(page.getByTestId('reading-total')).toHaveText(/^\d+ remarks?$/);
    return new ReadingTab(page);
  }

  get remarks(): Locator {
    return this.page.getByTestId('remark');
  }

  get total(): Locator {
    return this.page.getByTestId('reading-total');
  }

  /** Forgets everything, through the dialog and its confirmation. */
  async forgetEverything(): Promise<void> {
    await this.page.getByRole('button', { name: 'Forget my reading…' }).click();
    const dialog = this.page.getByTestId('forget-dialog');
    await expect(dialog).toBeVisible();
    await dialog.getByLabel('Everything').check();
    await dialog.getByRole('button', { name: 'Forget', exact: true }).click();
    await expect(dialog).toBeHidden();
  }
}
