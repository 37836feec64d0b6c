/**
 * The claim and actor pages (`claim.html#<claimId>`, `actor.html#<actorId>`): one app, told
 * which page it is by its address. Reads the database directly, as the options page does.
 */
import { useEffect, useState } from 'preact/hooks';
import { openDb, type CounterpointDB } from '../db/schema';
import { actorMarks, claimMarks, type MarkSet } from '../db/timeline';
import { refreshSearchIndex } from '../db/search-index-refresh';
import { t } from '../shared/browser-api';
import { ClaimGraph, linkedClaims } from './ClaimGraph';
import { ExplorerView } from './ExplorerView';
import { ClaimReviewExport } from './ClaimReviewExport';
import { SearchBox } from './SearchBox';
import { idFromHash, loadNames, type Names } from './names';

/** Which page this is. */
export type ExplorerKind = 'claim' | 'actor';

export function ExplorerApp({ kind }: { kind: ExplorerKind }) {
  const [db, setDb] = useState<CounterpointDB>();
  const [names, setNames] = useState<Names>();
  const [id, setId] = useState(() => idFromHash(location.hash));
  const [marks, setMarks] = useState<MarkSet & { id: string }>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    const onHash = () => setId(idFromHash(location.hash));
    addEventListener('hashchange', onHash);
    openDb()
      .then(async (opened) => {
        performance.mark('counterpoint:db-open');
        setDb(opened);
        setNames(await loadNames(opened));
        performance.mark('counterpoint:names-read');
      })
      .catch((e: unknown) => setError(String(e)));
    return () => removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    if (!db || !id) return;
    let live = true;
    (kind === 'claim' ? claimMarks(db, id) : actorMarks(db, id))
      .then((set) => {
        // Steps of opening the page, for the benchmark (`scripts/bench/options-scale.ts`, PROBE=1).
        performance.mark(`counterpoint:marks-read:${set.from}${set.patched ? '+edits' : ''}`);
        if (live) setMarks({ ...set, id });
        // Read from the rows: no index of the current statements is stored. Store one once the
        // chart is up, so that the next claim or speaker opens quickly (the options page uses it too).
        if (set.from === 'rows') setTimeout(() => void refreshSearchIndex(db).catch(() => undefined), 1_000);
      })
      .catch((e: unknown) => live && setError(String(e)));
    return () => {
      live = false;
    };
  }, [db, id, kind]);

  const claim = kind === 'claim' ? names?.claims.get(id) : undefined;
  const actor = kind === 'actor' ? names?.actors.get(id) : undefined;
  const title = claim?.text ?? actor?.name;
  useEffect(() => {
    document.title = title ? `${title} — Counterpoint` : 'Counterpoint';
  }, [title]);

  return (
    <div class="explorer">
      <header class="top">
        <a class="brand" href="options.html">
          Counterpoint
        </a>
        {names && <SearchBox names={names} />}
      </header>
      <main>
        {error && (
          <p role="alert" class="alert">
            {error}
          </p>
        )}
        {names && !title && <p class="empty">{t(id ? 'explorerNotFound' : 'explorerPickOne')}</p>}
        {title && (
          <header class="subject">
            <p class="label">{t(kind === 'claim' ? 'explorerKindClaim' : 'explorerKindActor')}</p>
            <h1 data-testid="subject">{title}</h1>
            {actor && (actor.role || actor.affiliation) && (
              <p class="muted">{[actor.role, actor.affiliation].filter(Boolean).join(' · ')}</p>
            )}
          </header>
        )}
        {db && names && title && marks?.id === id && (
          <ExplorerView
            db={db}
            names={names}
            marks={marks.marks}
            groupings={kind === 'claim' ? ['actor', 'camp'] : ['claim']}
            label={t(kind === 'claim' ? 'explorerChartClaim' : 'explorerChartActor', [title, String(marks.marks.length)])}
            showClaim={kind === 'actor'}
          />
        )}
        {claim && names && (
          <section class="panel" aria-labelledby="links-h">
            <h2 id="links-h">{t('explorerLinked')}</h2>
            <ClaimGraph claim={claim} linked={linkedClaims(claim, names.claims)} />
          </section>
        )}
        {claim && db && <ClaimReviewExport db={db} claimId={claim.id} />}
      </main>
    </div>
  );
}
