/**
 * The reading memory's settings, beside the other reading settings: remember or not (off until
 * the reader says yes), and the sites whose pages are never remembered.
 */
import { useState } from 'preact/hooks';
import type { Settings } from '../shared/protocol';
import { msg } from './i18n';

interface Props {
  settings: Settings;
  onSettings: (patch: Partial<Settings>) => void;
}

/** A hostname from what the reader typed: an address, or a bare name ("dawn.com"). */
export function siteFromInput(text: string): string | undefined {
  const raw = text.trim().toLowerCase();
  if (!raw) return undefined;
  try {
    const host = new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(raw) ? raw : `https://${raw}`).hostname;
    return /^[a-z0-9.-]+\.[a-z0-9-]+$/.test(host) ? host : undefined;
  } catch {
    return undefined;
  }
}

export function ReadingSettings({ settings, onSettings }: Props) {
  const [site, setSite] = useState('');
  const [invalid, setInvalid] = useState(false);
  const excluded = settings.readingExcludedSites;
  const add = (e: Event) => {
    e.preventDefault();
    const host = siteFromInput(site);
    setInvalid(!host);
    if (!host) return;
    if (!excluded.includes(host)) onSettings({ readingExcludedSites: [...excluded, host].sort() });
    setSite('');
  };
  return (
    <div class="reading-settings" data-testid="reading-settings">
      <label class="setting">
        <input
          type="checkbox"
          checked={settings.rememberReading}
          onChange={(e) => onSettings({ rememberReading: e.currentTarget.checked })}
        />
        {msg('optionsRememberReading')}
      </label>
      <p class="hint">{msg('optionsRememberReadingHint')}</p>
      <form class="exclude-form" onSubmit={add}>
        <label>
          <span>{msg('optionsExcludeSite')}</span>
          <input
            type="text"
            value={site}
            placeholder="example.com"
            aria-invalid={invalid ? 'true' : undefined}
            aria-describedby={invalid ? 'exclude-err' : undefined}
            onInput={(e) => setSite(e.currentTarget.value)}
          />
        </label>
        <button type="submit" class="button">
          {msg('optionsExcludeAdd')}
        </button>
      </form>
      {invalid && (
        <p class="field-error" id="exclude-err">
          {msg('optionsExcludeInvalid')}
        </p>
      )}
      {excluded.length > 0 ? (
        <ul class="pills excluded-sites" aria-label={msg('optionsExcludedSites')}>
          {excluded.map((s) => (
            <li key={s}>
              {s}{' '}
              <button
                type="button"
                class="pill-remove"
                aria-label={msg('optionsExcludeRemove', s)}
                title={msg('optionsExcludeRemove', s)}
                onClick={() => onSettings({ readingExcludedSites: excluded.filter((x) => x !== s) })}
              >
                ✕
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted small">{msg('optionsNoExcludedSite')}</p>
      )}
    </div>
  );
}
