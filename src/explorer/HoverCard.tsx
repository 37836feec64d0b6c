/** The timeline chart's hover card, drawn for the eye only (`aria-hidden`): a mark's or a bar's details. */
import { t } from '../shared/browser-api';
import { ROW_H } from './chart-geometry';
import type { Item } from './chart-item';
import type { Bin, PlacedMark } from './timeline-model';

/** The card beside a hovered or focused mark: who, which way, when, and the words (read on demand). */
export function HoverCard({
  hover,
  x,
  y,
  width,
  describe,
  binLabel,
}: {
  hover: { item: Item; text?: string };
  x: number;
  y: number;
  width: number;
  describe: (m: PlacedMark) => string;
  binLabel: (b: Bin) => string;
}) {
  const left = Math.min(Math.max(8, x - 150), width - 308);
  const { item } = hover;
  return (
    <div class="hover-card" style={{ left: `${left}px`, top: `${y + ROW_H + 4}px` }} aria-hidden="true" data-testid="hover-card">
      {item.kind === 'mark' ? (
        <>
          <strong>{describe(item.mark)}</strong>
          {hover.text && <p>{hover.text}</p>}
        </>
      ) : (
        <>
          <strong>{binLabel(item.bin)}</strong>
          <p class="muted">{t('explorerBinZoom')}</p>
        </>
      )}
    </div>
  );
}
