/**
 * The timeline chart: one mark per statement, placed by date, coloured by stance, in rows by
 * speaker or camp. Denials sit above a row's line and assertions below it, so a row reads as who
 * said no and who said yes, and when. Where the period shown holds more marks than can be told
 * apart (`DENSE_LIMIT`), a row's marks are drawn as bars per month or year instead, and a bar
 * zooms into its period.
 *
 * Scales and ticks are d3's (`scaleUtc`, its `ticks` and `tickFormat`); drawing is Preact SVG.
 * Every mark is a focusable element with an accessible name; one of them is in the tab order at
 * a time (a roving tabindex) and the arrow keys move between them (`moveFocus`).
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { scaleSqrt, scaleUtc } from 'd3-scale';
import { t } from '../shared/browser-api';
import { BinBar } from './BinBar';
import { useBrush } from './chart-brush';
import { AXIS_H, LABEL_CHARS, LABEL_INSET, LABEL_ROOM, LABEL_W, MARK_R, MIN_BIN_PX, ROW_H, STANCE_DY } from './chart-geometry';
import type { Item } from './chart-item';
import { useChartKeys } from './chart-keys';
import { periodLabel, summarise } from './chart-labels';
import { fitToWidth, labelMeasure, truncate } from './label-fit';
import { HoverCard } from './HoverCard';
import { binRows, within, type Bin, type PlacedMark, type TimelineRow } from './timeline-model';

/** Name of the performance mark set when the chart has first been painted (the benchmark reads it). */
export const CHART_DRAWN = 'counterpoint:chart-drawn';

/** Above this many marks in view, rows are drawn as bars per period: 10,000 dots tell nothing apart and cost a second to draw. */
export const DENSE_LIMIT = 1_500;

interface Props {
  rows: TimelineRow[];
  domain: [number, number];
  /** Zoom to another period (a bar's). */
  onZoom: (domain: [number, number]) => void;
  /** The mark whose statement is shown below the chart. */
  selected?: string;
  onSelect: (mark: PlacedMark) => void;
  /** A mark's accessible name and hover title: speaker, stance, date (and claim, on an actor's page). */
  describe: (mark: PlacedMark) => string;
  /** What the chart shows, for its accessible name. */
  label: string;
  /** Shows a mark's statement in the hover card (read on demand). */
  peek: (mark: PlacedMark) => Promise<string | undefined>;
}

