/** The options page: settings and the corpus at a glance. */
import { useEffect, useState } from 'preact/hooks';
import { readSettings, writeSettings } from '../shared/browser-api';
import type { Settings } from '../shared/protocol';
import { openDb } from '../db/schema';
import { counts } from '../db/queries';

type Counts = Awaited<ReturnType<typeof counts>>;

export function OptionsApp() {
  const [settings, setSettings] = useState<Settings>();
  const [stats, setStats] = useState<Counts>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    void readSettings().then(setSettings);
    openDb()
      .then((db) => counts(db))
      .then(setStats)
      .catch((e: unknown) => setError(String((e as Error)?.message ?? e)));
  }, []);
  const update = (patch: Partial<Settings>) => void writeSettings(patch).then(setSettings);
  return (
    <div class="page">
      <h1>
        <img src="icons/icon-48.png" alt="" width={32} height={32} /> Counterpoint
      </h1>
      {error && <p role="alert">{error}</p>}
      <section class="card" aria-labelledby="corpus-h">
        <h2 id="corpus-h">Corpus</h2>
        {stats ? (
          <dl class="stats" data-testid="corpus-stats">
            <div><dt>Statements</dt><dd data-testid="count-statements">{stats.statements}</dd></div>
            <div><dt>Claims</dt><dd data-testid="count-claims">{stats.claims}</dd></div>
            <div><dt>Actors</dt><dd data-testid="count-actors">{stats.actors}</dd></div>
          </dl>
        ) : (
          <p>Loading the corpus…</p>
        )}
      </section>
      <section class="card" aria-labelledby="settings-h">
        <h2 id="settings-h">Reading</h2>
        {settings && (
          <>
            <label class="setting">
              <input type="checkbox" checked={settings.autoOpen} onChange={(e) => update({ autoOpen: e.currentTarget.checked })} />
              Open the sidebar by itself on articles with context
            </label>
            <p>
              Turned off on: {settings.disabledSites.length ? settings.disabledSites.join(', ') : 'no site'}
              {settings.disabledSites.length > 0 && (
                <>
                  {' '}
                  <button class="link-button" type="button" onClick={() => update({ disabledSites: [] })}>
                    Turn on everywhere
                  </button>
                </>
              )}
            </p>
          </>
        )}
      </section>
    </div>
  );
}
