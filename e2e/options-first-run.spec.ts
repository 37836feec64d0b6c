/**
 * A new user's first minute: the options page opened at once on a fresh profile, before the
 * bundled corpus is in, says it is being installed and fills itself in when it lands — counts,
 * the list, and speakers' names rather than ids — without a reload.
 */
import { test, expect } from './fixtures';

test('the options page opened right after installing fills itself in when the bundled corpus lands', async ({ context }) => {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  // No reload from here on: the page must notice the pack landing by itself.
  await expect
    .poll(async () => Number(await page.getByTestId('count-statements').textContent()), { timeout: 30_000 })
    .toBeGreaterThanOrEqual(150);
  await expect(page.getByTestId('installing')).toHaveCount(0);
  await expect(page.getByTestId('statement').first()).toBeVisible();
  // Names, not ids, once the actors are in.
  await expect(page.getByTestId('statement').first().locator('.speaker')).not.toHaveText(/^[a-z0-9]+(-[a-z0-9]+)+$/);
});

test('while the bundled corpus is not in, the options page says so, and shows it the moment it lands', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByTestId('count-statements')).toHaveText(/^[1-9]\d*$/);
  // Take the corpus and its installed stamp out, as they are before the first install lands.
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const r = indexedDB.open('counterpoint');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    const done = (t: IDBTransaction) =>
      new Promise<void>((ok, fail) => ((t.oncomplete = () => ok()), (t.onerror = () => fail(t.error))));
    const read = db.transaction(['statements', 'meta'], 'readonly');
    const rows = read.objectStore('statements').getAll();
    const stamps = read.objectStore('meta').getAll();
    await done(read);
    sessionStorage.setItem('kept', JSON.stringify({ statements: rows.result, meta: stamps.result }));
    const clear = db.transaction(['statements', 'meta'], 'readwrite');
    clear.objectStore('statements').clear();
    // The statements' stamp goes too: before the first install there is none, and every write
    // through the database renews it (src/db/stamp.ts), which this raw clear would not.
    for (const m of stamps.result as { key: string }[])
      if (m.key.startsWith('bundled-hash:') || m.key === 'statements-stamp') clear.objectStore('meta').delete(m.key);
    await done(clear);
    db.close();
  });
  await page.reload();
  await expect(page.getByTestId('installing')).toBeVisible();
  await expect(page.getByTestId('count-statements')).toHaveText('0');
  await expect(page.getByText('The bundled statements are on their way.')).toBeVisible();
  // The pack lands (as the background writes it): the page fills itself in, no reload.
  await page.evaluate(async () => {
    const kept = JSON.parse(sessionStorage.getItem('kept')!) as { statements: unknown[]; meta: { key: string }[] };
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const r = indexedDB.open('counterpoint');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    const t = db.transaction(['statements', 'meta'], 'readwrite');
    for (const s of kept.statements) t.objectStore('statements').put(s);
    for (const m of kept.meta) t.objectStore('meta').put(m);
    await new Promise<void>((ok, fail) => ((t.oncomplete = () => ok()), (t.onerror = () => fail(t.error))));
    db.close();
  });
  await expect(page.getByTestId('installing')).toHaveCount(0);
  await expect(page.getByTestId('count-statements')).toHaveText(/^[1-9]\d*$/);
  await expect(page.getByTestId('statement').first()).toBeVisible();
});
