/** A bar of the dense timeline chart: one row's marks of one period, stacked by stance. */
import { ROW_H } from './chart-geometry';
import type { Bin } from './timeline-model';

/** A row's marks of one period: denials stacked up from the line, assertions down. */
export function BinBar({
  bin,
  x0,
  x1,
  scale,
  name,
  ...rest
}: { bin: Bin; x0: number; x1: number; scale: (n: number) => number; name: string } & Record<string, unknown>) {
  const w = Math.max(2, x1 - x0 - 1);
  const against = bin.counts.denies + bin.counts.disputes;
  const forIt = bin.counts.asserts + bin.counts.qualifies;
  const up = against ? scale(against) : 0;
  const down = forIt ? scale(forIt) : 0;
  const denyH = against ? (up * bin.counts.denies) / against : 0;
  const assertH = forIt ? (down * bin.counts.asserts) / forIt : 0;
  return (
    <g {...rest} class="bin" data-testid="bin" aria-label={name}>
      <rect class="bin-hit" x={x0} y={-ROW_H / 2} width={w} height={ROW_H} />
      <rect class="mark-denies" x={x0} y={-up} width={w} height={denyH} />
      <rect class="mark-disputes" x={x0} y={-up + denyH} width={w} height={up - denyH} />
      <rect class="mark-qualifies" x={x0} y={0} width={w} height={down - assertH} />
      <rect class="mark-asserts" x={x0} y={down - assertH} width={w} height={assertH} />
    </g>
  );
}
