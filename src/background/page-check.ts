/**
 * The text check of a page whose title names the topic, before any content script is injected.
 * A content script costs the page 2–3 ms for Chrome to set up its isolated world and API bindings;
 * running the cheap check's own code in the page costs it more than reading the text. So the page
 * is only read: the background runs `checkText` in the page's own world (`executeScript`,
 * `world: 'MAIN'`), and tests the text in the service worker with the very check the content
 * script uses (`compileQuickChecks`), off the page's main thread.
 *
 * An article that arrives after load (a script that inserts it, a slow fetch) is waited for:
 * `awaitQuietChange` watches the page, started just before each read, and answers once the page
 * has changed and then been quiet for a while; where the read failed, the background reads it
 * again then. A page that never changes pays for one read and one observer, and nothing more.
 *
 * The page's own scripts can see these two functions run, and can make `checkText` answer what
 * they like: they can keep Counterpoint away (as they could by drawing their text on a canvas) or
 * let it in, where the content script checks again with its own, untouchable code. They learn
 * nothing from either. Anything unexpected (a built-in the page broke) counts as a pass.
 */
import { RECHECK } from '../shared/protocol';

/**
 * How long one watch of the page lasts at most, and after how long no new watch starts. Every
 * watch is given the same arguments: what runs in the page is the same on every page.
 */
const MAX_WAIT_MS = 30_000;

/** When the background reads a changing page again (`RECHECK`, and an overall deadline). */
export interface CheckLimits {
  settleMs: number;
  maxChecks: number;
  maxMutationBatches: number;
  maxWaitMs: number;
}

/** The limits of the background's text check. */
export const CHECK_LIMITS: CheckLimits = { ...RECHECK, maxWaitMs: MAX_WAIT_MS };

/**
 * Resolves true once the page has changed and then been quiet for `settleMs`, false when it has
 * not settled within `waitMs` or changes without end (more than `maxMutationBatches` batches).
 * Runs in the page's world (`executeScript` sends its source alone), so it uses nothing from
 * outside itself.
 */
export function awaitQuietChange(settleMs: number, waitMs: number, maxMutationBatches: number): Promise<boolean> {
  return new Promise((resolve) => {
    let batches = 0;
    let settle: ReturnType<typeof setTimeout> | undefined;
    const finish = (changed: boolean) => {
      observer.disconnect();
      clearTimeout(settle);
      clearTimeout(deadline);
      resolve(changed);
    };
    const observer = new MutationObserver(() => {
      if (++batches > maxMutationBatches) return finish(false);
      clearTimeout(settle);
      settle = setTimeout(() => finish(true), settleMs);
    });
    const deadline = setTimeout(() => finish(false), waitMs);
    observer.observe(document.documentElement, { childList: true, subtree: true });
  });
}

/** How the background reaches one page's document. */
export interface PageReader {
  /** The page's text (`checkText`), or undefined when it could not be read. */
  read(): Promise<string | undefined>;
  /**
   * Starts watching the page: whether it changes and then settles within `maxWaitMs`
   * (`awaitQuietChange`). Never rejects. A watch started just before a read sees every change
   * after it, provided the page runs the two in the order they were sent.
   */
  changed(): Promise<boolean>;
  /** False once the tab has moved on to another document or check: the answer no longer matters. */
  current(): boolean;
  /** Milliseconds since the check started. */
  elapsed(): number;
}

/**
 * Whether a page's text may be on topic: read at once, and read again each time the page changes
 * and settles, up to `limits.maxChecks` times, no new watch starting after `limits.maxWaitMs`.
 * Each watch starts before its read, so that nothing the page does after a read goes unseen. True
 * when the text passes or cannot be read (the content script then decides); false when it fails,
 * the page stops changing, or the tab moves on.
 */
export async function textMayBeOnTopic(
  page: PageReader,
  passes: (text: string) => boolean,
  limits: CheckLimits = CHECK_LIMITS,
): Promise<boolean> {
  for (let checks = 0; ; checks++) {
    const changed = page.changed();
    const text = await page.read();
    if (!page.current()) return false;
    if (text === undefined || passes(text)) return true;
    if (checks >= limits.maxChecks || page.elapsed() >= limits.maxWaitMs) return false;
    if (!(await changed) || !page.current()) return false;
  }
}
