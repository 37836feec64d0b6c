/** A row label of the timeline chart cut to what its column holds: measured in the font it is drawn in, or counted. */

/** The text cut to at most `n` characters, an ellipsis last when it was cut. */
export function truncate(text: string, n: number): string {
  return text.length > n ? text.slice(0, n - 1).trimEnd() + '…' : text;
}

/**
 * The text cut to the longest beginning that fits `width` pixels as `measure` measures it, an ellipsis last when cut
 * (only the ellipsis where not even one character fits). Cut between characters, never inside one (an emoji's pair).
 */
export function fitToWidth(text: string, width: number, measure: (s: string) => number): string {
  if (measure(text) <= width) return text;
  const chars = Array.from(text);
  const cut = (n: number) => chars.slice(0, n).join('').trimEnd() + '…';
  let lo = 0;
  let hi = chars.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (measure(cut(mid)) <= width) lo = mid;
    else hi = mid - 1;
  }
  return cut(lo);
}

/**
 * How wide a row label's text is, in pixels, in the font the chart draws labels in: read from a label drawn for the
 * purpose inside `host` (its class gives it the chart's style) and measured on a canvas. None without a canvas.
 */
export function labelMeasure(host: Element): ((s: string) => number) | undefined {
  const ns = 'http://www.w3.org/2000/svg';
  const probe = document.createElementNS(ns, 'svg');
  probe.setAttribute('class', 'chart');
  const label = probe.appendChild(document.createElementNS(ns, 'text'));
  label.setAttribute('class', 'row-label');
  host.appendChild(probe);
  const style = getComputedStyle(label);
  const font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  probe.remove();
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return undefined;
  context.font = font;
  return (s) => context.measureText(s).width;
}
