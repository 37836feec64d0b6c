/**
 * The sidebar's frame on the page: an extension page in an iframe, inside a closed shadow root
 * on an element of our own, so the page can neither read the sidebar nor restyle it. The frame
 * overlays the page's edge (fixed position) and so never reflows the article; on a narrow window
 * it becomes a bottom sheet that leaves the article's top half in view.
 */
import { browser, t } from '../shared/browser-api';

const MIN_WIDTH = 300;
/** The sidebar never takes more than this share of the window's width. */
const MAX_SHARE = 0.45;
/** Below this window width the sidebar is a bottom sheet. */
const NARROW = 720;

const CSS_TEXT = `
:host { all: initial; }
.frame { position: fixed; top: 0; right: 0; height: 100vh; z-index: 2147483647; display: flex;
  box-shadow: -2px 0 16px rgba(0,0,0,.18); background: Canvas; color-scheme: light dark; }
.frame[hidden] { display: none; }
iframe { border: 0; width: 100%; height: 100%; background: Canvas; color-scheme: light dark; }
.grip { width: 6px; cursor: ew-resize; background: transparent; flex: none; border: 0; padding: 0; }
.grip:hover, .grip:focus-visible { background: rgba(245,166,35,.6); outline: none; }
.hint { position: fixed; z-index: 2147483647; pointer-events: none; font: 12px/1.3 system-ui, sans-serif;
  background: #1f2950; color: #fff; padding: 4px 8px; border-radius: 4px; max-width: 260px; }
.hint[hidden] { display: none; }
@media (max-width: ${NARROW}px) {
  .frame { top: auto; bottom: 0; left: 0; width: 100vw !important; height: 50vh; box-shadow: 0 -2px 16px rgba(0,0,0,.18); }
  .grip { display: none; }
}`;

/** The frame, its hint bubble and its width. */
export class SidebarFrame {
  readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private readonly frame: HTMLDivElement;
  private readonly hintEl: HTMLDivElement;
  private iframe: HTMLIFrameElement | undefined;

  constructor(private width: number, private readonly onResized: (width: number) => void) {
    this.host = document.createElement('counterpoint-sidebar');
    this.root = this.host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = CSS_TEXT;
    this.frame = document.createElement('div');
    this.frame.className = 'frame';
    this.frame.hidden = true;
    this.hintEl = document.createElement('div');
    this.hintEl.className = 'hint';
    this.hintEl.hidden = true;
    this.hintEl.textContent = t('highlightHint');
    this.root.append(style, this.frame, this.hintEl);
  }

  /** Shows or hides the sidebar, creating the frame on first use. */
  setOpen(open: boolean): void {
    if (!this.host.isConnected) document.documentElement.append(this.host);
    if (open && !this.iframe) this.build();
    this.frame.hidden = !open;
    this.applyWidth();
  }

  /** Shows the hover hint near a point, or hides it. */
  hint(at: { x: number; y: number } | undefined): void {
    if (!at) {
      this.hintEl.hidden = true;
      return;
    }
    if (!this.host.isConnected) document.documentElement.append(this.host);
    this.hintEl.hidden = false;
    this.hintEl.style.left = `${Math.min(at.x + 12, innerWidth - 280)}px`;
    this.hintEl.style.top = `${at.y + 16}px`;
  }

  /** Removes everything from the page. */
  destroy(): void {
    this.host.remove();
    this.iframe = undefined;
    this.frame.replaceChildren();
  }

  private build(): void {
    const grip = document.createElement('button');
    grip.className = 'grip';
    grip.setAttribute('aria-label', t('sidebarResize'));
    grip.addEventListener('pointerdown', (e) => this.dragFrom(e, grip));
    grip.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
        this.width += e.key === 'ArrowLeft' ? 24 : -24;
        this.applyWidth();
        this.onResized(this.width);
      }
    });
    this.iframe = document.createElement('iframe');
    this.iframe.src = browser.runtime.getURL('sidebar.html');
    this.iframe.title = t('sidebarTitle');
    this.frame.append(grip, this.iframe);
  }

  private applyWidth(): void {
    this.width = Math.round(Math.min(Math.max(this.width, MIN_WIDTH), Math.max(MIN_WIDTH, innerWidth * MAX_SHARE)));
    this.frame.style.width = `${this.width}px`;
  }

  private dragFrom(down: PointerEvent, grip: HTMLElement): void {
    grip.setPointerCapture(down.pointerId);
    const startX = down.clientX;
    const startWidth = this.width;
    if (this.iframe) this.iframe.style.pointerEvents = 'none';
    const move = (e: PointerEvent) => {
      this.width = startWidth + (startX - e.clientX);
      this.applyWidth();
    };
    const up = () => {
      grip.removeEventListener('pointermove', move);
      if (this.iframe) this.iframe.style.pointerEvents = '';
      this.onResized(this.width);
    };
    grip.addEventListener('pointermove', move);
    // A cancelled touch or pen drag ends the drag too, or the frame would stay unclickable.
    grip.addEventListener('pointerup', up, { once: true });
    grip.addEventListener('pointercancel', up, { once: true });
  }
}
