/**
 * The cheap check of a page's text, run in the page's own world before any content script is
 * injected. A content script costs the page 2–3 ms for Chrome to set up its isolated world and API
 * bindings, more than the check itself; running the check in the page's world first spares that
 * cost on every page whose title names the topic but whose text does not (a cricket page with
 * "Pakistan" in its title).
 *
 * The page's own scripts can see this check run and can sway its answer (a page that redefines
 * `RegExp.prototype.test` to fail can keep Counterpoint away, as it could by drawing its text on a
 * canvas); they can learn nothing from it beyond the public quick-check words it is given. The
 * answer is only a hint: a page that passes gets the content script, which checks again with its
 * own, untouchable code. Anything unexpected (a built-in the page broke) counts as a pass.
 */
import type { QuickCheckData } from '../core/topic';
import { RECHECK } from '../shared/protocol';

/** How long the check waits, at most, for an article that arrives late. */
const MAX_WAIT_MS = 30_000;

/** When the in-page check looks again at a page that changes (`RECHECK`, and an overall deadline). */
export interface CheckLimits {
  settleMs: number;
  maxChecks: number;
  maxMutationBatches: number;
  maxWaitMs: number;
}

/** The limits the background gives the in-page check. */
export const CHECK_LIMITS: CheckLimits = { ...RECHECK, maxWaitMs: MAX_WAIT_MS };

/**
 * The topics' cheap-check words as one string for `checkPageText`: a topic a block, its quick
 * words on the first line and each required group on a line of its own, words lower-cased and
 * joined by `|`. One string literal is quicker for the page to compile than a hundred.
 */
export function packTopics(topics: readonly QuickCheckData[]): string {
  const line = (words: readonly string[]) => words.map((w) => w.toLowerCase().replace(/[|\n]/g, ' ')).join('|');
  return topics.map((t) => [line(t.words), ...t.groups.map(line)].join('\n')).join('\n\n');
}

/**
 * Whether the page's text passes any topic's cheap check (`packTopics`): at once, or once an
 * article that arrives after load is there. Runs in the page's world, so it is self-contained:
 * `executeScript` sends its source, and it may use nothing from outside itself. Null when it
 * cannot tell.
 */
export function checkPageText(packed: string, limits: CheckLimits): boolean | null | Promise<boolean | null> {
  try {
    // No regular expression: compiling case-insensitive alternations costs the page more than
    // the search. Lower-cased text and `indexOf`, a match counting only at the start of a word
    // (as `\b` in `compileQuickCheck`, whose answers this must give).
    const topics = packed.split('\n\n').map((block) => block.split('\n').map((line) => (line ? line.split('|') : [])));
    const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
    const found = (text: string, w: string) => {
      if (!w) return true;
      const wordStart = isWordChar(w.charCodeAt(0));
      for (let i = text.indexOf(w); i !== -1; i = text.indexOf(w, i + 1)) {
        const before = i > 0 && isWordChar(text.charCodeAt(i - 1));
        if (before !== wordStart) return true;
      }
      return false;
    };
    const passes = () => {
      const text = `${document.title}\n${document.body?.textContent ?? ''}`.toLowerCase();
      const any = (words: readonly string[]) => !words.length || words.some((w) => found(text, w));
      return topics.some(([words = [], ...groups]) => any(words) && groups.every((g) => !g.length || any(g)));
    };
    if (passes()) return true;
    return new Promise((resolve) => {
      let checks = 0;
      let batches = 0;
      let settle: ReturnType<typeof setTimeout> | undefined;
      const finish = (result: boolean | null) => {
        observer.disconnect();
        clearTimeout(settle);
        clearTimeout(deadline);
        resolve(result);
      };
      const observer = new MutationObserver(() => {
        if (++batches > limits.maxMutationBatches) return finish(false);
        clearTimeout(settle);
        settle = setTimeout(() => {
          try {
            if (passes()) finish(true);
            else if (++checks >= limits.maxChecks) finish(false);
          } catch {
            finish(null);
          }
        }, limits.settleMs);
      });
      const deadline = setTimeout(() => finish(false), limits.maxWaitMs);
      observer.observe(document.documentElement, { childList: true, subtree: true });
    });
  } catch {
    return null;
  }
}
