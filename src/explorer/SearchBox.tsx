/** Find a claim or a speaker by any of its words, and go to its page. */
import { useMemo, useState } from 'preact/hooks';
import { foldKey } from '../db/rows';
import { t } from '../shared/browser-api';
import { actorHref, claimHref, type Names } from './names';

/** Results shown at most. */
const MAX_HITS = 8;

export function SearchBox({ names }: { names: Names }) {
  const [text, setText] = useState('');
  const entries = useMemo(
    () => [
      ...[...names.claims.values()].map((c) => ({
        href: claimHref(c.id),
        label: c.text,
        kind: t('explorerKindClaim'),
        hay: foldKey([c.text, ...c.tags, ...c.cues].join(' ')),
      })),
      ...[...names.actors.values()].map((a) => ({
        href: actorHref(a.id),
        label: a.name,
        kind: t('explorerKindActor'),
        hay: foldKey([a.name, ...a.aliases, a.role ?? ''].join(' ')),
      })),
    ],
    [names],
  );
  const words = foldKey(text).split(/\s+/).filter(Boolean);
  const hits = words.length ? entries.filter((e) => words.every((w) => e.hay.includes(w))).slice(0, MAX_HITS) : [];
  return (
    <div class="search" role="search">
      <label class="sr-only" for="explorer-search">
        {t('explorerSearch')}
      </label>
      <input
        id="explorer-search"
        type="search"
        placeholder={t('explorerSearchPlaceholder')}
        value={text}
        autoComplete="off"
        onInput={(e) => setText(e.currentTarget.value)}
        onKeyDown={(e) => e.key === 'Escape' && setText('')}
      />
      {words.length > 0 && (
        <ul class="search-hits" data-testid="search-hits">
          {hits.length ? (
            hits.map((h) => (
              <li key={h.href}>
                <a href={h.href} onClick={() => setText('')}>
                  <span class="tag">{h.kind}</span> {h.label}
                </a>
              </li>
            ))
          ) : (
            <li class="muted">{t('explorerSearchNone')}</li>
          )}
        </ul>
      )}
    </div>
  );
}
