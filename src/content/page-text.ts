/**
 * Reads a page's article text with a map back to its text nodes, so the engine's offsets can
 * be highlighted in place. Readability-style scoring picks the article's container (the element
 * holding most paragraph text); chrome such as menus, comments and cookie banners is skipped.
 * Readability itself is not used here: it works on a copy of the document, which loses the
 * node map, and its size would triple the content script (see docs/architecture.md).
 */

/** The article's text and where each piece came from. */
export interface PageText {
  text: string;
  nodes: Text[];
  /** Offset in `text` where each node's data starts. */
  starts: number[];
}

const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'NAV', 'ASIDE', 'FOOTER', 'FORM', 'BUTTON', 'SELECT', 'TEXTAREA',
  'SVG', 'CANVAS', 'IFRAME', 'FIGCAPTION', 'COUNTERPOINT-SIDEBAR', 'HEADER',
]);
const BLOCK_TAGS = new Set([
  'P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'SECTION', 'ARTICLE', 'MAIN',
  'TD', 'TH', 'TR', 'TABLE', 'PRE', 'DD', 'DT', 'FIGURE', 'BR', 'HR',
]);
/** Class or id words of page chrome around an article. */
const CHROME = /(^|[\s_-])(comments?|cookie|consent|related|share|social|newsletter|promo|advert|ad-slot|ads|sidebar|menu|breadcrumb|footer|masthead|subscribe|popup|modal|also-read|read-more|tags)($|[\s_-])/i;
/** Paragraphs shorter than this are not article prose (captions, bylines, buttons). */
const MIN_PARAGRAPH = 40;

/** The element that holds the article: the one whose paragraphs carry the most text. */
export function findArticleRoot(doc: Document): Element {
  const body = doc.body ?? doc.documentElement;
  const scores = new Map<Element, number>();
  for (const p of Array.from(doc.querySelectorAll('p'))) {
    if (isChrome(p)) continue;
    const len = (p.textContent ?? '').trim().length;
    if (len < MIN_PARAGRAPH) continue;
    const parent = p.parentElement;
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + len);
    const grand = parent.parentElement;
    if (grand) scores.set(grand, (scores.get(grand) ?? 0) + len / 2);
  }
  let best: Element = body;
  let bestScore = 0;
  for (const [el, score] of scores) if (score > bestScore) [best, bestScore] = [el, score];
  // Prefer the enclosing <article> when there is one: it also holds the headline.
  return best.closest('article') ?? best;
}

function isChrome(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (SKIP_TAGS.has(e.tagName.toUpperCase())) return true;
    const words = `${e.id} ${typeof e.className === 'string' ? e.className : ''}`;
    if (words.trim() && CHROME.test(words)) return true;
    if (e.tagName === 'ARTICLE' || e.tagName === 'MAIN') return false;
  }
  return false;
}

/** Rejects subtrees that are not article text (2, as NodeFilter.FILTER_REJECT). */
function accept(node: Node): number {
  if (node.nodeType !== 1) return 1; // NodeFilter.FILTER_ACCEPT
  const el = node as Element;
  if (SKIP_TAGS.has(el.tagName.toUpperCase())) return 2; // FILTER_REJECT
  if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return 2;
  const words = `${el.id} ${typeof el.className === 'string' ? el.className : ''}`;
  if (words.trim() && CHROME.test(words)) return 2;
  return 3; // FILTER_SKIP: not text itself, but look inside
}

/**
 * Collects the text under `root`, a blank line between blocks. Works in slices and yields
 * between them (`pause`), so a huge page never holds the main thread for a long task.
 */
export async function collectText(root: Element, pause?: () => Promise<void>, sliceMs = 8): Promise<PageText> {
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  let lastBlock: Element | null = null;
  let sliceStart = now();
  let n = 0;
  // A hand-rolled walk rather than a TreeWalker: it skips rejected subtrees the same way in
  // every DOM (linkedom, used by `npm run check`, ignores TreeWalker filters).
  let node: Node | null = root.firstChild;
  while (node) {
    if (pause && ++n % 256 === 0 && now() - sliceStart > sliceMs) {
      await pause();
      sliceStart = now();
    }
    let descend = false;
    if (node.nodeType === 1) descend = accept(node) !== 2;
    else if (node.nodeType === 3 && (node as Text).data) {
      const data = (node as Text).data;
      const block = blockOf(node, root);
      if (lastBlock && block !== lastBlock && length > 0) {
        parts.push('\n\n');
        length += 2;
      }
      lastBlock = block;
      nodes.push(node as Text);
      starts.push(length);
      // Same length as the node's data, so offsets map straight back; line breaks in the
      // page source are spaces to a reader.
      parts.push(data.replace(/[\n\r\t]/g, ' '));
      length += data.length;
    }
    node = nextInWalk(node, root, descend);
  }
  return { text: parts.join(''), nodes, starts };
}

/** The next node in document order under `root`, entering `node`'s children only if `descend`. */
function nextInWalk(node: Node, root: Node, descend: boolean): Node | null {
  if (descend && node.firstChild) return node.firstChild;
  for (let n: Node | null = node; n && n !== root; n = n.parentNode) if (n.nextSibling) return n.nextSibling;
  return null;
}

function blockOf(node: Node, root: Element): Element {
  for (let e = node.parentElement; e && e !== root; e = e.parentElement) if (BLOCK_TAGS.has(e.tagName.toUpperCase())) return e;
  return root;
}

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

/** A live Range over [start, end) of the collected text, or null if the nodes are gone. */
export function rangeFor(pt: PageText, start: number, end: number): Range | null {
  const a = locate(pt, start, false);
  const b = locate(pt, end, true);
  if (!a || !b) return null;
  if (!a.node.isConnected || !b.node.isConnected) return null;
  const range = a.node.ownerDocument.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}

/** Index of the text node holding `offset`: the last starting at or before it (before it, for an end offset). */
export function nodeIndex(pt: PageText, offset: number, isEnd = false): number {
  let lo = 0;
  let hi = pt.nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pt.starts[mid]! < offset || (!isEnd && pt.starts[mid] === offset)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function locate(pt: PageText, offset: number, isEnd: boolean): { node: Text; offset: number } | null {
  const lo = nodeIndex(pt, offset, isEnd);
  const node = pt.nodes[lo];
  if (!node) return null;
  const local = Math.min(Math.max(offset - pt.starts[lo]!, 0), node.data.length);
  return { node, offset: local };
}
