/** The engine's best corpus claim for a fact-check's claim, on the bundled pack. */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../scripts/check';
import { claimQuery, suggestClaims } from '../../src/core/claim-suggest';

const engine = loadEngine();
const suggest = (text: string) => suggestClaims((options) => engine.analyse(claimQuery(text), options));

describe('claim suggestions', () => {
  it('offers the pack claim a fact-check reviewed, first and confident', async () => {
    const [best] = await suggest('Weapons the Americans abandoned in Afghanistan are now used by the TTP to attack Pakistan');
    expect(best).toMatchObject({ claimId: 'us-weapons-left-in-afghanistan-used-by-militants-in-pakistan', confident: true });
  });

  it('reads a claim with quote marks in it as one claim', async () => {
    const [best] = await suggest('“Afghan soil” is used by the TTP to plan attacks inside Pakistan');
    expect(best?.claimId).toBe('afghan-soil-used-by-ttp');
  });

  it('offers no claim for a claim the pack does not hold', async () => {
    expect(await suggest('A celebrity chef opened a new bakery in the capital last week')).toEqual([]);
  });
});