export function TimelineChart({ rows, domain, onZoom, selected, onSelect, describe, label, peek }: Props) {
  const wrap = useRef<HTMLDivElement>(null);
  // The chart is drawn once its width is known (measured before the first paint), not drawn at a
  // guessed width and then again: at 10,000 statements a drawing is most of the page's opening.
  const [measured, setMeasured] = useState<number>();
  // Row labels are cut to what their column holds, measured in the font they are drawn in (long names run wide).
  const [measure, setMeasure] = useState<(s: string) => number>();
  useLayoutEffect(() => {
    const el = wrap.current;
    if (!el) return;
    const m = labelMeasure(el);
    if (m) setMeasure(() => m);
    const fit = (w: number) => setMeasured(Math.max(480, Math.floor(w)));
    fit(el.getBoundingClientRect().width);
    const ro = new ResizeObserver(([entry]) => entry && fit(entry.contentRect.width));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  const drawn = measured !== undefined;
  useEffect(() => {
    if (drawn) requestAnimationFrame(() => setTimeout(() => performance.mark(CHART_DRAWN), 0));
  }, [drawn]);
  const width = measured ?? 960;
  const plotW = width - LABEL_W - 16;
  const x = useMemo(() => scaleUtc().domain(domain).range([0, plotW]), [domain, plotW]);
  const visible = useMemo(() => rows.map((r) => within(r.marks, domain[0], domain[1])), [rows, domain]);
  const count = visible.reduce((n, v) => n + v.length, 0);
  const binned = useMemo(
    () => (count > DENSE_LIMIT ? binRows(rows, visible, domain, plotW, MIN_BIN_PX) : undefined),
    [count, rows, visible, domain, plotW],
  );
  const interval = binned?.interval;
  const items: Item[][] = useMemo(
    () =>
      rows.map((_, r) =>
        binned
          ? binned.bins[r]!.map((bin) => ({ kind: 'bin' as const, t: (bin.start + bin.end) / 2, key: bin.key, bin }))
          : visible[r]!.map((mark) => ({ kind: 'mark' as const, t: mark.t, key: mark.id + '|' + mark.claimId, mark })),
      ),
    [rows, visible, binned],
  );
  const barScale = useMemo(() => {
    let max = 1;
    for (const row of items) for (const it of row) if (it.kind === 'bin') max = Math.max(max, it.bin.total);
    // Area-true (square root) heights, and never thinner than a few pixels: one statement must show.
    return scaleSqrt()
      .domain([1, Math.max(2, max)])
      .range([4, ROW_H / 2 - 2])
      .clamp(true);
  }, [items]);

  const [hover, setHover] = useState<{ item: Item; row: number; text?: string }>();
  const svg = useRef<SVGSVGElement>(null);
  const activate = (item: Item) => {
    if (item.kind === 'mark') onSelect(item.mark);
    else onZoom([item.bin.start, item.bin.end]);
  };
  const { activeAt, setActive, itemAt, onKeyDown } = useChartKeys(items, svg, activate, () => setHover(undefined));

  /** Where each item is, by its key. */
  const positions = useMemo(() => {
    const map = new Map<string, [number, number]>();
    items.forEach((row, r) => row.forEach((it, i) => map.set(it.key, [r, i])));
    return map;
  }, [items]);
  /** The position of the item an event happened on, if any. */
  const atOf = (target: EventTarget | null) => {
    const key = (target as Element | null)?.closest?.('[data-key]')?.getAttribute('data-key');
    return key ? positions.get(key) : undefined;
  };
  const { brush, handlers: brushHandlers } = useBrush(plotW, x, onZoom, atOf);
  // The hover card is drawn for the eye (aria-hidden); a focused mark's statement is also read
  // out, politely, once it is read from the database, unless the focus has moved on meanwhile.
  const [spoken, setSpoken] = useState('');
  const focusedKey = useRef<string>();
  const show = (item: Item, row: number, focused = false) => {
    setHover({ item, row });
    if (focused) focusedKey.current = item.key;
    if (item.kind === 'mark')
      void peek(item.mark).then((text) => {
        setHover((h) => (h && h.item.key === item.key ? { ...h, text } : h));
        if (focused && text && focusedKey.current === item.key) setSpoken(text);
      });
  };

  const height = rows.length * ROW_H + AXIS_H;
  const ticks = x.ticks(Math.max(2, Math.floor(plotW / 110)));
  const tickFormat = x.tickFormat();
  const binLabel = (row: TimelineRow, bin: Bin) =>
    t('explorerBinLabel', [row.label, periodLabel(bin, interval!), summarise(bin.counts)]);

  // The rows are drawn again when what they show changes, not when the hover card moves.
  const activeKey = itemAt(activeAt)?.key;
  const drawnRows = useMemo(
    () =>
      !drawn
        ? null
        : rows.map((row, r) => (
            <g key={row.key} transform={`translate(0,${r * ROW_H})`} class="row">
              <rect class="row-band" x={0} y={0} width={width} height={ROW_H} />
              <text class="row-label" x={LABEL_W - LABEL_INSET} y={ROW_H / 2 + 4} text-anchor="end">
                <title>{row.label}</title>
                {measure ? fitToWidth(row.label, LABEL_ROOM, measure) : truncate(row.label, LABEL_CHARS)}
              </text>
              <line class="row-line" x1={LABEL_W} x2={LABEL_W + plotW} y1={ROW_H / 2} y2={ROW_H / 2} />
              <g transform={`translate(${LABEL_W},${ROW_H / 2})`}>
                {items[r]!.map((it, i) => {
                  const isActive = activeAt[0] === r && activeAt[1] === i;
                  // Lower case: Preact sets SVG attributes as written, and only `tabindex` makes an SVG element focusable.
                  const common = { 'data-key': it.key, tabindex: isActive ? 0 : -1, role: 'button' as const };
                  if (it.kind === 'mark') {
                    const name = describe(it.mark);
                    return (
                      <circle
                        key={it.key}
                        {...common}
                        class={`mark mark-${it.mark.stance}${selected === it.mark.id ? ' selected' : ''}`}
                        data-testid="mark"
                        data-id={it.mark.id}
                        aria-label={name}
                        aria-pressed={selected === it.mark.id ? 'true' : 'false'}
                        cx={x(it.t)}
                        cy={STANCE_DY[it.mark.stance] ?? 0}
                        r={MARK_R}
                      />
                    );
                  }
                  return (
                    <BinBar
                      key={it.key}
                      {...common}
                      bin={it.bin}
                      x0={Math.max(0, x(it.bin.start))}
                      x1={Math.min(plotW, x(it.bin.end))}
                      scale={barScale}
                      name={binLabel(row, it.bin)}
                    />
                  );
                })}
              </g>
            </g>
          )),
    // `activeAt` is read through `activeKey`.
    [drawn, rows, items, x, width, plotW, activeKey, selected, barScale, describe, measure],
  );
  if (!drawn) return <div class="chart-wrap" ref={wrap} style={{ height: `${height}px` }} />;
  return (
    <div class="chart-wrap" ref={wrap}>
      <svg
        ref={svg}
        class={`chart${interval ? ' dense' : ''}`}
        width={width}
        height={height}
        role="group"
        aria-label={label}
        aria-describedby="chart-help"
        data-testid="chart"
        data-marks={interval ? undefined : count}
        data-ready="true"
        onKeyDown={onKeyDown}
        onMouseLeave={() => setHover(undefined)}
        // One listener each for every mark (10,000 marks would otherwise make 30,000 closures).
        onFocusIn={(e) => {
          const at = atOf(e.target);
          if (at) {
            setActive(at);
            show(itemAt(at)!, at[0], true);
          }
        }}
        onMouseOver={(e) => {
          const at = atOf(e.target);
          if (at) show(itemAt(at)!, at[0]);
        }}
        onClick={(e) => {
          const at = atOf(e.target);
          if (at) {
            setActive(at);
            activate(itemAt(at)!);
          }
        }}
        {...brushHandlers}
      >
        <g transform={`translate(${LABEL_W},0)`} aria-hidden="true">
          {ticks.map((tick) => (
            <g key={tick.getTime()} transform={`translate(${x(tick)},0)`} class="tick">
              <line y1={0} y2={rows.length * ROW_H} />
              <text y={rows.length * ROW_H + 18} text-anchor="middle">
                {tickFormat(tick)}
              </text>
            </g>
          ))}
        </g>
        {drawnRows}
        {brush && (
          <rect
            class="brush"
            x={LABEL_W + Math.min(brush.from, brush.to)}
            y={0}
            width={Math.abs(brush.to - brush.from)}
            height={rows.length * ROW_H}
            aria-hidden="true"
          />
        )}
      </svg>
      {hover && (
        <HoverCard
          hover={hover}
          x={LABEL_W + x(hover.item.t)}
          y={hover.row * ROW_H}
          width={width}
          describe={describe}
          binLabel={(b) => binLabel(rows[hover.row]!, b)}
        />
      )}
      <p class="sr-only" aria-live="polite" data-testid="mark-statement">
        {spoken}
      </p>
      <p id="chart-help" class="sr-only">
        {t(interval ? 'explorerChartHelpDense' : 'explorerChartHelp')}
      </p>
    </div>
  );
}
