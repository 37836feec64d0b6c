/** The sources of a statement or a remembered remark: links to http(s) pages only, opened in a new tab. */
import { t } from '../shared/browser-api';
import { safeHref } from '../ui/format';

/** The list; each source with its address (if any), the text to show, and the curator's note on its outlet, shown beside it. */
export function SourceList({ sources }: { sources: { url?: string; label: string; note?: string }[] }) {
  return (
    <ul class="sources">
      {sources.map((s, i) => {
        const href = safeHref(s.url);
        return (
          <li key={i}>
            {href ? (
              <a
                href={href}
                target="_blank"
                rel="noopener noreferrer"
                title={t('sidebarOpenSource')}
              >
                {s.label}
              </a>
            ) : (
              <span>{s.label}</span>
            )}
            {s.note && <span class="source-note">{s.note}</span>}
          </li>
        );
      })}
    </ul>
  );
}
