/**
 * An article's subject as its lead names it ("Besham", "Jaffar Express"), and remarks that refer
 * back to an incident ("the attack"): a frame may take the one part a remark lacks from the lead.
 */

/**
 * The terms of an article's lead (its opening paragraph) specific enough to name its subject: an
 * incident ("Besham", "Jaffar Express"), a person ("Zawahiri"). A remark about "this attack" is
 * about that subject; a word shared by many claims ("Afghan") names nothing in particular.
 */
export function leadSubject(leadTerms: readonly string[], specificity: (term: string) => number): ReadonlySet<string> {
  return new Set(leadTerms.filter((t) => specificity(t) >= SUBJECT_SPECIFICITY));
}

/** An incident referred back to ("the attack", "Sunday's bombing"): the one the article's lead names. */
const INCIDENT_REFERENCE =
  /\b(?:the|this|that|today's|yesterday's|sunday's|monday's|tuesday's|wednesday's|thursday's|friday's|saturday's)\s+(?:attack|attacks|incident|assault|bombing|blast|hijacking|siege|raid|bomber|attacker|hijackers)\b/i;

/** Whether a remark refers back to an incident ("the attack had been directed from Afghan soil"). */
export function refersToIncident(remark: string): boolean {
  return INCIDENT_REFERENCE.test(remark);
}

/** Least specificity (inverse claim frequency) of a lead's term to stand for the article's subject: a word of one or two claims. */
export const SUBJECT_SPECIFICITY = 2.9;
