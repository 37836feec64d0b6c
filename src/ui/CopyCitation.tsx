/**
 * Two small buttons that copy a statement's source as a citation: plain text, or Markdown. Used
 * by the sidebar, the options page and the claim and actor pages.
 */
import { useState } from 'preact/hooks';
import { t } from '../shared/browser-api';
import { citationMarkdown, citationText, type CitationParts } from './citation';
import './cite.css';

/**
 * Puts text on the clipboard. The sidebar is a frame inside someone else's page, whose
 * permissions policy may withhold `clipboard-write` from it (Chromium: "Write permission
 * denied"); there the older `execCommand('copy')`, which a click still allows, does the job.
 */
export async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    if (!ok) throw new Error('copy refused');
  }
}

/** "Copy citation" and "Markdown" buttons, with a spoken and shown confirmation. */
export function CopyCitation({ parts, label }: { parts: CitationParts; label?: string }) {
  const [done, setDone] = useState<string>();
  const copy = (markdown: boolean) => {
    const text = markdown ? citationMarkdown(parts) : citationText(parts);
    copyText(text)
      .then(() => setDone(t(markdown ? 'citationCopiedMarkdown' : 'citationCopied')))
      .catch(() => setDone(t('citationCopyFailed')));
    setTimeout(() => setDone(undefined), 2500);
  };
  const who = label ?? parts.speaker;
  return (
    <span class="cite" data-testid="cite">
      <button type="button" class="cite-button" data-testid="cite-text" onClick={() => copy(false)}>
        {t('citationCopy')}
        <span class="sr-only"> {t('citationOf', who)}</span>
      </button>
      <button type="button" class="cite-button" data-testid="cite-markdown" onClick={() => copy(true)}>
        {t('citationCopyMarkdown')}
        <span class="sr-only"> {t('citationOf', who)}</span>
      </button>
      <span class="cite-done" role="status">
        {done}
      </span>
    </span>
  );
}
