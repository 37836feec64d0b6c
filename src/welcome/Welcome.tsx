/**
 * The welcome page, opened once on install: what Counterpoint does, in one screen, and the
 * question whether to remember the quotes of the articles read, on this device only. Memory stays
 * off until the reader says yes; the answer is a setting, changed later in the options page.
 */
import { useEffect, useState } from 'preact/hooks';
import { readSettings, t, writeSettings } from '../shared/browser-api';

type Answer = 'yes' | 'no';

/** One of the three things Counterpoint does. */
function Point({ title, body }: { title: string; body: string }) {
  return (
    <li class="point">
      <h2>{title}</h2>
      <p>{body}</p>
    </li>
  );
}

export function Welcome() {
  const [answer, setAnswer] = useState<Answer>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    document.title = t('welcomeTitle');
    // A reader who said yes before (the page reopened) sees that answer; otherwise none is chosen.
    void readSettings().then((s) => s.rememberReading && setAnswer('yes'));
  }, []);
  const choose = (next: Answer) => {
    setError(undefined);
    writeSettings({ rememberReading: next === 'yes' })
      .then(() => setAnswer(next))
      .catch((e: unknown) => setError(String((e as Error)?.message ?? e)));
  };
  return (
    <main class="welcome">
      <header class="hero">
        <img src="icons/icon-128.png" alt="" width={56} height={56} />
        <div>
          <h1>{t('welcomeTitle')}</h1>
          <p class="lead">{t('welcomeLead')}</p>
        </div>
      </header>
      <ul class="points">
        <Point title={t('welcomeReadTitle')} body={t('welcomeReadBody')} />
        <Point title={t('welcomeDeniedTitle')} body={t('welcomeDeniedBody')} />
        <Point title={t('welcomeLocalTitle')} body={t('welcomeLocalBody')} />
      </ul>
      <section class="consent" aria-labelledby="consent-h">
        <h2 id="consent-h">{t('welcomeMemoryQuestion')}</h2>
        <p>{t('welcomeMemoryBody')}</p>
        <ul class="facts">
          <li>{t('welcomeMemoryKept')}</li>
          <li>{t('welcomeMemoryNever')}</li>
          <li>{t('welcomeMemoryControl')}</li>
        </ul>
        <div class="choices" role="group" aria-labelledby="consent-h">
          <button type="button" class="button primary" aria-pressed={answer === 'yes'} onClick={() => choose('yes')}>
            {t('welcomeMemoryYes')}
          </button>
          <button type="button" class="button" aria-pressed={answer === 'no'} onClick={() => choose('no')}>
            {t('welcomeMemoryNo')}
          </button>
        </div>
        <p class="answer" role="status" data-testid="welcome-answer">
          {error ? t('welcomeSaveFailed', error) : answer === 'yes' ? t('welcomeMemoryOn') : answer === 'no' ? t('welcomeMemoryOff') : t('welcomeMemoryDefault')}
        </p>
      </section>
      <footer class="foot">
        <p>{t('welcomeStart')}</p>
        <a href="options.html">{t('welcomeOptions')}</a>
      </footer>
    </main>
  );
}
