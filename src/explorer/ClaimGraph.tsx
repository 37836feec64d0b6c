/**
 * A claim and the claims linked to it (the pack's `links`, both ways): mirrors (the same
 * accusation pointed the other way) and contradictions, as a small graph. Every node is a link to
 * its claim's page.
 */
import { t } from '../shared/browser-api';
import type { ClaimRow } from '../db/schema';
import { claimHref } from './names';

/** A claim linked to the one shown, and how. */
export interface LinkedClaim {
  claim: ClaimRow;
  relation: 'mirrors' | 'contradicts';
}

/** The claims linked to `claim`, from its own links and from links of other claims to it. */
export function linkedClaims(claim: ClaimRow, claims: ReadonlyMap<string, ClaimRow>): LinkedClaim[] {
  const out = new Map<string, LinkedClaim>();
  for (const l of claim.links ?? []) {
    const other = claims.get(l.claimId);
    if (other) out.set(other.id, { claim: other, relation: l.relation });
  }
  for (const other of claims.values())
    for (const l of other.links ?? [])
      if (l.claimId === claim.id && !out.has(other.id)) out.set(other.id, { claim: other, relation: l.relation });
  return [...out.values()].sort((a, b) => a.relation.localeCompare(b.relation) || a.claim.text.localeCompare(b.claim.text));
}

const NODE_H = 54;
const W = 760;

export function ClaimGraph({ claim, linked }: { claim: ClaimRow; linked: LinkedClaim[] }) {
  if (!linked.length) return <p class="muted">{t('explorerNoLinks')}</p>;
  const height = Math.max(NODE_H + 20, linked.length * (NODE_H + 10) + 10);
  const cy = height / 2;
  const leftW = 250;
  const rightX = 400;
  return (
    <svg
      class="graph"
      viewBox={`0 0 ${W} ${height}`}
      width="100%"
      role="group"
      aria-label={t('explorerLinkedLabel', claim.text)}
      data-testid="claim-graph"
    >
      {linked.map((l, i) => {
        const y = 10 + i * (NODE_H + 10) + NODE_H / 2;
        return (
          <path
            key={`edge-${l.claim.id}`}
            class={`edge edge-${l.relation}`}
            d={`M${leftW + 10},${cy} C${(leftW + rightX) / 2},${cy} ${(leftW + rightX) / 2},${y} ${rightX},${y}`}
            aria-hidden="true"
          />
        );
      })}
      <g class="node node-self" aria-hidden="true">
        <rect x={10} y={cy - NODE_H / 2} width={leftW} height={NODE_H} rx={8} />
        <NodeText text={claim.text} x={22} y={cy} width={leftW - 24} />
      </g>
      {linked.map((l, i) => {
        const y = 10 + i * (NODE_H + 10);
        return (
          <a
            key={l.claim.id}
            href={claimHref(l.claim.id)}
            class="node node-link"
            aria-label={`${t(`optionsRelation_${l.relation}`)}: ${l.claim.text}`}
          >
            <rect x={rightX} y={y} width={W - rightX - 10} height={NODE_H} rx={8} />
            <text class={`edge-label edge-label-${l.relation}`} x={rightX + 12} y={y + 15}>
              {t(`optionsRelation_${l.relation}`)}
            </text>
            <NodeText text={l.claim.text} x={rightX + 12} y={y + 34} width={W - rightX - 34} lines={2} first={0} />
          </a>
        );
      })}
    </svg>
  );
}

/** A claim's words in at most `lines` lines of about `width` pixels, centred on `y` unless `first` is given. */
function NodeText({
  text,
  x,
  y,
  width,
  lines = 3,
  first,
}: {
  text: string;
  x: number;
  y: number;
  width: number;
  lines?: number;
  first?: number;
}) {
  const perLine = Math.floor(width / 6.6);
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if ((line + ' ' + word).trim().length > perLine) {
      out.push(line);
      line = word;
    } else line = (line + ' ' + word).trim();
  }
  out.push(line);
  const shown = out.slice(0, lines);
  if (out.length > lines) shown[lines - 1] = shown[lines - 1]!.replace(/\s*\S*$/, '') + '…';
  const top = first !== undefined ? y + first : y - ((shown.length - 1) * 15) / 2 + 4;
  return (
    <text class="node-text">
      {shown.map((l, i) => (
        <tspan key={i} x={x} y={top + i * 15}>
          {l}
        </tspan>
      ))}
    </text>
  );
}
