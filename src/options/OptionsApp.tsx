/** The options page: the corpus at a glance, then tabs for statements, actors, claims, packs and data. */
import { useEffect, useState } from 'preact/hooks';
import { readSettings, sendToBackground, writeSettings } from '../shared/browser-api';
import type { Settings } from '../shared/protocol';
import { openDb, type CounterpointDB } from '../db/schema';
import { counts } from '../db/queries';
import { EMPTY_LOOKUPS, loadLookups, type Lookups } from './lookups';
import { draftFromHash, type StatementDraft } from './form-model';
import { StatementsTab } from './StatementsTab';
import { ActorsTab } from './ActorsTab';
import { ClaimsTab } from './ClaimsTab';
import { PacksTab } from './PacksTab';
import type { IncomingFile } from './ImportPanel';
import { ReadingTab } from './ReadingTab';
import { panelId, tabId, Tabs } from './Tabs';
import { errorText } from './corpus';
import { useBundledInstall } from './install-watch';
import { msg } from './i18n';

type Counts = Awaited<ReturnType<typeof counts>>;
type TabKey = 'statements' | 'actors' | 'claims' | 'reading' | 'packs';

export function OptionsApp() {
  const [settings, setSettings] = useState<Settings>();
  const [db, setDb] = useState<CounterpointDB>();
  const [stats, setStats] = useState<Counts>();
  const [lookups, setLookups] = useState<Lookups>(EMPTY_LOOKUPS);
  const [version, setVersion] = useState(0);
  const [error, setError] = useState<string>();
  const [draft, setDraft] = useState<StatementDraft | undefined>(() => draftFromHash(location.hash));
  const [notice, setNotice] = useState<string>();
  const [tab, setTab] = useState<TabKey>('statements');
  const [incoming, setIncoming] = useState<IncomingFile>();

  useEffect(() => {
    document.title = msg('optionsTitle');
    void readSettings().then(setSettings);
    openDb()
      .then(setDb)
      .catch((e: unknown) => setError(errorText(e)));
    const onHash = () => {
      const fromHash = draftFromHash(location.hash);
      if (fromHash) {
        setTab('statements');
        setDraft(fromHash);
      }
    };
    window.addEventListener('hashchange', onHash);
    // A fact-check handed over by the sidebar ("Add this fact-check to my corpus"): its import preview.
    const token = /^#factcheck=([a-z0-9]+)$/.exec(location.hash)?.[1];
    if (token) {
      history.replaceState(null, '', location.pathname + location.search);
      setTab('packs');
      sendToBackground('takeFactCheck', { token })
        .then((kept) =>
          kept
            ? setIncoming({ text: kept.text, name: msg('optionsFactCheckFrom', kept.title || kept.url), page: { url: kept.url, title: kept.title } })
            : setError(msg('optionsFactCheckGone')),
        )
        .catch((e: unknown) => setError(errorText(e)));
    }
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  useEffect(() => {
    if (!db) return;
    counts(db)
      .then(setStats)
      .catch((e: unknown) => setError(errorText(e)));
    loadLookups(db)
      .then(setLookups)
      .catch((e: unknown) => setError(errorText(e)));
  }, [db, version]);

  const changed = (message?: string) => {
    setVersion((v) => v + 1);
    setNotice(message);
  };
  const installing = useBundledInstall(db, () => changed());
  const closeForm = () => {
    setDraft(undefined);
    // The context menu's hash has done its job; a reload should not reopen the form.
    if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  };
  const select = (key: TabKey) => {
    setTab(key);
    setNotice(undefined);
    setIncoming(undefined);
  };
  const stat = (key: keyof Counts, label: string) => (
    <div>
      <dt>{label}</dt>
      <dd data-testid={`count-${key}`}>{stats?.[key]}</dd>
    </div>
  );
  const tabs = [
    { key: 'statements' as const, label: msg('optionsStatements') },
    { key: 'actors' as const, label: msg('optionsActors') },
    { key: 'claims' as const, label: msg('optionsClaims') },
    { key: 'reading' as const, label: msg('optionsFromMyReading') },
    { key: 'packs' as const, label: msg('optionsPacksData') },
  ];

  return (
    <div class="page">
      <header class="page-head">
        <h1>
          <img src="icons/icon-48.png" alt="" width={32} height={32} /> Counterpoint
        </h1>
        {stats ? (
          <dl class="stats" data-testid="corpus-stats" aria-label={msg('optionsCorpus')}>
            {stat('statements', msg('optionsStatements'))}
            {stat('claims', msg('optionsClaims'))}
            {stat('actors', msg('optionsActors'))}
            {stat('user', msg('optionsMine'))}
            {stat('edited', msg('optionsEdited'))}
            {stat('deleted', msg('optionsDeleted'))}
          </dl>
        ) : (
          <p class="muted">{msg('optionsLoading')}</p>
        )}
      </header>
      {installing && (
        <p role="status" class="installing" data-testid="installing">
          {msg('optionsInstalling')}
        </p>
      )}
      {error && (
        <p role="alert" class="alert">
          {error}
        </p>
      )}
      <Tabs tabs={tabs} current={tab} onSelect={select} label={msg('optionsSections')} />
      <div role="tabpanel" id={panelId(tab)} aria-labelledby={tabId(tab)} class="panel">
        {notice && (
          <p role="status" class="ok notice">
            {notice}
          </p>
        )}
        {db && tab === 'statements' && (
          <StatementsTab
            db={db}
            lookups={lookups}
            version={version}
            draft={draft}
            onDraft={setDraft}
            onCloseForm={closeForm}
            onChanged={changed}
            installing={installing}
          />
        )}
        {db && tab === 'actors' && <ActorsTab db={db} lookups={lookups} onChanged={changed} />}
        {db && tab === 'claims' && <ClaimsTab db={db} lookups={lookups} onChanged={changed} />}
        {db && tab === 'reading' && (
          <ReadingTab db={db} lookups={lookups} settings={settings} onOpenSettings={() => select('packs')} onChanged={changed} />
        )}
        {db && tab === 'packs' && (
          <PacksTab
            db={db}
            version={version}
            settings={settings}
            incoming={incoming}
            onChanged={changed}
            onSettings={(patch) => void writeSettings(patch).then(setSettings)}
          />
        )}
      </div>
    </div>
  );
}
