/**
 * The text the cheap check reads: the page's title and its body's text. The first stage reads it
 * in its own world; the background runs the same function in the page's world
 * (`src/background/inject.ts`), where `executeScript` sends its source alone, so it uses nothing
 * from outside itself.
 */
export function checkText(): string {
  return `${document.title}\n${document.body?.textContent ?? ''}`;
}
