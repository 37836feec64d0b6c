/**
 * The timeline chart's keyboard: a roving tabindex (one item in the tab order at a time), the
 * arrow keys, Home and End between items (`moveFocus`), Enter or Space to act on one, Escape.
 */
import type { RefObject } from 'preact';
import { useState } from 'preact/hooks';
import { firstItem } from './chart-item';
import { moveFocus, type Move } from './timeline-model';

/** The keys that move the focus, and which way. */
const KEYS: Record<string, Move> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
  Home: 'home',
  End: 'end',
};

/**
 * The active item (the one in the tab order, as [row, index]) and the chart's key handler:
 * `activate` is what Enter or Space does to the active item, `onEscape` what Escape does.
 */
export function useChartKeys<T extends { t: number; key: string }>(
  items: readonly (readonly T[])[],
  svg: RefObject<SVGSVGElement>,
  activate: (item: T) => void,
  onEscape: () => void,
) {
  const [active, setActive] = useState<[number, number]>([0, 0]);
  const itemAt = (at: [number, number]) => items[at[0]]?.[at[1]];
  // The active item must exist: after a zoom or regrouping, start again at the first one.
  const activeAt: [number, number] = itemAt(active) ? active : firstItem(items);
  const focusAt = (at: [number, number]) => {
    setActive(at);
    const it = itemAt(at);
    if (it) (svg.current?.querySelector(`[data-key="${CSS.escape(it.key)}"]`) as SVGElement | null)?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const move = KEYS[e.key];
    if (move) {
      e.preventDefault();
      focusAt(moveFocus(items, activeAt, move));
    } else if (e.key === 'Enter' || e.key === ' ') {
      const it = itemAt(activeAt);
      if (it) {
        e.preventDefault();
        activate(it);
      }
    } else if (e.key === 'Escape') onEscape();
  };
  return { activeAt, setActive, itemAt, onKeyDown };
}
