/**
 * A claim's verdicts (statements on it by an organisation or a news organisation) downloaded as
 * schema.org ClaimReview JSON-LD, for a newsroom to publish what it checked.
 */
import { useState } from 'preact/hooks';
import type { CounterpointDB } from '../db/schema';
import { claimReviewExport } from '../db/claim-review';
import { t } from '../shared/browser-api';
import { downloadJson } from '../ui/download';

export function ClaimReviewExport({ db, claimId }: { db: CounterpointDB; claimId: string }) {
  const [status, setStatus] = useState<{ text: string; error?: boolean }>();
  const run = async () => {
    try {
      const out = await claimReviewExport(db, claimId);
      if (!out || out.count === 0) {
        setStatus({ text: t('explorerNoVerdicts') });
        return;
      }
      const name = downloadJson(out.doc, `claimreview-${claimId}.jsonld`, 'application/ld+json');
      setStatus({ text: t('explorerVerdictsExported', [String(out.count), name]) });
    } catch (e) {
      setStatus({ text: String((e as Error)?.message ?? e), error: true });
    }
  };
  return (
    <section class="panel" aria-labelledby="claimreview-h">
      <h2 id="claimreview-h">{t('explorerFactChecks')}</h2>
      <p class="muted">{t('explorerFactChecksHelp')}</p>
      <button type="button" class="button" data-testid="export-claimreview" onClick={() => void run()}>
        {t('explorerExportClaimReview')}
      </button>
      <p role={status?.error ? 'alert' : 'status'} class="export-status" data-testid="claimreview-status">
        {status?.text}
      </p>
    </section>
  );
}
