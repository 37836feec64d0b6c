/** The Packs & data tab: installed packs and storage used, import, export and reset, reading settings. */
import { useEffect, useState } from 'preact/hooks';
import type { CounterpointDB, PackRow } from '../db/schema';
import type { Settings } from '../shared/protocol';
import { ImportPanel, type IncomingFile } from './ImportPanel';
import { ReadingSettings } from './ReadingSettings';
import { CorpusTools } from './CorpusTools';
import { errorText } from './corpus';
import { Alert } from './Messages';
import { formatBytes, msg } from './i18n';

interface Props {
  db: CounterpointDB;
  version: number;
  settings?: Settings;
  onSettings: (patch: Partial<Settings>) => void;
  onChanged: (notice?: string) => void;
  /** A file to preview at once (a fact-check handed over from the sidebar). */
  incoming?: IncomingFile;
}

function InstalledPacks({ db, version }: { db: CounterpointDB; version: number }) {
  const [packs, setPacks] = useState<PackRow[]>();
  const [storage, setStorage] = useState<{ usage?: number; quota?: number }>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    db.packs
      .toArray()
      .then((rows) => setPacks(rows.sort((a, b) => a.title.localeCompare(b.title))))
      .catch((e: unknown) => setError(errorText(e)));
    void navigator.storage
      ?.estimate()
      .then(setStorage)
      .catch(() => setStorage({}));
  }, [db, version]);
  const date = (ms: number) => new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section class="card" aria-labelledby="packs-h">
      <h2 id="packs-h">{msg('optionsInstalledPacks')}</h2>
      <Alert text={error} />
      {packs && packs.length === 0 && <p class="empty">{msg('optionsNoPacks')}</p>}
      {packs && packs.length > 0 && (
        <table class="packs" data-testid="packs-table">
          <thead>
            <tr>
              <th scope="col">{msg('optionsPackTitle')}</th>
              <th scope="col">{msg('optionsPackVersion')}</th>
              <th scope="col">{msg('optionsPackSource')}</th>
              <th scope="col" class="num">{msg('optionsStatements')}</th>
              <th scope="col" class="num">{msg('optionsClaims')}</th>
              <th scope="col" class="num">{msg('optionsActors')}</th>
              <th scope="col">{msg('optionsPackInstalled')}</th>
            </tr>
          </thead>
          <tbody>
            {packs.map((p) => (
              <tr key={p.id} data-testid="pack-row">
                <td>
                  <strong>{p.title}</strong>
                  <div class="muted small">{p.id}</div>
                </td>
                <td>{p.version}</td>
                <td>{p.source === 'bundled' ? msg('optionsPackBundled') : msg('optionsPackImported')}</td>
                <td class="num">{p.counts.statements}</td>
                <td class="num">{p.counts.claims}</td>
                <td class="num">{p.counts.actors}</td>
                <td>{date(p.installedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p class="muted" data-testid="storage-used">
        {storage === undefined
          ? msg('optionsStorageMeasuring')
          : storage.usage === undefined
            ? msg('optionsStorageUnknown')
            : storage.quota
              ? msg('optionsStorageUsedOf', formatBytes(storage.usage), formatBytes(storage.quota))
              : msg('optionsStorageUsed', formatBytes(storage.usage))}
      </p>
    </section>
  );
}

export function PacksTab({ db, version, settings, incoming, onSettings, onChanged }: Props) {
  return (
    <>
      <InstalledPacks db={db} version={version} />
      <ImportPanel db={db} incoming={incoming} onImported={() => onChanged()} />
      <CorpusTools db={db} onReset={() => onChanged(msg('optionsResetDone'))} />
      <section class="card" aria-labelledby="settings-h">
        <h2 id="settings-h">{msg('optionsReading')}</h2>
        {settings && (
          <>
            <label class="setting">
              <input type="checkbox" checked={settings.autoOpen} onChange={(e) => onSettings({ autoOpen: e.currentTarget.checked })} />
              {msg('optionsAutoOpen')}
            </label>
            <p>
              {msg('optionsDisabledOn', settings.disabledSites.length ? settings.disabledSites.join(', ') : msg('optionsNoSite'))}
              {settings.disabledSites.length > 0 && (
                <>
                  {' '}
                  <button class="link-button" type="button" onClick={() => onSettings({ disabledSites: [] })}>
                    {msg('optionsEnableEverywhere')}
                  </button>
                </>
              )}
            </p>
            <ReadingSettings settings={settings} onSettings={onSettings} />
          </>
        )}
      </section>
    </>
  );
}
