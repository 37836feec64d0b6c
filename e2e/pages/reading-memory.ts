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
    await expect(this.page.getByTestId('welcome-answer')).toContainText(
      yes ? 'Reading memory is on' : 'Reading memory stays off',
    );
  }
}

/** A remembered remark as the database holds it (the fields the tests read). */
export interface Remembered {
  quote: string;
  speaker: string;
  actorId: string;
  sources: { url: string; title: string; outlet?: string; date?: string; quote?: string }[];
  claims: { claimId: string; stance: string }[];
}

/**
 * What the reading memory holds, read from the extension's IndexedDB in the service worker (or in
 * an extension page, after the extension was reloaded).
 */
export function remembered(where: Worker | Page): Promise<Remembered[]> {
  return (where as Worker).evaluate(
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

/**
 * Allows the extension in private (incognito) windows, as the reader does with "Allow in
 * Incognito" on its details page: through the API that page uses (`developerPrivate`), with
 * developer mode on first, since Chromium otherwise disables an unpacked extension when it
 * reloads it. Chromium reloads the extension: its old service worker is gone. Answers an
 * extension page (the options page) to act from afterwards.
 */
export async function allowInIncognito(context: BrowserContext, extensionId: string): Promise<Page> {
  const settings = await context.newPage();
  await settings.goto(`chrome://extensions/?id=${extensionId}`);
  await settings.evaluate(async (id) => {
    const dp = (chrome as unknown as { developerPrivate: DeveloperPrivate }).developerPrivate;
    await dp.updateProfileConfiguration({ inDeveloperMode: true });
    await dp.updateExtensionConfiguration({ extensionId: id, incognitoAccess: true });
  }, extensionId);
  const state = () =>
    settings.evaluate(async (id) => {
      const info = await (chrome as unknown as { developerPrivate: DeveloperPrivate }).developerPrivate.getExtensionInfo(id);
      return `${info.state} ${info.incognitoAccess.isActive}`;
    }, extensionId);
  await expect.poll(state).toBe('ENABLED true');
  await settings.close();
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  return page;
}

/** The part of chrome://extensions' private API that `allowInIncognito` uses. */
interface DeveloperPrivate {
  updateProfileConfiguration(c: { inDeveloperMode: boolean }): Promise<void>;
  updateExtensionConfiguration(c: { extensionId: string; incognitoAccess: boolean }): Promise<void>;
  getExtensionInfo(id: string): Promise<{ state: string; incognitoAccess: { isActive: boolean } }>;
}

/** Opens `url` in a new private window, from an extension page; answers the tab's id. */
export async function openPrivateWindow(extensionPage: Page, url: string): Promise<number> {
  return extensionPage.evaluate(async (address) => {
    const win = await chrome.windows.create({ incognito: true, url: address });
    if (!win?.incognito || win.tabs?.[0]?.id === undefined) throw new Error('no private window was opened');
    return win.tabs[0].id;
  }, url);
}

/** What the background recorded of a tab (by id), read from an extension page. */
export function tabRecord(
  extensionPage: Page,
  tabId: number,
): Promise<{ url?: string; status?: string; remembered?: { decision: string } } | undefined> {
  return extensionPage.evaluate(async (id) => {
    const key = `tab:${id}`;
    return (await chrome.storage.session.get(key))[key] as
      { url?: string; status?: string; remembered?: { decision: string } } | undefined;
  }, tabId);
}
