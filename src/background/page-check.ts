/**
 * The text check of a page whose title names the topic, before any content script is injected.
 * A content script costs the page 2–3 ms for Chrome to set up its isolated world and API bindings;
 * running the cheap check's own code in the page costs it more than reading the text. So the page
 * is only read: the background runs `checkText` in the page's own world (`executeScript`,
 * `world: 'MAIN'`), and tests the text in the service worker with the very check the content
 * script uses (`compileQuickChecks`), off the page's main thread.
 *
 * An article that arrives after load (a script that inserts it, a slow fetch) is waited for:
 * where the text fails and holds no article yet (`hasArticle`: a few sentences of prose),
 * `awaitQuietChange` watches the page and answers once it has changed and then been quiet for a
 * while, and the background reads it again then. A page whose article is there and fails pays for one read; a
 * page still waiting for its article, for one read and one observer.
 *
 * The page's own scripts can see these functions run, and can make `checkText` answer what they
 * like: they can keep Counterpoint away (as they could by drawing their text on a canvas) or let
 * it in, where the content script checks again with its own, untouchable code. They learn
 * nothing from either. Anything unexpected (a built-in the page broke, an answer that is not a
 * string) counts as a pass.
 */
import { RECHECK } from '../shared/protocol';

/** How long one watch of the page lasts at most, and after how long no new watch starts. */
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

/** Characters a run of prose needs, up to its full stop, to count as a sentence. */
const MIN_SENTENCE = 40;

/**
 * Sentences from which a page's text holds its article. Every labelled fixture page has at least
 * 10 at load; a page still fetching its story has a cookie notice and a footer line or two.
 */
export const ARTICLE_SENTENCES = 8;

/**
 * Whether a page's text already holds an article: `ARTICLE_SENTENCES` runs of at least
 * `MIN_SENTENCE` characters, each ending in `.`, `!` or `?` before a space, none crossing a line.
 * Menus, buttons and bylines have none. Worked out in the worker from the text it was given, so
 * the page pays nothing for it; one pass, whatever the text.
 */
export function hasArticle(text: string): boolean {
  let sentences = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      run = 0;
    } else if ((c === 46 || c === 33 || c === 63) && (i + 1 === text.length || text.charCodeAt(i + 1) <= 32)) {
      if (run >= MIN_SENTENCE && ++sentences >= ARTICLE_SENTENCES) return true;
      run = 0;
    } else {
      run++;
    }
  }
  return false;
}

/**
 * Resolves true once the page has changed and then been quiet for `settleMs`, false when it has
 * not settled within `waitMs` or changes without end (more than `maxMutationBatches` batches).
 * A page whose text is no longer `lengthRead` long (as `checkText` reads it) changed after it was
 * read and before this watch began. Runs in the page's world (`executeScript` sends its source
 * alone), so it uses nothing from outside itself.
 */
export function awaitQuietChange(
  settleMs: number,
  waitMs: number,
  maxMutationBatches: number,
  lengthRead: number,
): Promise<boolean> {
  return new Promise((resolve) => {
    let batches = 0;
    let settle: ReturnType<typeof setTimeout> | undefined;
    const finish = (changed: boolean) => {
      observer.disconnect();
      clearTimeout(settle);
      clearTimeout(deadline);
      resolve(changed);
    };
    const changed = () => {
      clearTimeout(settle);
      settle = setTimeout(() => finish(true), settleMs);
    };
    const observer = new MutationObserver(() => {
      if (++batches > maxMutationBatches) return finish(false);
      changed();
    });
    const deadline = setTimeout(() => finish(false), waitMs);
    observer.observe(document.documentElement, { childList: true, subtree: true });
    if (document.title.length + 1 + (document.body?.textContent?.length ?? 0) !== lengthRead) changed();
  });
}

/** How the background reaches one page's document. */
export interface PageReader {
  /** The page's text (`checkText`), or undefined when it could not be read. */
  read(): Promise<string | undefined>;
  /** Whether the page changed since a read of `lengthRead` characters, and settled (`awaitQuietChange`). Never rejects. */
  changed(lengthRead: number): Promise<boolean>;
  /** False once the tab has moved on to another document or check: the answer no longer matters. */
  current(): boolean;
  /** Milliseconds since the check started. */
  elapsed(): number;
}

/**
 * Whether a page's text may be on topic: read at once and, while the page's article is not there
 * yet (`hasArticle`), read again each time the page changes and settles, up to `limits.maxChecks`
 * times, no new watch starting after `limits.maxWaitMs`. A page whose article is there and fails
 * has nothing left to wait for: it pays for one read. True when the text passes or cannot be
 * read (the content script then decides); false when it fails, the page stops changing, or the
 * tab moves on.
 */
export async function textMayBeOnTopic(
  page: PageReader,
  passes: (text: string) => boolean,
  limits: CheckLimits = CHECK_LIMITS,
): Promise<boolean> {
  for (let checks = 0; ; checks++) {
    const text = await page.read();
    if (!page.current()) return false;
    if (text === undefined || passes(text)) return true;
    if (hasArticle(text)) return false;
    if (checks >= limits.maxChecks || page.elapsed() >= limits.maxWaitMs) return false;
    if (!(await page.changed(text.length)) || !page.current()) return false;
  }
}
