/**
 * A country that speaks ("Pakistan says …", "Islamabad has said …", "the US has said …"): the pack's
 * one state actor for it. Only a standing position counts — a cue in the present or the present
 * perfect; a dated "Pakistan said on Thursday" is some office the article names further on.
 */
import type { Actor } from './pack-schema';
import { fold } from './text';

/** "has said", "have long maintained": a cue in the present perfect, a standing position like "says". */
const PERFECT = /^\s+(?:has|have)\b/;
/** Characters after a speaker phrase searched for PERFECT. */
const PERFECT_CHARS = 8;
/**
 * Other names of a country that speaks ("Washington says", "the US has said"), folded, to the
 * name the pack's state actors give as their affiliation. Capitals stand for their governments in
 * English news; a country whose government the pack holds no state actor for names nobody.
 */
const COUNTRY_NAMES: Readonly<Record<string, string>> = {
  us: 'united states',
  usa: 'united states',
  america: 'united states',
  washington: 'united states',
  islamabad: 'pakistan',
  kabul: 'afghanistan',
  'new delhi': 'india',
  delhi: 'india',
  beijing: 'china',
  tehran: 'iran',
  moscow: 'russia',
};
/** A cue in the present tense ("says", "denies"): it gives a standing position, not one dated remark. */
const PRESENT_TENSE = /^\p{L}+s$/u;

/** True when the cue after a speaker phrase gives a standing position ("says", "has said"), not one dated remark. */
export function isStanding(text: string, sp: { end: number; via: string }): boolean {
  return PRESENT_TENSE.test(sp.via) || PERFECT.test(text.slice(sp.end, sp.end + PERFECT_CHARS));
}

/** The pack's state actors by the country they are, folded ("pakistan" → the Government of Pakistan). */
export class StateSpeakers {
  /** Folded country → the pack's one state actor for it, or null when two share it. */
  private readonly byCountry = new Map<string, string | null>();

  constructor(actors: Iterable<Actor>) {
    for (const a of actors) {
      if (a.kind !== 'state' || !a.affiliation) continue;
      const key = fold(a.affiliation);
      this.byCountry.set(key, this.byCountry.has(key) ? null : a.id);
    }
  }

  /** The state actor a country's name, short name or capital stands for ("the US", "Islamabad"), if the pack holds exactly one. */
  find(phrase: string): string | undefined {
    const name = fold(phrase)
      .replace(/^the\s+/, '')
      .replace(/\./g, '')
      .trim();
    return this.byCountry.get(COUNTRY_NAMES[name] ?? name) ?? undefined;
  }
}
