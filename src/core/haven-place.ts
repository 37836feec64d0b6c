/**
 * Where a passage puts the militants' havens: in Pakistan, in Afghanistan, or neither. Claims about
 * havens differ mostly by their place ("Afghan soil is used by the TTP" against "terrorist safe
 * havens exist in Pakistan"), and share every other word; a remark that Pakistan "keeps sheltering
 * terrorists" or that the Taliban "were still finding refuge inside Pakistan" holds the words of
 * both. The same reading of a claim's own text gives the claim's place, so nothing here names a
 * claim: a remark that puts the havens in one country only does not make, as said, a claim that
 * puts them in the other.
 *
 * Read: a word for a haven followed closely by a place ("refuge inside Pakistan", "based in
 * Afghanistan", "bases or training centres in Pakistan"); a country's ground used or acted from
 * ("from Afghan soil", "uses Afghan territory", "Afghan soil is used"); an attack directed or planned
 * from a country; a country or its capital that shelters ("Pakistan shelters", "Islamabad has kept
 * harbouring"). "Our soil" and "its territory" name no country here.
 */

import { OTHER_SIDE } from './lexicon';

/** A country a passage can put havens in. */
export type HavenPlace = 'pakistan' | 'afghanistan';

/** A country's name, its possessive or adjective, or its capital as the subject of sheltering. */
const PAKISTAN = "pakistan(?:'s|’s|i)?";
const AFGHANISTAN = "afghan(?:istan(?:'s|’s)?)?";
const COUNTRY = `(${PAKISTAN}|${AFGHANISTAN})`;
/** Words for where militants are kept, live or act from. */
const HAVEN =
  '(?:safe[- ])?havens?|sanctuar(?:y|ies)|refuge|hide-?outs?|hiding|hid|shelter(?:s|ed|ing)?|harbou?r(?:s|ed|ing)?|based|bases|camps|operat(?:e|es|ed|ing)|live[ds]?|living|sitting|present|presence|training cent(?:re|er)s';
/** Between a haven word and its place: one word at most ("havens exist in"; "sanctuary to anyone fighting in Afghanistan" is not a place of the sanctuary), then a preposition of place, then up to two words ("in Taliban-ruled Afghanistan"). */
const HAVEN_THEN_PLACE = new RegExp(
  `\\b(?:${HAVEN})\\b(?:[\\s,]+[\\w’'-]+){0,1}?[\\s,]+(?:in|inside|within|on|from|out of|across)(?:\\s+[\\w’'-]+){0,2}?\\s+${COUNTRY}\\b`,
  'giu',
);
/** A country's ground, used or acted from: "from Afghan soil", "uses Afghan territory", "Afghan soil is used". */
const GROUND_USED = new RegExp(
  `\\b(?:from|out of|uses?|used|using|use of)\\s+(?:the\\s+)?${COUNTRY}\\s+(?:soil|territory|land)\\b|\\b${COUNTRY}\\s+(?:soil|territory|land)\\s+(?:is|was|are|were|has been|had been|being)\\s+(?:being\\s+)?used\\b`,
  'giu',
);
/** An attack directed, planned or launched from a country. */
const DIRECTED_FROM = new RegExp(
  `\\b(?:directed|planned|organi[sz]ed|controlled|launched|coming|emanating|originat(?:ed|ing))\\s+(?:and\\s+\\w+\\s+)?(?:from|in|inside)\\s+(?:the\\s+)?${COUNTRY}\\b`,
  'giu',
);
/**
 * A country or its capital that shelters: "Pakistan shelters", "Islamabad has kept harbouring", or
 * named first in the sentence and then "it" ("Pakistan has much to lose if it keeps sheltering").
 */
const SHELTERS = new RegExp(
  `\\b(pakistan|islamabad|afghanistan|kabul)\\s+(?:[^.;!?]*?\\bit\\s+)?(?:(?:has|have|had|is|was|keeps|kept|continues to|continued to|still|been|long)\\s+){0,3}(?:shelter(?:s|ed|ing)?|harbou?r(?:s|ed|ing)?)\\b`,
  'giu',
);

/**
 * A haven across the speaker's border: "havens across the border", "camps on the other side of the line". Whose
 * side that is depends on who speaks (`havenPlaces`' `across`).
 */
const HAVEN_ACROSS = new RegExp(
  `\\b(?:${HAVEN})\\b(?:[\\s,]+[\\w’'-]+){0,1}?[\\s,]+(?:across\\s+the\\s+(?:border|frontier|durand\\s+line)|(?:on\\s+)?the\\s+other\\s+side\\s+of\\s+the\\s+(?:border|frontier|line|durand\\s+line))\\b`,
  'iu',
);

/** The country beyond the border of a speaker's (a lexicon place term), of the two the corpus is about. */
export function beyondBorderOf(place: string | undefined): HavenPlace | undefined {
  const other = place ? OTHER_SIDE[place] : undefined;
  return other === 'afghan' ? 'afghanistan' : other === 'pakistan' ? 'pakistan' : undefined;
}

function placeOfWord(word: string): HavenPlace {
  const w = word.toLowerCase();
  return w.startsWith('pakistan') || w === 'islamabad' ? 'pakistan' : 'afghanistan';
}

/**
 * The countries `text` puts havens in (empty where it names none). `across` is the country beyond the
 * speaker's border, where the speaker is known: Pakistan in a Kabul spokesman's "safe havens across the border".
 */
export function havenPlaces(text: string, across?: HavenPlace): ReadonlySet<HavenPlace> {
  const places = new Set<HavenPlace>();
  if (across && HAVEN_ACROSS.test(text)) places.add(across);
  for (const re of [HAVEN_THEN_PLACE, GROUND_USED, DIRECTED_FROM, SHELTERS])
    for (const m of text.matchAll(re)) {
      const word = m.slice(1).find((g) => g !== undefined);
      if (word) places.add(placeOfWord(word));
    }
  return places;
}

/**
 * Whether a passage that puts havens in `passage` cannot make, as said, a claim that puts them in
 * `claim`: the passage names one country only, and the claim another.
 */
export function otherPlace(passage: ReadonlySet<HavenPlace>, claim: ReadonlySet<HavenPlace>): boolean {
  if (passage.size !== 1 || claim.size !== 1) return false;
  return [...passage][0] !== [...claim][0];
}
