/**
 * Paints quotes with the CSS Custom Highlight API: no element is added to the page, so the
 * page's layout, text and event handlers stay as they were. Highlights receive no events, so
 * pointer and keyboard use are hit-tested against the ranges.
 */

const NAME = 'counterpoint-quote';
const ACTIVE = 'counterpoint-active';

const STYLE = `
::highlight(${NAME}) { background-color: rgba(245, 166, 35, 0.28); text-decoration: underline 2px rgba(214, 132, 0, 0.9); text-underline-offset: 3px; }
::highlight(${ACTIVE}) { background-color: rgba(245, 166, 35, 0.55); }
@media (prefers-color-scheme: dark) {
  ::highlight(${NAME}) { background-color: rgba(245, 166, 35, 0.22); text-decoration-color: rgba(255, 190, 80, 0.9); }
  ::highlight(${ACTIVE}) { background-color: rgba(245, 166, 35, 0.45); }
}`;

/** A highlighted quote: its engine index and the ranges of its parts. */
export interface QuoteMark {
  index: number;
  ranges: Range[];
}

let sheet: CSSStyleSheet | undefined;

/** Whether this browser paints custom highlights. */
export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** Paints the quotes; replaces any earlier set. */
export function paint(marks: readonly QuoteMark[]): void {
  if (!highlightsSupported()) return;
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLE);
  }
  if (!document.adoptedStyleSheets.includes(sheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  CSS.highlights.set(NAME, new Highlight(...marks.flatMap((m) => m.ranges)));
  CSS.highlights.delete(ACTIVE);
}

/** Marks one quote as the active one (hovered, focused or revealed). */
export function setActive(mark: QuoteMark | undefined): void {
  if (!highlightsSupported()) return;
  if (mark) CSS.highlights.set(ACTIVE, new Highlight(...mark.ranges));
  else CSS.highlights.delete(ACTIVE);
}

/** Removes every highlight and the style sheet. */
export function clear(): void {
  if (!highlightsSupported()) return;
  CSS.highlights.delete(NAME);
  CSS.highlights.delete(ACTIVE);
  if (sheet) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
}

/** The quote under a viewport point, if any. */
export function hitTest(marks: readonly QuoteMark[], x: number, y: number): QuoteMark | undefined {
  const caret = caretAt(x, y);
  if (!caret) return undefined;
  return marks.find((m) => m.ranges.some((r) => inRange(r, caret.node, caret.offset) && pointInRects(r, x, y)));
}

/** The quote holding the current selection's focus (keyboard use: caret browsing, a selection). */
export function atSelection(marks: readonly QuoteMark[]): QuoteMark | undefined {
  const sel = document.getSelection();
  if (!sel?.focusNode) return undefined;
  return marks.find((m) => m.ranges.some((r) => inRange(r, sel.focusNode!, sel.focusOffset)));
}

function caretAt(x: number, y: number): { node: Node; offset: number } | undefined {
  const doc = document as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (doc.caretPositionFromPoint) {
    const p = doc.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : undefined;
  }
  const r = doc.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : undefined;
}

function inRange(range: Range, node: Node, offset: number): boolean {
  try {
    return range.comparePoint(node, offset) === 0;
  } catch {
    return false;
  }
}

/** The caret snaps to the nearest text even in margins: check the pointer is on the text itself. */
function pointInRects(range: Range, x: number, y: number): boolean {
  for (const r of Array.from(range.getClientRects())) if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return true;
  return false;
}
