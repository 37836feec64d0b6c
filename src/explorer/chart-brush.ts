/** The timeline chart's brush: drag across the chart's background to zoom into that period. */
import type { ScaleTime } from 'd3-scale';
import { useState } from 'preact/hooks';
import { LABEL_W, MIN_BRUSH_PX } from './chart-geometry';

/**
 * The drag in progress, if any (its ends in pixels across the plot), and the pointer handlers
 * that make it, for the chart's `<svg>`: a press on an item (`itemOf`) is the item's, not a drag.
 */
export function useBrush(
  plotW: number,
  x: ScaleTime<number, number>,
  onZoom: (domain: [number, number]) => void,
  itemOf: (target: EventTarget | null) => unknown,
) {
  // A brush: drag across the chart's background to zoom into that period (the presets and the
  // bars do the same from the keyboard).
  const [brush, setBrush] = useState<{ from: number; to: number }>();
  /** The pointer's x in the plot, clamped to it. */
  const plotX = (e: PointerEvent) => {
    const box = (e.currentTarget as SVGSVGElement).getBoundingClientRect();
    return Math.min(plotW, Math.max(0, e.clientX - box.left - LABEL_W));
  };
  const handlers = {
    onPointerDown: (e: PointerEvent) => {
      if (e.button !== 0 || itemOf(e.target)) return;
      const px = plotX(e);
      (e.currentTarget as SVGSVGElement).setPointerCapture(e.pointerId);
      setBrush({ from: px, to: px });
    },
    onPointerMove: (e: PointerEvent) => brush && setBrush({ ...brush, to: plotX(e) }),
    onPointerUp: () => {
      if (brush && Math.abs(brush.to - brush.from) >= MIN_BRUSH_PX) {
        const [a, b] = [Math.min(brush.from, brush.to), Math.max(brush.from, brush.to)];
        onZoom([x.invert(a).getTime(), x.invert(b).getTime()]);
      }
      setBrush(undefined);
    },
    onPointerCancel: () => setBrush(undefined),
  };
  return { brush, handlers };
}
