/**
 * A country that speaks ("Pakistan says …", "Islamabad says …", "the US says …"): the pack's one
 * state actor for it. Only a standing position counts, a cue in the present tense.
 */
import type { Actor } from './pack-schema';
import { fold } from './text';

/**
 * Other names of a country that speaks ("Washington says", "the US says"), folded, to the
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

/**
 * True when the cue gives a standing position ("says", "denies", "has long denied"), not one remark: a dated
 * "Pakistan said on Thursday", and a lede's "Pakistan has rejected …", are some office the article names further on.
 * `after` is the text right after the speaker phrase.
 */
export function isStanding(sp: { via: string }, after = ''): boolean {
  return PRESENT_TENSE.test(sp.via) || HABITUAL.test(after);
}

/** A perfect of habit between the subject and its verb ("Islamabad has long denied", "Kabul has consistently rejected"). */
const HABITUAL = /^\s+(?:has|have)\s+(?:long|always|consistently|repeatedly|persistently)\s/i;

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
