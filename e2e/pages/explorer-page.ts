/** Page object: a claim's or an actor's page (`claim.html#<id>`, `actor.html#<id>`). */
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { expect } from '@playwright/test';

export class ExplorerPage {
  constructor(readonly page: Page) {}

  static async open(context: BrowserContext, extensionId: string, kind: 'claim' | 'actor', id: string): Promise<ExplorerPage> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/${kind}.html#${encodeURIComponent(id)}`);
    const explorer = new ExplorerPage(page);
    await explorer.ready();
    return explorer;
  }

  /** Waits until the chart (or the line saying there is nothing to chart) is drawn. */
  async ready(): Promise<void> {
    await expect(this.page.getByTestId('subject')).toBeVisible();
    await expect(this.page.locator('[data-testid="chart"], .empty').first()).toBeVisible();
  }

  get subject(): Locator {
    return this.page.getByTestId('subject');
  }

  get marks(): Locator {
    return this.page.getByTestId('mark');
  }

  get entries(): Locator {
    return this.page.getByTestId('entry');
  }

  /** The list entry of a statement. */
  entry(id: string): Locator {
    return this.page.locator(`[data-testid="entry"][data-id="${id}"]`);
  }
}
