/**
 * Whether the bundled corpus is still being installed: the options page opened right after the
 * extension was installed finds the database before the background has written the pack. The
 * pack lands in one transaction, stamped in `meta` when it is done; until then the page says so and
 * looks again, and fills itself in when it lands — no reload.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CounterpointDB } from '../db/schema';
import { BUNDLED_HASH_PREFIX } from '../db/bundled';

/** How often the page looks for the installed pack while it waits. */
const INSTALL_POLL_MS = 400;

/** True while no bundled pack has been installed yet; `onInstalled` runs once when one lands. */
export function useBundledInstall(db: CounterpointDB | undefined, onInstalled: () => void): boolean {
  const [installing, setInstalling] = useState(false);
  const landed = useRef(onInstalled);
  landed.current = onInstalled;
  useEffect(() => {
    if (!db) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let waited = false;
    let stopped = false;
    const look = async () => {
      const done = (await db.meta.where('key').startsWith(BUNDLED_HASH_PREFIX).count()) > 0;
      if (stopped) return;
      setInstalling(!done);
      if (!done) {
        waited = true;
        timer = setTimeout(() => void look().catch(() => undefined), INSTALL_POLL_MS);
      } else if (waited) landed.current();
    };
    void look().catch(() => undefined);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [db]);
  return installing;
}
