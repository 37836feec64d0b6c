/**
 * What the reading memory may keep of a page: only words the reader had in front of them. The
 * first text read at an address is kept aside (`noteRead`); when the background is about to
 * remember a quote, `shownAsRead` checks that its words are that first reading's, that the page
 * still shows them in the same text nodes, unchanged, and that they are rendered where a reader
 * can see them. A quote the page hid (CSS or the `hidden` attribute), moved off screen, changed or
 * added after that first reading is not kept.
 */
import type { PageText } from './page-text';
import { nodeIndex, rangeFor } from './page-text';

/** The first text read at an address, with each text node's length then. */
interface FirstRead {
  url: string;
  read: PageText;
  lengths: number[];
  /** The memory has had its answer for this reading. */
  answered?: true;
}

let first: FirstRead | undefined;

/** Notes a text about to be analysed; only the first at an address counts as the reading. */
export function noteRead(url: string, read: PageText): void {
  if (first?.url === url) return;
  first = { url, read, lengths: read.nodes.map((n) => n.data.length) };
}

/** One piece of a quote as the background analysed it: its offsets and its words. */
export interface ReadPart {
  start: number;
  end: number;
  text: string;
}

/** Line breaks in the page's source read as spaces, as `collectText` reads them. */
const lineBreaks = /[\n\r\t]/g;

/**
 * The indexes of the quotes (as the background asks about them: `{ index, parts }`) that the
 * first reading of `url` held and the page still shows so; answered once per reading, [] after.
 */
export function shownQuotes(url: string, quotes: unknown): number[] {
  if (!first || first.url !== url || first.answered || !Array.isArray(quotes)) return [];
  first.answered = true;
  return quotes.flatMap((q: { index?: unknown; parts?: unknown }) => {
    const parts = Array.isArray(q?.parts) ? (q.parts as ReadPart[]) : [];
    const wellFormed = parts.every(
      (p) => typeof p?.start === 'number' && typeof p.end === 'number' && typeof p.text === 'string',
    );
    return typeof q?.index === 'number' && wellFormed && shownAsRead(parts) ? [q.index] : [];
  });
}

/** Whether every part of a quote was in the first reading, and is still shown so. */
function shownAsRead(parts: readonly ReadPart[]): boolean {
  if (!first || !parts.length) return false;
  const { read, lengths } = first;
  return parts.every((p) => {
    if (p.end <= p.start || read.text.slice(p.start, p.end) !== p.text) return false;
    const from = nodeIndex(read, p.start);
    const to = nodeIndex(read, p.end - 1);
    for (let i = from; i <= to; i++) {
      const node = read.nodes[i]!;
      // The same node, still in the page, with the data it had when read.
      if (!node.isConnected || node.data.length !== lengths[i]) return false;
      if (node.data.replace(lineBreaks, ' ') !== read.text.slice(read.starts[i]!, read.starts[i]! + lengths[i]!)) return false;
      if (!rendered(node.parentElement)) return false;
    }
    const range = rangeFor(read, p.start, p.end);
    return range !== null && onPage(range);
  });
}

/** Drawn at all: not `display: none`, `visibility: hidden`, `content-visibility: hidden` or transparent. */
function rendered(el: Element | null): boolean {
  if (!el) return false;
  if (typeof el.checkVisibility === 'function') {
    return el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true, contentVisibilityAuto: false });
  }
  // Browsers before checkVisibility (Chrome 105, Firefox 125): the element has a box.
  return el.getClientRects().length > 0;
}

/** Has an area, and is not placed off the page (`left: -9999px`, the usual way to hide text from sight). */
function onPage(range: Range): boolean {
  const box = range.getBoundingClientRect();
  if (box.width < 1 || box.height < 1) return false;
  return box.right + scrollX > 0 && box.bottom + scrollY > 0;
}
