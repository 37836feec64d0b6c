/** Page object: the options page, with the statements browser, the form, import, export and reset. */
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { expect } from '@playwright/test';

export class OptionsPage {
  constructor(readonly page: Page) {}

  static async open(context: BrowserContext, extensionId: string, hash = ''): Promise<OptionsPage> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html${hash}`);
    const options = new OptionsPage(page);
    await expect(options.count('statements')).toHaveText(/^\d+$/);
    // The welcome page the install opens may have come to the front since: keys and file choosers need this page there.
    await page.bringToFront();
    return options;
  }

  count(kind: 'statements' | 'claims' | 'actors' | 'user'): Locator {
    return this.page.getByTestId(`count-${kind}`);
  }

  async statementCount(): Promise<number> {
    return Number(await this.count('statements').textContent());
  }

  get rows(): Locator {
    return this.page.getByTestId('statement');
  }

  get resultTotal(): Locator {
    return this.page.getByTestId('result-total');
  }

  async search(text: string): Promise<void> {
    await this.page.getByLabel('Search statements').fill(text);
  }

  /** Waits until the browser shows exactly `n` matching statements. */
  async expectResults(n: number): Promise<void> {
    await expect(this.resultTotal).toHaveText(`${n} statement${n === 1 ? '' : 's'}`);
  }

  /** Fills a date filter of the statement browser. */
  async dateFilter(which: 'From' | 'To', value: string): Promise<void> {
    await this.page.getByLabel(which, { exact: true }).fill(value);
  }

  get actorForm(): Locator {
    return this.page.locator('form.actor-form');
  }

  get claimForm(): Locator {
    return this.page.locator('form.claim-form');
  }

  get form(): Locator {
    return this.page.locator('form.statement-form');
  }

  async openAddForm(): Promise<void> {
    await this.page.getByRole('button', { name: 'Add a statement' }).click();
    await expect(this.form).toBeVisible();
  }

  /** Fills the form with a summary statement on the first claim. */
  async fillSummary(opts: { actor: string; summary: string; date: string; outlet: string; url?: string }): Promise<void> {
    const form = this.form;
    await form.getByLabel('Speaker').selectOption({ label: opts.actor });
    await form.getByLabel('A summary in my own words').check();
    await form.getByLabel('Summary', { exact: true }).fill(opts.summary);
    await form.getByLabel('Date', { exact: true }).fill(opts.date);
    await form.getByLabel('Outlet').fill(opts.outlet);
    if (opts.url !== undefined) await form.getByLabel('Source address').fill(opts.url);
    await form.getByLabel('Claim 1').selectOption({ index: 1 });
  }

  async submitForm(): Promise<void> {
    await this.form.locator('button[type=submit]').click();
  }

  row(text: string): Locator {
    return this.rows.filter({ hasText: text });
  }

  /** Switches to a tab: Statements, Actors, Claims or Packs & data. */
  async openTab(name: 'Statements' | 'Actors' | 'Claims' | 'Packs & data'): Promise<void> {
    const tab = this.page.getByRole('tab', { name, exact: true });
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
  }

  async importFile(name: string, buffer: Buffer): Promise<void> {
    await this.openTab('Packs & data');
    await this.page.getByTestId('import-file').setInputFiles({ name, mimeType: 'application/json', buffer });
  }

  /** Clicks "Export corpus" and returns the downloaded file's name and content. */
  async exportCorpus(): Promise<{ name: string; text: string }> {
    await this.openTab('Packs & data');
    return this.download(this.page.getByRole('button', { name: 'Export corpus' }));
  }

  /** Clicks "Export these statements" (the current filter) and returns the file. */
  async exportSelection(): Promise<{ name: string; text: string }> {
    return this.download(this.page.getByRole('button', { name: 'Export these statements' }));
  }

  /**
   * Holds one table of the page's database: a write transaction on it is kept open, so every read
   * of that table the page asks for waits. Resolves once the hold is in place, with the function
   * that lets it go. That function resolves once the reads that waited are answered and so are the
   * page's reads of `next` that started from those answers: IndexedDB runs a write transaction only
   * after every transaction on its tables created before it, so one write on `table`, then one on
   * `next`, come after them.
   */
  async holdTable(table: string, next: string): Promise<() => Promise<void>> {
    const key = `__hold_${table}`;
    await this.page.evaluate(
      ({ table, key }) =>
        new Promise<void>((held, fail) => {
          const open = indexedDB.open('counterpoint');
          open.onerror = () => fail(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const store = db.transaction(table, 'readwrite').objectStore(table);
            let release: (() => void) | undefined;
            (window as unknown as Record<string, (done: () => void) => void>)[key] = (done) => (release = done);
            // A transaction stays open while it has requests: ask again until let go.
            const ask = (first: boolean) => {
              const request = store.count();
              request.onsuccess = () => {
                if (first) held();
                if (release) release();
                else ask(false);
              };
              request.onerror = () => fail(request.error);
            };
            ask(true);
          };
        }),
      { table, key },
    );
    return () =>
      this.page.evaluate(
        ({ table, next, key }) =>
          new Promise<void>((done, fail) => {
            const open = indexedDB.open('counterpoint');
            open.onerror = () => fail(open.error);
            open.onsuccess = () => {
              const db = open.result;
              const after = (name: string, then: () => void) => {
                const tx = db.transaction(name, 'readwrite');
                tx.objectStore(name).count();
                tx.oncomplete = then;
                tx.onerror = () => fail(tx.error);
              };
              // Created before the hold ends: after the reads that waited for it, before any later one.
              after(table, () => after(next, () => (db.close(), done())));
              (window as unknown as Record<string, (done: () => void) => void>)[key]!(() => undefined);
            };
          }),
        { table, next, key },
      );
  }

  /** Clicks a button that starts a download and returns the file's name and content. */
  async download(button: Locator): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), button.click()]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
  }
}
