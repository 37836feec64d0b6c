/**
 * The text the cheap check reads: the page's title and its body's text. The first stage reads it
 * in its own world; the background runs the same function in the page's world
 * (`src/background/inject.ts`), where `executeScript` sends its source alone, so it uses nothing
 * from outside itself.
 */
export function checkText(): string {
  return `${document.title}\n${document.body?.textContent ?? ''}`;
}

/**
 * `checkText` for a page read once whatever its title (the background's `read-once` path): at
 * most `limit` characters, so that a page of several megabytes (a web app, a long archive) hands
 * over no more than an article needs. Self-contained, like `checkText`.
 */
export function checkTextUpTo(limit: number): string {
  const text = `${document.title}\n${document.body?.textContent ?? ''}`;
  return text.length > limit ? text.slice(0, limit) : text;
}
