/**
 * Articles at the edge of the topic, in our own words, for the unit tests and the browser's: two near misses whose
 * remarks sound like the pack's claims, and an on-topic quarrel that names no attack.
 */

/** An article as a headline and its paragraphs. */
export interface Article {
  title: string;
  paragraphs: readonly string[];
}

/** A clash on the Tajik border: Taliban remarks that sound like their denials about Afghan soil; Pakistan is never named. */
export const TAJIK_BORDER: Article = {
  title: 'Guards on the Panj report another night of shooting',
  paragraphs: [
    'DUSHANBE - Border guards in Tajikistan said on Tuesday they had fired on armed men who crossed the Panj river from Afghanistan carrying drugs, and that one of the men was killed.',
    '"Armed groups keep crossing from Afghanistan and planning attacks on our posts from there," the border service said in a statement.',
    'In Kabul, a spokesman for the Taliban interior ministry rejected the charge. "No one is allowed to use Afghan soil to attack a neighbour, and no militants are sheltered on our territory," he said. He said Afghan forces had arrested two men on their side of the river.',
    'The Taliban foreign ministry said separately that the Islamic Emirate "does not allow anyone to use its land against other countries".',
    'Tajikistan has not recognised the Taliban government.',
  ],
};

/** A quarrel over the Durand Line: both sides named, no attack, remarks that make the pack's claim about the border. */
export const DURAND_LINE_QUARREL: Article = {
  title: 'Kabul minister revives old quarrel over the frontier',
  paragraphs: [
    'KABUL - A Taliban minister said on Sunday that Afghanistan had never recognised the Durand Line, reopening a dispute that Islamabad regards as settled.',
    '"We have never accepted this line and we never will," the minister told a gathering in Khost.',
    'Pakistan\'s Foreign Office answered within hours. "The Durand Line is the international border between Pakistan and Afghanistan, and remarks cannot change that," its spokesperson said.',
    'A Pakistani official added that the frontier was "a settled, recognised border under international law".',
  ],
};

/** An Iran–Taliban clash over the Helmand's water that names Pakistan once. */
export const HELMAND_CLASH: Article = {
  title: 'Iranian and Taliban guards trade fire over the Helmand',
  paragraphs: [
    'HERAT - Iranian border guards and Taliban forces exchanged fire near the Islam Qala crossing on Saturday, officials on both sides said, the latest clash in a long dispute over water from the Helmand river.',
    'Tehran said Afghan forces had opened fire first. An Iranian provincial official said two Iranian guards were wounded and that Iran would "respond to any violation of its border".',
    'In Kabul, Zabihullah Mujahid said Iranian guards had fired first and Afghan forces had only returned fire. "The Islamic Emirate does not want conflict with any neighbour, and Afghan soil will not be used against Iran," he said.',
    "Iran's foreign ministry summoned the Afghan charge d'affaires in Tehran. Pakistan urged both sides to show restraint. The Taliban say the militant sanctuaries Iran complains of do not exist, and Iranian officials say the Taliban are holding back water owed to Iran under a 1973 treaty.",
  ],
};

/** The article as the engine reads text: the headline, then the paragraphs, a blank line between each. */
export const articleText = (a: Article): string => [a.title, ...a.paragraphs].join('\n\n');
