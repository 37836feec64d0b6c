/**
 * The text check of a page whose title names the topic, before any content script is injected.
 * A content script costs the page 2–3 ms for Chrome to set up its isolated world and API bindings;
 * running the cheap check's own code in the page costs it more than reading the text. So the page
 * is only read: the background runs `readPage` in the page's own world (`executeScript`,
 * `world: 'MAIN'`), and tests the text in the service worker with the very check the content
 * script uses (`compileQuickChecks`), off the page's main thread.
 *
 * An article that arrives after load (a script that inserts it, a slow fetch) is waited for:
 * where the text fails and the page has no article yet (little paragraph prose), `awaitQuietChange`
 * watches the page and answers once it has changed and then been quiet for a while, and the
 * background reads it again then. A page whose article is there and fails pays for one read; a
 * page still waiting for its article, for one read and one observer.
 *
 * The page's own scripts can see these functions run, and can make `readPage` answer what they
 * like: they can keep Counterpoint away (as they could by drawing their text on a canvas) or let
 * it in, where the content script checks again with its own, untouchable code. They learn
 * nothing from either. Anything unexpected (a built-in the page broke, an answer of the wrong
 * shape) counts as a pass.
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

/** Paragraphs shorter than this are not article prose (captions, bylines, buttons): as the reader's. */
const MIN_PARAGRAPH = 40;

/** Prose, in characters of such paragraphs, from which a page has its article (Readability's threshold). */
export const ARTICLE_PROSE = 500;

/** What the background's read of a page gives back. */
export interface PageRead {
  /** The text the cheap check reads: the same as `checkText` gives. */
  text: string;
  /** How many paragraphs (`<p>`) the page has. */
  paragraphs: number;
  /** Characters in its paragraphs of `minParagraph` characters or more. */
  prose: number;
}

/**
 * Reads a page for the background's text check: its text, and how much of it is paragraphs of
 * prose, which tells whether its article is there yet. Runs in the page's world (`executeScript`
 * sends its source alone), so it uses nothing from outside itself: the text is worked out as
 * `checkText` works it out (`test/core/page-check.test.ts` holds the two together).
 */
export function readPage(minParagraph: number): PageRead {
  const paragraphs = document.getElementsByTagName('p');
  let prose = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    const length = paragraphs[i]?.textContent?.length ?? 0;
    if (length >= minParagraph) prose += length;
  }
  return { text: `${document.title}\n${document.body?.textContent ?? ''}`, paragraphs: paragraphs.length, prose };
}

/**
 * Resolves true once the page has changed and then been quiet for `settleMs`, false when it has
 * not settled within `waitMs` or changes without end (more than `maxMutationBatches` batches).
 * A page whose paragraph count is no longer `paragraphsRead` has changed since it was read, before
 * this watch began. Runs in the page's world, self-contained like `readPage`.
 */
export function awaitQuietChange(
  settleMs: number,
  waitMs: number,
  maxMutationBatches: number,
  paragraphsRead: number,
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
    if (document.getElementsByTagName('p').length !== paragraphsRead) changed();
  });
}

/** The limits `readPage` is given. */
export const READ_ARGS: [minParagraph: number] = [MIN_PARAGRAPH];

/** Whether what came back from a read in the page's world is one: the page's scripts ran beside it. */
export function isPageRead(value: unknown): value is PageRead {
  const r = value as Partial<PageRead> | null;
  return (
    typeof r === 'object' &&
    r !== null &&
    typeof r.text === 'string' &&
    Number.isSafeInteger(r.paragraphs) &&
    Number.isSafeInteger(r.prose)
  );
}

/** How the background reaches one page's document. */
export interface PageReader {
  /** The page's text and prose (`readPage`), or undefined when it could not be read. */
  read(): Promise<PageRead | undefined>;
  /** Whether the page changed since a read that counted `paragraphs`, and settled (`awaitQuietChange`). Never rejects. */
  changed(paragraphs: number): Promise<boolean>;
  /** False once the tab has moved on to another document or check: the answer no longer matters. */
  current(): boolean;
  /** Milliseconds since the check started. */
  elapsed(): number;
}

/**
 * Whether a page's text may be on topic: read at once and, while the page's article is not there
 * yet (less than `ARTICLE_PROSE` of paragraph prose), read again each time the page changes and
 * settles, up to `limits.maxChecks` times, no new watch starting after `limits.maxWaitMs`. A page
 * whose article is there and fails has nothing left to wait for: it pays for one read. True when
 * the text passes or cannot be read (the content script then decides); false when it fails, the
 * page stops changing, or the tab moves on.
 */
export async function textMayBeOnTopic(
  page: PageReader,
  passes: (text: string) => boolean,
  limits: CheckLimits = CHECK_LIMITS,
): Promise<boolean> {
  for (let checks = 0; ; checks++) {
    const read = await page.read();
    if (!page.current()) return false;
    if (read === undefined || passes(read.text)) return true;
    if (read.prose >= ARTICLE_PROSE) return false;
    if (checks >= limits.maxChecks || page.elapsed() >= limits.maxWaitMs) return false;
    if (!(await page.changed(read.paragraphs)) || !page.current()) return false;
  }
}
