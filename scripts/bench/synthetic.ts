/**
 * Synthetic corpora shaped like a real pack, for the benchmarks and the tests at scale: the
 * pack's statements copied with new ids (`syn-<i>`) until there are `n`, spread over its claims
 * and speakers as the real ones are. Copies drop their `remark`, so each is a remark of its own.
 * `date`, when given, dates copy `i` (to spread them over time).
 */
import type { Pack, Statement } from '../../src/core/pack-schema';

export function syntheticPack(pack: Pack, n: number, date?: (i: number) => string): Pack {
  const statements: Statement[] = [];
  for (let i = 0; statements.length < n; i++) {
    const { remark: _remark, ...base } = pack.statements[i % pack.statements.length]!;
    statements.push({
      ...base,
      id: `syn-${i}`,
      ...(date ? { date: date(i) } : {}),
    });
  }
  return { ...pack, statements };
}
