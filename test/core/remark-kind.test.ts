/**
 * Remarks that make no claim of fact whatever words they share with one: here, sympathy offered (`offersSympathy`)
 * and a verdict on an act that names no one who did it (`condemnsInGeneral`).
 * The remarks are written for these tests (our own wording, nobody's words).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../scripts/check';
import { condemnsInGeneral, offersSympathy } from '../../src/core/remark-kind';

describe('sympathy offered', () => {
  it.each([
    'The ministry offers its deepest condolences to the families of the victims',
    'We share the grief of every family in the valley',
    'Our prayers are with the wounded and their families',
    'Our hearts go out to the people of Kurram',
    'The whole country stands with the families of the fallen',
    'in this hour of grief we are with our brothers',
    'expressed its sympathy with the bereaved',
    'Our thoughts and prayers are with the families',
    'Our deepest condolences to the bereaved',
    'We offer our deepest and heartfelt condolences to the families',
    'The prime minister condoles with the families of the dead',
    'the people of Afghanistan share the grief of their Pakistani brothers',
  ])('%j offers sympathy', (remark) => expect(offersSympathy(remark)).toBe(true));

  it.each([
    // Sympathy spoken of, not offered: these make claims.
    'These stories are spread to win sympathy for the terrorists who hide across the border',
    'Their condolences mean nothing while the planners live under their protection',
    'They send us sympathy and keep sheltering the killers',
    // Sympathy for someone other than the bereaved, or sorrow at something done.
    'The Afghan Taliban share ideological sympathies with the TTP and let it operate',
    'Kabul expressed sympathy for the TTP fighters',
    'He expressed sorrow that Kabul had failed to act',
    // Standing with someone other than the bereaved, or against someone.
    'The Kabul regime stands with the terrorists and gives them every kind of support',
    'We stand with the people of Afghanistan against this Pakistani aggression',
    'The army stands with the nation in the fight against terrorists',
    'Pakistani jets bombed homes in Khost and killed nine children',
  ])('%j does not', (remark) => expect(offersSympathy(remark)).toBe(false));
});

describe('a verdict on an act that names no one who did it', () => {
  it.each([
    'The killing of innocent people is against Islamic values and a crime against humanity',
    'the killing of innocent women and children was a barbaric crime',
    'Targeting civilians is a cowardly act that no religion allows',
    'The deliberate killing of worshippers is a heinous crime',
    'Attacks on schools are un-Islamic',
    'the murder of journalists was unacceptable',
  ])('%j is no claim of who did what', (remark) => expect(condemnsInGeneral(remark)).toBe(true));

  it.each([
    // It names where, or who did it: a claim about that act.
    'The killing of innocent people by the TTP is un-Islamic',
    'Killing civilians by the Taliban is a crime against humanity',
    'The shelling by the ISPR-led forces was unacceptable',
    'The murder of elders at the hands of the militants was a heinous crime',
    "The bombing of refugee homes on Afghan soil is a crime against Afghanistan's sovereignty",
    'The killing of civilians by Pakistani jets in Khost is a war crime',
    // A second sentence may make the claim the verdict leads to.
    "The killing of innocent people is a crime. Pakistan's jets did it last night",
    // No verdict: a report of the act, or a verdict on something else.
    'The killing of TTP commanders in Kunar was carried out by Afghan forces',
    'The killing of innocent people continues every night',
    'Their claims are a crime against the truth',
  ])('%j is not', (remark) => expect(condemnsInGeneral(remark)).toBe(false));
});

describe('remarks that make no claim, in an article', () => {
  const engine = loadEngine();
  const LEAD =
    'Kabul accuses Pakistan over night strikes in Khost\n\nKABUL: The Taliban government said on Monday that Pakistani ' +
    'aircraft had bombed homes in Khost province overnight, and Islamabad said its forces had struck TTP hideouts along ' +
    'the Durand Line after a wave of cross-border attacks.\n\n';
  const cardFor = (paragraph: string, words: string) =>
    engine.analyse(LEAD + paragraph).quotes.find((q) => q.text.includes(words));

  it('gets no card: condolences say nothing of who killed whom', () => {
    expect(
      cardFor(
        'Pakistani interior minister Mohsin Naqvi said: "Killing women and children is a cruel crime. Our prayers are with the families."',
        'Killing women and children',
      ),
    ).toBeUndefined();
  });

  it('while the same charge without them does', () => {
    const card = cardFor(
      'Taliban spokesman Zabihullah Mujahid said: "Pakistani aircraft bombed homes in Khost and killed women and children."',
      'Pakistani aircraft bombed homes',
    );
    expect(card?.claims[0]?.claimId).toBe('pakistani-strikes-killed-afghan-civilians');
  });

  it("gets no card: Pakistan's Foreign Office condemning the killing of children does not deny that its strikes killed any", () => {
    expect(
      cardFor(
        "Pakistan's Foreign Office said the killing of innocent women and children was a barbaric crime.",
        'the killing of innocent women',
      ),
    ).toBeUndefined();
  });
});
