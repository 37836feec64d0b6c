/** Where a passage puts the havens (`src/core/haven-place.ts`), on phrases written for these tests and on the pack's claims. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { havenPlaces, otherPlace } from '../../src/core/haven-place';
import type { Pack } from '../../src/core/pack-schema';

const places = (text: string) => [...havenPlaces(text)].sort();

describe('havenPlaces', () => {
  it.each([
    ['militants keep finding refuge inside Pakistan', ['pakistan']],
    ['the group has bases and camps in Pakistan', ['pakistan']],
    ['the commanders are based in eastern Afghanistan', ['afghanistan']],
    ['fighters operating from Afghan soil', ['afghanistan']],
    ['India uses Afghan territory to arm them', ['afghanistan']],
    ['Afghan soil is being used for these attacks', ['afghanistan']],
    ['the bombing was planned and directed from Afghanistan', ['afghanistan']],
    ['Islamabad has long harboured these groups', ['pakistan']],
    ['Kabul shelters the TTP', ['afghanistan']],
    ['Pakistan stands to lose if it keeps sheltering them', ['pakistan']],
    // A target, a meeting, a pronoun, or a place that belongs to another word: no place of havens.
    ['weapons used in attacks on Pakistani soil', []],
    ['attacks inside Pakistan rose last year', []],
    ['Pakistan hosted the talks in Islamabad', []],
    ['we will not let anyone use our soil', []],
    ['it does not provide sanctuary to anyone fighting in Afghanistan', []],
    ['sanctuaries along the border make the region less safe', []],
  ])('%s', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });

  it("puts havens across the border in the country beyond the speaker's", () => {
    const across = (text: string, beyond: 'pakistan' | 'afghanistan') => [...havenPlaces(text, beyond)].sort();
    expect(across('the men who attack our cities have safe havens across the border', 'pakistan')).toEqual(['pakistan']);
    expect(across('their commanders are sitting on the other side of the border', 'afghanistan')).toEqual(['afghanistan']);
    // Without a speaker's side, the phrase names no country; nor does a border crossed by something else.
    expect(places('the men who attack our cities have safe havens across the border')).toEqual([]);
    expect(across('refugees streamed across the border', 'pakistan')).toEqual([]);
  });

  it("reads each of the bundled pack's haven claims' own place", () => {
    const pack = JSON.parse(
      readFileSync(resolve(import.meta.dirname, '../../public/packs/pak-afghan-security.json'), 'utf8'),
    ) as Pack;
    const of = (id: string) => places(pack.claims.find((c) => c.id === id)!.text);
    expect(of('afghan-soil-used-by-ttp')).toEqual(['afghanistan']);
    expect(of('ttp-leadership-based-in-afghanistan')).toEqual(['afghanistan']);
    expect(of('terrorist-safe-havens-in-pakistan')).toEqual(['pakistan']);
    expect(of('isis-k-operates-from-pakistan')).toEqual(['pakistan']);
    expect(of('pakistan-supports-afghan-taliban-insurgency')).toEqual(['pakistan']);
    // Claims that are not about where havens are have no place to conflict with.
    expect(of('pakistani-strikes-killed-afghan-civilians')).toEqual([]);
    expect(of('afghan-taliban-facilitate-ttp')).toEqual([]);
  });
});

describe('otherPlace', () => {
  const pk = new Set(['pakistan'] as const);
  const af = new Set(['afghanistan'] as const);
  it('holds only when the passage names one country and the claim another', () => {
    expect(otherPlace(pk, af)).toBe(true);
    expect(otherPlace(af, pk)).toBe(true);
    expect(otherPlace(pk, pk)).toBe(false);
    expect(otherPlace(new Set(['pakistan', 'afghanistan'] as const), af)).toBe(false);
    expect(otherPlace(new Set(), af)).toBe(false);
    expect(otherPlace(pk, new Set())).toBe(false);
  });
});
