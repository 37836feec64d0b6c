/**
 * The options page's statement browser, rendered into linkedom, with its search answered by the
 * test: each query is held until the test answers it, in whatever order the test chooses, as a
 * slow IndexedDB search would answer it at 100,000 statements.
 */
import { describe, expect, it, vi } from 'vitest';
import { parseHTML } from 'linkedom';
import type { StatementQuery, StatementPage } from '../../src/db/queries';
import type { StatementRow } from '../../src/db/schema';

const { window } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
Object.assign(globalThis, { window, document: window.document, Event: window.Event });

// The extension's strings, storage and downloads are not part of the browser's state.
vi.mock('../../src/shared/browser-api', () => ({ t: (key: string) => key }));
vi.mock('../../src/options/i18n', () => ({ msg: (key: string) => key, plural: (_key: string, n: number) => `${n} statements` }));
vi.mock('../../src/options/corpus', () => ({ errorText: String, downloadPack: () => '', today: () => '2026-01-01' }));
vi.mock('../../src/options/filter-export', () => ({ exportFiltered: vi.fn() }));

/** Every search the browser asked for, each waiting for the test's answer. */
const asked: { q: StatementQuery; answer: (page: StatementPage) => void }[] = [];
vi.mock('../../src/options/fast-search', () => ({
  findStatements: (_db: unknown, q: StatementQuery) =>
    new Promise<StatementPage>((answer) => asked.push({ q, answer })).then((found) => ({ ...found, from: 'index' })),
  onSearchIndexReady: () => () => undefined,
  // The index is in memory: a keystroke searches at once, with no pause for typing.
  searchIndexReady: () => true,
}));

import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { StatementBrowser } from '../../src/options/StatementBrowser';
import type { Lookups } from '../../src/options/lookups';

const actor = { id: 'zabihullah-mujahid', name: 'Zabihullah Mujahid' };
const lookups = {
  actors: [actor],
  claims: [],
  actorById: new Map([[actor.id, actor]]),
  claimById: new Map(),
} as unknown as Lookups;

/** A page of `total` statements whose rows have these ids. */
const page = (total: number, ...ids: string[]): StatementPage => ({
  total,
  items: ids.map(
    (id) =>
      ({
        id,
        actorId: actor.id,
        date: '2024-01-02',
        summary: id,
        sources: [{ outlet: 'Wire' }],
        stances: [],
      }) as unknown as StatementRow,
  ),
});

/** Answers one of the searches the browser asked for, and lets the browser show it. */
async function answer(search: (typeof asked)[number], result: StatementPage): Promise<void> {
  await act(async () => {
    search.answer(result);
    // The browser takes the answer in a `then`, after this one is queued.
    await Promise.resolve();
  });
}

/** The browser, answered with every statement; returns its root. */
async function browse(): Promise<HTMLElement> {
  asked.length = 0;
  const root = document.getElementById('root')!;
  await act(() => render(null, root));
  await act(() =>
    render(h(StatementBrowser, { db: {} as never, lookups, version: 0, onAdd() {}, onEdit() {}, onDelete() {} }), root),
  );
  await answer(asked.at(-1)!, page(3, 'all-1', 'all-2', 'all-3'));
  return root;
}

/** What the user sees: the count and the rows' ids. */
const shown = (root: HTMLElement) => ({
  total: root.querySelector('[data-testid="result-total"]')?.textContent,
  rows: [...root.querySelectorAll('[data-testid="statement"]')].map((li) => li.getAttribute('data-id')),
});

async function type(root: HTMLElement, text: string): Promise<void> {
  const input = root.querySelector<HTMLInputElement>('input[type=search]')!;
  await act(() => {
    input.value = text;
    input.dispatchEvent(new window.Event('input', { bubbles: true }));
  });
}

async function chooseSpeaker(root: HTMLElement, id: string): Promise<void> {
  const select = [...root.querySelectorAll('.filters label')]
    .find((l) => l.querySelector('span')?.textContent === 'optionsSpeaker')!
    .querySelector('select')!;
  await act(() => {
    // linkedom's select has no value setter: the chosen option is the one marked selected.
    for (const option of select.querySelectorAll('option')) option.toggleAttribute('selected', option.value === id);
    select.dispatchEvent(new window.Event('change', { bubbles: true }));
  });
}

describe('a filter changed while a search is still being answered', () => {
  it('shows the list of the latest filters when the earlier search answers last', async () => {
    const root = await browse();
    await type(root, 'weapons');
    const search = asked.at(-1)!;
    expect(search.q).toMatchObject({ text: 'weapons', actorId: undefined });
    await chooseSpeaker(root, actor.id);
    const latest = asked.at(-1)!;
    expect(latest.q).toMatchObject({ text: 'weapons', actorId: actor.id });

    await answer(latest, page(1, 'mujahid-weapons'));
    expect(shown(root)).toEqual({ total: '1 statements', rows: ['mujahid-weapons'] });
    // The search for the word alone answers late: too late to be shown.
    await answer(search, page(2, 'weapons-1', 'weapons-2'));
    expect(shown(root)).toEqual({ total: '1 statements', rows: ['mujahid-weapons'] });
  });

  it('shows the list of the latest filters when the answers come in order', async () => {
    const root = await browse();
    await type(root, 'weapons');
    const search = asked.at(-1)!;
    await chooseSpeaker(root, actor.id);
    const latest = asked.at(-1)!;

    await answer(search, page(2, 'weapons-1', 'weapons-2'));
    await answer(latest, page(1, 'mujahid-weapons'));
    expect(shown(root)).toEqual({ total: '1 statements', rows: ['mujahid-weapons'] });
  });

  it('shows the whole list again when the search is cleared before it answered', async () => {
    const root = await browse();
    await type(root, 'weapons');
    const search = asked.at(-1)!;
    await type(root, '');
    const latest = asked.at(-1)!;
    expect(latest.q.text).toBeUndefined();

    await answer(latest, page(3, 'all-1', 'all-2', 'all-3'));
    await answer(search, page(2, 'weapons-1', 'weapons-2'));
    expect(shown(root)).toEqual({ total: '3 statements', rows: ['all-1', 'all-2', 'all-3'] });
  });
});
